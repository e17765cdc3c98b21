/**
 * A redacted DOM snapshot a user can attach to a bug report when a reader fails: the page's
 * structure (tags, open shadow roots, structural attributes) with every piece of text, name,
 * email, label, link and value masked. It walks the live page read-only and writes a string;
 * nothing is cloned into the page, nothing is sent anywhere.
 */

/** Attributes whose values are structure (hooks the readers use), kept unless they hold an address. */
const STRUCTURAL = new Set([
  'id',
  'class',
  'role',
  'jsname',
  'jscontroller',
  'jsaction',
  'dir',
  'type',
  'tabindex',
  'hidden',
  'col-id',
  'contenteditable',
  'g_editable',
  'shadowrootmode',
]);
/** Kept as they are: states the readers read, never user text. */
const STATE = /^aria-(pressed|checked|expanded|hidden|selected|live|level|disabled|haspopup)$/;
const DROPPED_ELEMENTS = new Set(['SCRIPT', 'NOSCRIPT', 'STYLE', 'TEMPLATE']);
const VOID = new Set([
  'AREA',
  'BASE',
  'BR',
  'COL',
  'EMBED',
  'HR',
  'IMG',
  'INPUT',
  'LINK',
  'META',
  'SOURCE',
  'TRACK',
  'WBR',
]);
const MAX_NODES = 200_000;

/** Letters → x, digits → 0, other visible characters → *, whitespace kept (layout stays readable). */
export function maskText(text: string): string {
  return text
    .replace(/\p{L}|\p{M}/gu, 'x')
    .replace(/\p{N}/gu, '0')
    .replace(/[^\sx0]/gu, '*');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function attributeValue(name: string, value: string): string | null {
  if (name.startsWith('on')) return null; // inline handlers: code, never copied
  const looksPersonal = /@|\s/.test(value);
  if (STATE.test(name)) return value;
  if ((STRUCTURAL.has(name) || name.startsWith('data-')) && !/@/.test(value)) {
    // data-* may carry names ("data-participant-name"): keep only identifiers, mask the rest.
    return name.startsWith('data-') && looksPersonal ? maskText(value) : value;
  }
  if (name === 'href' || name === 'src' || name === 'srcset' || name === 'action') {
    // The link's shape (mailto:, /lightning/r/…) helps; its target (people, customers) not.
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
    return scheme ? `${scheme.toLowerCase()}:redacted` : 'redacted';
  }
  return maskText(value);
}

function serialize(node: Node, out: string[], budget: { left: number }): void {
  if (budget.left-- <= 0) return;
  if (node.nodeType === 3) {
    out.push(escapeText(maskText(node.nodeValue ?? '')));
    return;
  }
  if (node.nodeType !== 1) return; // comments, processing instructions: dropped
  const el = node as Element;
  if (DROPPED_ELEMENTS.has(el.tagName)) return;
  const tag = el.tagName.toLowerCase();
  const attrs = Array.from(el.attributes)
    .map((a) => [a.name, attributeValue(a.name, a.value)] as const)
    .filter((pair): pair is readonly [string, string] => pair[1] !== null)
    .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
    .join('');
  out.push(`<${tag}${attrs}>`);
  if (VOID.has(el.tagName)) return;
  if (el.shadowRoot) {
    out.push('<template shadowrootmode="open">');
    for (const child of Array.from(el.shadowRoot.childNodes)) serialize(child, out, budget);
    out.push('</template>');
  }
  for (const child of Array.from(el.childNodes)) serialize(child, out, budget);
  out.push(`</${tag}>`);
}

/** The redacted snapshot of `doc` as an HTML document string (title and URL masked too). */
export function redactedSnapshot(doc: Document, note: string): string {
  const out: string[] = [
    '<!doctype html>\n',
    `<!-- Motive redacted snapshot: ${escapeText(note).replace(/--/g, '—')} -->\n`,
  ];
  serialize(doc.documentElement, out, { left: MAX_NODES });
  return out.join('');
}
