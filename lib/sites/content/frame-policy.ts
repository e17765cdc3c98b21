/**
 * Which frame reads the page. Content scripts of the call family run in every frame because
 * Zoom's meeting lives in a same-origin iframe; everywhere else only the top frame reads, and
 * a top frame that is just Zoom's shell defers to the meeting frame.
 */
import type { SiteReader } from '../site-reader';

export function frameShouldRead(reader: SiteReader, doc: Document, isTopFrame: boolean): boolean {
  if (!isTopFrame) return reader.defersToFrame !== undefined && reader.parseUrl(new URL(doc.URL)) !== null;
  return !(reader.defersToFrame?.(doc) ?? false);
}
