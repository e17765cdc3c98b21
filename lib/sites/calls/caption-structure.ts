/**
 * Structural cues for live captions, used where an app gives no stable hook. A selector variant
 * whose css starts with `structure:` names one of these instead of a CSS selector, so the order
 * "ARIA / data-* / jsname → structure → generated classes" stays data in each app's selectors.
 *
 *   structure:text-ancestor <css> | <companion>
 *                                   region: the nearest element holding every <css> match
 *                                   (one match: the element around its turn with <companion>)
 *   structure:around <css> | <companion>
 *                                   blocks: per <css> match, its nearest ancestor holding the
 *                                   companion, else its highest ancestor holding no other match
 *   structure:turn-rows             blocks: region children with a header and text (Meet turns)
 *   structure:last-text-child       text:   the block's last child with text, else the block
 *   structure:before-text           speaker: text of the block's children before the text child
 *   structure:avatar-elsewhere      speaker: the name beside the same avatar outside the region
 */
import { cleanIdentityText } from '../../domain/text';

export const STRUCTURE = 'structure:';

/** What a structural cue may look at besides the element it searches. */
export interface PartContext {
  doc: Document;
  region: Element;
  /** The block's text element, once found (speaker cues read around it). */
  text?: Element | null;
}

type Strategy = (root: Element, arg: string, ctx: PartContext) => Element[];

/** A speaker label is a short name, not an initials bubble ("DS") or a sentence. */
export function isNameLike(text: string): boolean {
  const clean = cleanIdentityText(text);
  return clean.length > 0 && Array.from(clean).length <= 100 && !/^\p{Lu}{1,3}$/u.test(clean);
}

const hasText = (el: Element) => (el.textContent ?? '').trim().length > 0;

/** The child of `ancestor` on the way down to `node` (or null when node is not below it). */
function childToward(ancestor: Element, node: Element): Element | null {
  let current: Element | null = node;
  while (current && current.parentElement !== ancestor) current = current.parentElement;
  return current;
}

const textAncestor: Strategy = (root, arg) => {
  const [css = '', companion] = arg.split(' | ').map((part) => part.trim());
  const hits = Array.from(root.querySelectorAll(css));
  const first = hits[0];
  if (!first) return [];
  if (hits.length === 1 && companion) {
    // One turn on screen: the turn is the nearest ancestor that also holds its companion (the
    // author, the avatar); the region is the element around that turn.
    let turn: Element | null = first;
    while (turn && turn !== root && !turn.querySelector(companion)) turn = turn.parentElement;
    const region = turn && turn !== root ? turn.parentElement : first.parentElement;
    return region ? [region] : [];
  }
  let common: Element | null = first.parentElement;
  while (common && !hits.every((hit) => common!.contains(hit))) common = common.parentElement;
  return common ? [common] : [];
};

const around: Strategy = (root, arg) => {
  const [css = '', companion] = arg.split(' | ').map((part) => part.trim());
  return Array.from(root.querySelectorAll(css)).map((hit) => {
    let block = hit;
    for (let up = hit.parentElement; up && up !== root; up = up.parentElement) {
      if (up.querySelectorAll(css).length !== 1) break;
      block = up;
      // Stop at the turn that holds its companion (author, avatar): the same element whether
      // the turn is alone on screen or has neighbours, so a rewrite is never a new turn.
      if (companion && up.querySelector(companion)) break;
    }
    return block;
  });
};

const turnRows: Strategy = (root) => {
  const rows = (parent: Element) =>
    Array.from(parent.children).filter(
      (child) => child.tagName === 'DIV' && child.children.length >= 2 && hasText(child),
    );
  const direct = rows(root);
  // A single wrapper around the turns (Meet's list inside the region): look one level down.
  const only = root.children.length === 1 ? root.children[0] : undefined;
  return direct.length === 1 && only && rows(only).length > 1 ? rows(only) : direct;
};

const lastTextChild: Strategy = (root) => {
  const children = Array.from(root.children).filter(hasText);
  const last = children[children.length - 1];
  if (!last) return hasText(root) ? [root] : [];
  // The only child with text is the header (avatar, or the first of several children): the
  // turn's text is still empty, and the name must not be read as its text.
  const isHeader =
    last.querySelector('img') !== null || (root.children.length > 1 && last === root.children[0]);
  return children.length === 1 && isHeader ? [] : [last];
};

/** The name shown next to another copy of `img` (participants list, video tile), or null. */
function nameBesideAvatar(doc: Document, img: Element, region: Element): string | null {
  const src = img.getAttribute('src');
  if (!src) return null;
  for (const other of Array.from(doc.querySelectorAll('img[src]'))) {
    if (other === img || region.contains(other) || other.getAttribute('src') !== src) continue;
    const candidates = [
      other.getAttribute('alt'),
      other.parentElement?.nextElementSibling?.textContent,
      other.closest('[aria-label]')?.getAttribute('aria-label'),
    ];
    const name = candidates.find((text): text is string => !!text && isNameLike(text));
    if (name) return name;
  }
  return null;
}

type NameStrategy = (block: Element, ctx: PartContext) => string | null;

const NAME_STRATEGIES: Record<string, NameStrategy> = {
  'before-text': (block, ctx) => {
    const textChild = ctx.text ? childToward(block, ctx.text) : null;
    if (!textChild || textChild === block) return null;
    const children = Array.from(block.children);
    const header = children.slice(0, children.indexOf(textChild)).map((el) => el.textContent ?? '');
    const name = header.join(' ');
    return isNameLike(name) ? name : null;
  },
  'avatar-elsewhere': (block, ctx) => {
    const img = block.querySelector('img[src]');
    return img ? nameBesideAvatar(ctx.doc, img, ctx.region) : null;
  },
};

/** Runs the structural name cue named by `css`; null when it finds no name. */
export function nameByStructure(block: Element, css: string, ctx: PartContext): string | null {
  const name = css.slice(STRUCTURE.length).trim();
  return NAME_STRATEGIES[name]?.(block, ctx) ?? null;
}

const STRATEGIES: Record<string, Strategy> = {
  'text-ancestor': textAncestor,
  around,
  'turn-rows': turnRows,
  'last-text-child': lastTextChild,
};

/** Runs the structural cue named by `css` ("structure:<name> <arg>"); unknown names find nothing. */
export function findByStructure(root: Element, css: string, ctx: PartContext): Element[] {
  const spec = css.slice(STRUCTURE.length).trim();
  const space = spec.indexOf(' ');
  const name = space < 0 ? spec : spec.slice(0, space);
  const arg = space < 0 ? '' : spec.slice(space + 1).trim();
  return STRATEGIES[name]?.(root, arg, ctx) ?? [];
}
