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
    expect(insertPlainText(box, text)).toBe(true);
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
