// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { insertPlainText } from './compose-insertion';

function composeBox(initial = ''): HTMLElement {
  document.body.replaceChildren();
  const box = document.createElement('div');
  box.contentEditable = 'true';
  box.setAttribute('role', 'textbox');
  box.textContent = initial;
  document.body.append(box);
  return box;
}

describe('insertPlainText', () => {
  it.each([
    ['inserts text into an empty compose box', '', 'Thanks, Dana.', 'Thanks, Dana.'],
    [
      'appends after what the rep already typed when the caret is elsewhere',
      'Hi Dana, ',
      'here it is',
      'Hi Dana, here it is',
    ],
    [
      'keeps markup as literal text, never parsed',
      '',
      '<img src=x onerror=alert(1)>',
      '<img src=x onerror=alert(1)>',
    ],
  ])('%s', (_rule, initial, text, expected) => {
    const box = composeBox(initial);
    expect(insertPlainText(box, text)).toEqual({ inserted: true });
    expect(box.textContent).toBe(expected);
    expect(box.querySelector('img')).toBeNull();
  });

  it('turns line breaks into <br> elements between text nodes', () => {
    const box = composeBox();
    insertPlainText(box, 'line one\nline two');
    expect(Array.from(box.childNodes, (n) => n.nodeName)).toEqual(['#text', 'BR', '#text']);
  });

  it('announces the change with an input event so the editor saves the draft', () => {
    const box = composeBox();
    let inputs = 0;
    box.addEventListener('input', () => inputs++);
    insertPlainText(box, 'hello');
    expect(inputs).toBe(1);
  });
});

/** A box with `before|after` around the caret (or `before[selected]after` selected). */
function boxWithCaret(before: string, after: string, selected = ''): HTMLElement {
  const box = composeBox(before + selected + after);
  const node = box.firstChild ?? box;
  const range = document.createRange();
  range.setStart(node, before.length);
  range.setEnd(node, before.length + selected.length);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return box;
}

describe('insertPlainText at the cursor', () => {
  it.each([
    ['adds a space after a word the caret follows', 'Hi Dana,', '', 'Thanks.', 'Hi Dana, Thanks.'],
    ['adds a space before a word that follows the caret', '', 'Best, Sam', 'Thanks.', 'Thanks. Best, Sam'],
    ['adds no space where there is one already', 'Hi Dana, ', '', 'Thanks.', 'Hi Dana, Thanks.'],
    ['inserts in the middle, spaced on both sides', 'Hi Dana,', 'Best', 'Thanks.', 'Hi Dana, Thanks. Best'],
    ['adds no space before punctuation that follows', 'Hi', ', Dana', 'there', 'Hi there, Dana'],
  ])('%s', (_rule, before, after, text, expected) => {
    const box = boxWithCaret(before, after);
    expect(insertPlainText(box, text)).toEqual({ inserted: true });
    expect(box.textContent).toBe(expected);
  });

  it('replaces the selected text', () => {
    const box = boxWithCaret('Hi Dana, ', ' Best', 'PLACEHOLDER');
    expect(insertPlainText(box, 'Thanks.')).toEqual({ inserted: true });
    expect(box.textContent).toBe('Hi Dana, Thanks. Best');
  });

  it('does not paste a second copy when the same snippet is inserted twice', () => {
    const box = boxWithCaret('Hi Dana,', '');
    expect(insertPlainText(box, 'Thanks.')).toEqual({ inserted: true });
    const again = insertPlainText(box, 'Thanks.');
    expect(again.inserted).toBe(false);
    expect(again.reason).toMatch(/already in this reply/);
    expect(box.textContent).toBe('Hi Dana, Thanks.');
  });

  it('inserts the same snippet again once the rep removed the first copy', () => {
    const box = boxWithCaret('', '');
    insertPlainText(box, 'Thanks.');
    box.textContent = '';
    expect(insertPlainText(box, 'Thanks.')).toEqual({ inserted: true });
  });

  it('uses one insertText command: the editor records a single undo step', () => {
    const box = boxWithCaret('Hi Dana,', '');
    const calls: string[] = [];
    const original = document.execCommand;
    // An editor that honours insertText: it replaces the selection with the text itself.
    document.execCommand = (command: string, _ui?: boolean, value?: string) => {
      calls.push(`${command}:${value}`);
      const range = document.getSelection()!.getRangeAt(0);
      range.deleteContents();
      range.insertNode(document.createTextNode(value ?? ''));
      return true;
    };
    try {
      expect(insertPlainText(box, 'Thanks.\nSam')).toEqual({ inserted: true });
    } finally {
      document.execCommand = original;
    }
    expect(calls).toEqual(['insertText: Thanks.\nSam']);
    expect(box.textContent).toBe('Hi Dana, Thanks.\nSam');
  });
});
