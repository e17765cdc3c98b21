import { createCallReader } from '../calls/call-reader';
import { CAPTIONS_HELP } from '../captions/captions-help';
import { parseMeetUrl } from './meet-url';
import { meetSelectors } from './meet-selectors';

/** Google Meet: meeting title, participants, live captions with speakers. */
export const meetReader = createCallReader({
  app: 'meet',
  parseUrl: parseMeetUrl,
  selectors: meetSelectors,
  howToTurnOnCaptions: CAPTIONS_HELP.meet ?? '',
});
