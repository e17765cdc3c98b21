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
import { LIMITS, readStatusFor, type PageRead } from '../site-reader';
import type { AppId } from '../../domain/vocabulary';
import { cleanIdentityText } from '../../domain/text';
import { captionRegion, type CaptionSelectors } from './caption-blocks';

export interface CallPageSelectors extends CaptionSelectors {
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
  /** The captions toggle; its pressed state says on/off when the region is hidden. */
  captionToggle: SelectorSet;
  /** Reads the toggle: true when captions are on, false when off, null when unknown. */
  toggleSaysOn: (toggle: Element) => boolean | null;
}

/**
 * Whether captions are on. The toggle's own state comes first (Meet keeps an empty captions
 * region after they are switched off); else the region shows → on; else, in a call → off.
 * None of these steps reads a localised label unless the app gives nothing else.
 */
export function captionsOn(doc: Document, s: CallPageSelectors, trace?: SelectorTrace): boolean | null {
  const toggle = pick(doc, s.captionToggle, { trace });
  const fromToggle = toggle ? s.toggleSaysOn(toggle) : null;
  if (fromToggle !== null) return fromToggle;
  if (captionRegion(doc, s, trace)) return true;
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
  // Names are cleaned of bidi controls and zero-width characters where they are read.
  const names = pickAll(doc, s.participants, { trace }).map((el) =>
    boundText(cleanIdentityText(s.participantName(el)), 400),
  );
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

/** A toggle's state from aria-pressed (or aria-checked on a menu item), else null. */
export function pressedState(toggle: Element): boolean | null {
  const pressed = attributeOf(toggle, 'aria-pressed', 10) || attributeOf(toggle, 'aria-checked', 10);
  return pressed === 'true' ? true : pressed === 'false' ? false : null;
}
