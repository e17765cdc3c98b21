/** Builds a `SiteReader` for a call app from its URL parser and page selectors. */
import type { AppId } from '../../domain/vocabulary';
import type { ParsedUrl, SiteReader } from '../site-reader';
import { readCallPage, type CallPageSelectors } from './call-page';
import { captionRegion, readCaptionTurns } from './caption-blocks';

export interface CallReaderSpec {
  app: AppId;
  parseUrl: (url: URL) => ParsedUrl | null;
  selectors: CallPageSelectors;
  /** Shown when captions are off: where this app's captions switch is. */
  howToTurnOnCaptions: string;
  defersToFrame?: (doc: Document) => boolean;
}

export function createCallReader(spec: CallReaderSpec): SiteReader {
  const s = spec.selectors;
  return {
    app: spec.app,
    surface: 'call',
    pageKinds: ['call'],
    parseUrl: spec.parseUrl,
    read: (doc, url, trace) => readCallPage(spec.app, s, doc, url, trace),
    captions: {
      region: (doc) => captionRegion(doc, s),
      entries: (doc, trace) => readCaptionTurns(doc, s, trace),
      howToTurnOn: spec.howToTurnOnCaptions,
    },
    ...(spec.defersToFrame ? { defersToFrame: spec.defersToFrame } : {}),
  };
}
