/**
 * What the three call apps have in common: a meeting title, a participant list in which the
 * user is marked ("(You)", "(Me)"), an in-call toolbar, and a live-caption region whose blocks
 * each hold a speaker and text. Each app describes its page with a `CallPageSelectors` value;
 * the reading is shared.
 */
import { pagePerson, uniquePeople } from '../dom/people';
import { attributeOf, boundText, textOf } from '../dom/page-text';
import { pick, pickAll } from '../dom/query';
import type { SelectorSet, SelectorTrace } from '../dom/selector-set';
import { LIMITS, readStatusFor, type CaptionEntry, type PageRead } from '../site-reader';
import type { AppId } from '../../domain/vocabulary';

export interface CallPageSelectors {
  title: SelectorSet;
  /** Strips the app's own prefix/suffix from the tab title, used when no title element exists. */
  titleFromDocument: (title: string) => string;
  participants: SelectorSet;
  /** Reads a participant element's display name (text, title or aria-label, per app). */
  participantName: (element: Element) => string;
  /** Marks the user in the participant list ("(You)", "(Me)", "(Vous)"…), localised. */
  selfMarker: RegExp;
  /** Present only while in a call (the leave button): tells "no captions" from "not in a call". */
  inCall: SelectorSet;
  captionRegion: SelectorSet;
  captionBlocks: SelectorSet;
  captionSpeaker: SelectorSet;
  captionText: SelectorSet;
  /** The captions toggle; its pressed state says on/off when the region is hidden. */
  captionToggle: SelectorSet;
  /** Reads the toggle: true when captions are on, false when off, null when unknown. */
  toggleSaysOn: (toggle: Element) => boolean | null;
}

/** Caption blocks on screen (oldest first) with speaker and text, bounded. */
export function readCaptionBlocks(
  doc: Document,
  s: CallPageSelectors,
  trace?: SelectorTrace,
): CaptionEntry[] {
  const region = pick(doc, s.captionRegion, { trace });
  if (!region) return [];
  return pickAll(region, s.captionBlocks, { trace }).flatMap((element, index) => {
    const t = index === 0 ? trace : undefined;
    const speaker = textOf(pick(element, s.captionSpeaker, { trace: t }), LIMITS.name);
    const text = textOf(pick(element, s.captionText, { trace: t }), LIMITS.captionText);
    // No label yet ('' here): apps fill the name in a moment after the first words.
    return text ? [{ element, speaker, text }] : [];
  });
}

/** Whether captions are on: the region shows → on; else the toggle; else, in a call → off. */
export function captionsOn(doc: Document, s: CallPageSelectors, trace?: SelectorTrace): boolean | null {
  if (pick(doc, s.captionRegion, { trace })) return true;
  const toggle = pick(doc, s.captionToggle, { trace });
  const fromToggle = toggle ? s.toggleSaysOn(toggle) : null;
  if (fromToggle !== null) return fromToggle;
  return pick(doc, s.inCall, { trace }) ? false : null;
}

/** Reads a call page into a page context; the user's own entry is kept apart as `userName`. */
export function readCallPage(
  app: AppId,
  s: CallPageSelectors,
  doc: Document,
  url: URL,
  trace?: SelectorTrace,
): PageRead {
  const title =
    textOf(pick(doc, s.title, { trace }), LIMITS.subject) ||
    boundText(s.titleFromDocument(doc.title.slice(0, 2000)), LIMITS.subject);
  const names = pickAll(doc, s.participants, { trace }).map((el) => boundText(s.participantName(el), 400));
  const self = names.find((name) => s.selfMarker.test(name));
  const userName = self ? boundText(self.replace(s.selfMarker, ''), LIMITS.name) : '';
  const people = uniquePeople(
    names.filter((name) => name && name !== self).map((name) => pagePerson(name.replace(s.selfMarker, ''))),
  );
  const inCall = pick(doc, s.inCall, { trace }) !== null;
  const missing: string[] = [];
  if (!inCall) missing.push('call');
  if (!title) missing.push('meeting title');
  if (people.length === 0) missing.push('participants');
  return {
    app,
    surface: 'call',
    url: url.href.slice(0, LIMITS.url),
    readStatus: readStatusFor(missing, ['call', 'meeting title', 'participants']),
    missing,
    people,
    meeting: { ...(title ? { title } : {}), captionsOn: captionsOn(doc, s, trace) },
    ...(userName ? { userName } : {}),
  };
}

/** A toggle's state from aria-pressed ("true"/"false"), else null. */
export function pressedState(toggle: Element): boolean | null {
  const pressed = attributeOf(toggle, 'aria-pressed', 10);
  return pressed === 'true' ? true : pressed === 'false' ? false : null;
}
