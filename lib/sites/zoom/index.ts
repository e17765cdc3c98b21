import { createCallReader } from '../calls/call-reader';
import { CAPTIONS_HELP } from '../captions/captions-help';
import { pick } from '../dom/query';
import { parseZoomUrl } from './zoom-url';
import { shellFrame, zoomSelectors } from './zoom-selectors';

/** Zoom web client: read inside its same-origin meeting frame; the outer shell defers to it. */
export const zoomReader = createCallReader({
  app: 'zoom',
  parseUrl: parseZoomUrl,
  selectors: zoomSelectors,
  howToTurnOnCaptions: CAPTIONS_HELP.zoom ?? '',
  defersToFrame: (doc) => pick(doc, shellFrame) !== null,
});
