/**
 * Inserts a snippet into an email compose box as PLAIN TEXT: through the editor's own
 * `insertText` command when available (keeps Gmail's and Outlook's undo and their models in
 * step), else as text nodes and line breaks at the caret. Never markup.
 */

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

/** Text nodes and <br> elements for `text` (line breaks kept, nothing parsed). */
function textFragment(doc: Document, text: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    fragment.append(doc.createTextNode(line));
  });
  return fragment;
}

/** Puts `text` at the caret in `box` (or at its end); returns true when it landed. */
export function insertPlainText(box: HTMLElement, text: string): boolean {
  const doc = box.ownerDocument;
  box.focus();
  const range = caretInside(box);
  const before = box.textContent ?? '';
  // execCommand is deprecated but is still the only way to insert that the editors' undo
  // stacks and change listeners understand; it inserts text, never HTML, with 'insertText'.
  const viaCommand = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  if (!viaCommand || (box.textContent ?? '') === before) {
    range.deleteContents();
    const fragment = textFragment(doc, text);
    const last = fragment.lastChild;
    range.insertNode(fragment);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
    }
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  return (box.textContent ?? '').includes(text.split('\n')[0] ?? '');
}
