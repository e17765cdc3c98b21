/**
 * Inserts a snippet into an email compose box as PLAIN TEXT, at the caret or over the
 * selection, spaced from the words around it: through ONE `insertText` command when the
 * editor honours it (so Gmail's and Outlook's undo takes it back in one step and their models
 * stay in step), else as text nodes and line breaks at the caret. Never markup.
 */
import type { InsertResult } from '../../messaging/protocol';

/** What was last inserted into each box, so a second click does not paste a second copy. */
const lastInserted = new WeakMap<HTMLElement, string>();

function caretInside(box: HTMLElement): Range {
  const selection = box.ownerDocument.getSelection();
  const current = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (current && box.contains(current.commonAncestorContainer)) return current;
  const range = box.ownerDocument.createRange();
  range.selectNodeContents(box);
  range.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}

/** The text of `box` before and after `range` (what the snippet will sit between). */
function around(box: HTMLElement, range: Range): { before: string; after: string } {
  const doc = box.ownerDocument;
  const head = doc.createRange();
  head.selectNodeContents(box);
  head.setEnd(range.startContainer, range.startOffset);
  const tail = doc.createRange();
  tail.selectNodeContents(box);
  tail.setStart(range.endContainer, range.endOffset);
  return { before: head.toString(), after: tail.toString() };
}

/**
 * The snippet with a space where it would otherwise run into a word: after a word it follows,
 * and before a word that follows it (not before punctuation, which attaches to the word).
 */
export function spaced(text: string, before: string, after: string): string {
  const glue = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && !/\s/.test(a) && !/\s/.test(b);
  const lead = glue(before.at(-1), text[0]) ? ' ' : '';
  const next = after[0];
  const trail = glue(text.at(-1), next) && !/[.,;:!?)\]}»”’]/.test(next ?? '') ? ' ' : '';
  return lead + text + trail;
}

/** Text nodes and <br> elements for `text` (line breaks kept, nothing parsed). */
function textFragment(doc: Document, text: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    fragment.append(doc.createTextNode(line));
  });
  return fragment;
}

/** Puts `text` at the caret in `box` (or at its end, or over the selection); says what happened. */
export function insertPlainText(box: HTMLElement, text: string): InsertResult {
  const doc = box.ownerDocument;
  const current = box.textContent ?? '';
  const previous = lastInserted.get(box);
  if (previous !== undefined && previous === text && current.includes(text.split('\n')[0] ?? text))
    return { inserted: false, reason: 'That snippet is already in this reply (inserted a moment ago).' };
  box.focus();
  const range = caretInside(box);
  const { before, after } = around(box, range);
  const padded = spaced(text, before, after);
  // execCommand is deprecated but is still the only way to insert that the editors' undo
  // stacks and change listeners understand; 'insertText' inserts text, never HTML, and
  // replaces the selection itself.
  const viaCommand = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, padded);
  if (!viaCommand || (box.textContent ?? '') === current) {
    range.deleteContents();
    const fragment = textFragment(doc, padded);
    const last = fragment.lastChild;
    range.insertNode(fragment);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
    }
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: padded }));
  }
  const landed = (box.textContent ?? '').includes(text.split('\n')[0] ?? '');
  if (!landed) return { inserted: false, reason: 'The compose box did not accept the text.' };
  lastInserted.set(box, text);
  return { inserted: true };
}
