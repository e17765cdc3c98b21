/**
 * Bundled into fixture pages by sites-parity.e2e.ts: runs a reader over the page as Chromium
 * parsed it (real shadow roots, real layout for innerText) and returns what it read.
 */
import type { AppId } from '../../../lib/domain/vocabulary';
import { SITE_READERS } from '../../../lib/sites/registry';

function readInPage(app: AppId) {
  const reader = SITE_READERS[app];
  const defers = reader.defersToFrame?.(document) ?? false;
  return {
    defers,
    context: defers ? null : reader.read(document, new URL(location.href)),
    captions: reader.captions?.entries(document).map(({ speaker, text }) => ({ speaker, text })) ?? null,
  };
}

(window as unknown as { motiveReadInPage: typeof readInPage }).motiveReadInPage = readInPage;
