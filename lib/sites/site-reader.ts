/**
 * The contract every app reader meets: a URL parser and pure extractors over a `Document`.
 * Readers import page-context TYPES only (content scripts ship no zod); the background
 * validates what they produce.
 */
import type { AppId, Surface } from '../domain/vocabulary';
import type { PageContext } from '../messaging/page-context';
import type { SelectorTrace } from './dom/selector-set';

/** What the URL alone says about the page. */
export interface ParsedUrl {
  /** The page kind, one of the reader's `pageKinds` (e.g. "opportunity", "thread", "call"). */
  kind: string;
  /** CRM record, when the URL names one. */
  record?: { type: string; id: string };
  /** Email thread or meeting id, when the URL names one. */
  itemId?: string;
}

/** A page context (defaults filled: people, missing, to, cc) before the content script stamps `readAt`. */
export type PageRead = Omit<PageContext, 'readAt'>;

/** One caption as shown on screen right now (it may still be rewritten). */
export interface CaptionEntry {
  /** The element that holds this caption; content scripts key interim rewrites on it. */
  element: Element;
  /** '' while the app has not labelled the speaker yet. */
  speaker: string;
  text: string;
}

export interface CaptionReader {
  /** The element to observe for caption mutations, or null when captions are not showing. */
  region: (doc: Document) => Element | null;
  /** The captions on screen, oldest first; `trace` records which selectors found them. */
  entries: (doc: Document, trace?: SelectorTrace) => CaptionEntry[];
  /** Told to the rep when captions are off: how to turn them on in this app. */
  howToTurnOn: string;
}

export interface SiteReader {
  app: AppId;
  surface: Surface;
  /** Every page kind this reader handles; each must have a fixture (meta-test). */
  pageKinds: readonly string[];
  /** Null when the URL is not a page this reader reads (e.g. settings pages). */
  parseUrl: (url: URL) => ParsedUrl | null;
  /** Reads the page; never throws on a missing element (it lands in `missing`). */
  read: (doc: Document, url: URL, trace?: SelectorTrace) => PageRead;
  captions?: CaptionReader;
  /**
   * True when this document is only a shell around a same-origin frame that holds the app
   * (Zoom's web client): the frame's own content script reports instead.
   */
  defersToFrame?: (doc: Document) => boolean;
  /** Email apps: the compose box that has (or last had) focus, if any. */
  composeBox?: (doc: Document) => HTMLElement | null;
}

/** Maximum lengths, mirroring `lib/messaging/page-context.ts` (a test keeps them in step). */
export const LIMITS = {
  name: 300,
  email: 320,
  title: 300,
  subject: 1000,
  body: 50_000,
  url: 4000,
  recordId: 200,
  recordType: 100,
  domain: 253,
  missing: 100,
  at: 100,
  people: 300,
  messages: 100,
  recipients: 200,
  captionText: 5000,
} as const;

/** Decides the read status from what is missing: all essentials gone → unreadable. */
export function readStatusFor(
  missing: readonly string[],
  essentials: readonly string[],
): PageRead['readStatus'] {
  if (missing.length === 0) return 'ok';
  return essentials.length > 0 && essentials.every((e) => missing.includes(e)) ? 'unreadable' : 'partial';
}
