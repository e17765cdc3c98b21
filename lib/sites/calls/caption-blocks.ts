/**
 * Reads the caption turns on screen. Each part (region, blocks, text, speaker) is a selector
 * set tried in order; a variant is either CSS or a structural cue (`caption-structure.ts`).
 * CSS variants match the element itself or a descendant, because one app puts the text in the
 * block element itself (Zoom's older overlay) where another nests it.
 */
import { cleanIdentityText, cutText } from '../../domain/text';
import { boundText } from '../dom/page-text';
import type { SelectorSet, SelectorTrace } from '../dom/selector-set';
import { LIMITS, type CaptionEntry } from '../site-reader';
import { findByStructure, nameByStructure, STRUCTURE, type PartContext } from './caption-structure';

/** Where captions are read: the region, then turns inside it, each with a speaker and text. */
export interface CaptionSelectors {
  captionRegion: SelectorSet;
  captionBlocks: SelectorSet;
  captionText: SelectorSet;
  captionSpeaker: SelectorSet;
}

/** A speaker label longer than this (code points) is not a name; well inside LIMITS.name units. */
const SPEAKER_MAX = 100;

const isElement = (root: Element | Document): root is Element => root.nodeType === 1;

function selfOrDescendants(root: Element, css: string): Element[] {
  const inside = Array.from(root.querySelectorAll(css));
  return root.matches(css) ? [root, ...inside] : inside;
}

/**
 * Every element found by the first variant of `set` that finds any (structural cues included).
 * With `self`, a CSS variant may match `root` itself (text held by the block element).
 */
export function findAll(
  root: Element | Document,
  set: SelectorSet,
  ctx: Omit<PartContext, 'region'> & { region?: Element },
  trace?: SelectorTrace,
  self = true,
): Element[] {
  for (const { css } of set.variants) {
    let found: Element[];
    if (css.startsWith(STRUCTURE)) {
      const base = isElement(root) ? root : root.documentElement;
      found = findByStructure(base, css, { ...ctx, region: ctx.region ?? base });
    } else {
      found = isElement(root) && self ? selfOrDescendants(root, css) : Array.from(root.querySelectorAll(css));
    }
    if (found.length > 0) {
      trace?.record({ name: set.name, matched: css });
      return found;
    }
  }
  trace?.record({ name: set.name, matched: null });
  return [];
}

/** The caption region on screen, or null when captions are not showing. */
export function captionRegion(doc: Document, s: CaptionSelectors, trace?: SelectorTrace): Element | null {
  return findAll(doc, s.captionRegion, { doc }, trace)[0] ?? null;
}

/** The speaker of one block: its named element or a structural cue, cleaned; '' when unknown. */
function speakerOf(block: Element, s: CaptionSelectors, ctx: PartContext, trace?: SelectorTrace): string {
  for (const { css } of s.captionSpeaker.variants) {
    const raw = css.startsWith(STRUCTURE)
      ? nameByStructure(block, css, ctx)
      : (selfOrDescendants(block, css).find((el) => el !== ctx.text && !el.contains(ctx.text ?? null))
          ?.textContent ?? null);
    const name = cleanIdentityText(raw ?? '');
    if (name) {
      trace?.record({ name: s.captionSpeaker.name, matched: css });
      return cutText(name, SPEAKER_MAX);
    }
  }
  trace?.record({ name: s.captionSpeaker.name, matched: null });
  return '';
}

/** Caption turns on screen, oldest first. A turn with no speaker shown is kept with speaker ''. */
export function readCaptionTurns(doc: Document, s: CaptionSelectors, trace?: SelectorTrace): CaptionEntry[] {
  const region = captionRegion(doc, s, trace);
  if (!region) return [];
  const blocks = findAll(region, s.captionBlocks, { doc, region }, trace, false);
  return blocks.flatMap((block, index) => {
    const t = index === 0 ? trace : undefined;
    const textElement = findAll(block, s.captionText, { doc, region }, t)[0] ?? null;
    const text = boundText(textElement?.textContent, LIMITS.captionText);
    if (!text) return [];
    const speaker = speakerOf(block, s, { doc, region, text: textElement }, t);
    return [{ element: block, speaker, text }];
  });
}
