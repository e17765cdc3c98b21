import { createCallReader } from '../calls/call-reader';
import { parseMeetUrl } from './meet-url';
import { meetSelectors } from './meet-selectors';

/** Google Meet: meeting title, participants, live captions with speakers. */
export const meetReader = createCallReader({
  app: 'meet',
  parseUrl: parseMeetUrl,
  selectors: meetSelectors,
  howToTurnOnCaptions: 'In Meet, click the CC button in the bottom toolbar (or press c).',
});
