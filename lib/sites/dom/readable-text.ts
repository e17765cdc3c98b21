/**
 * Multi-line text of a live page element, read WITHOUT touching the page: the walk only reads
 * `childNodes`, `nodeType`, `tagName` and `textContent`. Nothing is cloned, adopted or inserted,
 * so no image is fetched again and no inline handler runs again (cloning a body into the live
 * document did both). Layout is not consulted either (`innerText` differs between engines and
 * is empty in detached trees), so happy-dom and Chromium read the same text.
 *
 * Paragraphs, divs, list items, table rows and headings end a line; `<br>` breaks one. Without
 * this, "…my CFO.</div><div>Can you send…" ran together as "CFO.Can you send…".
 */
import { cutText } from '../../domain/text';

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
/** Never text a reader sees. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'SVG',
]);

export interface ReadableTextOptions {
  /** Elements for which this returns true are left out with everything inside them. */
  skip?: (element: Element) => boolean;
  /** Maximum length in code points of the result. */
  max: number;
}

/** The text of `root` with one line per block, trimmed lines, at most one blank line in a row. */
export function readableText(root: Element | null | undefined, { skip, max }: ReadableTextOptions): string {
  if (!root) return '';
  const parts: string[] = [];
  // Stop collecting well past the limit so a 5 MB body costs a bounded walk.
  const budget = max * 2 + 256;
  let size = 0;
  let atLineStart = true;
  const push = (part: string) => {
    parts.push(part);
    size += part.length;
    atLineStart = part.endsWith('\n');
  };
  /** A block edge ends the current line once; two edges in a row are still one break. */
  const softBreak = () => {
    if (!atLineStart) push('\n');
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (size > budget) return;
      if (child.nodeType === 3) {
        const text = (child.textContent ?? '').replace(/[\s\u00a0]+/g, ' ');
        const kept = atLineStart ? text.trimStart() : text;
        if (kept) push(kept);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED.has(tag) || skip?.(element)) continue;
      if (tag === 'BR') {
        push('\n');
        continue;
      }
      const block = BLOCKS.has(tag);
      if (block) softBreak();
      walk(element);
      if (block) softBreak();
    }
  };
  walk(root);
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cutText(text, max);
}
