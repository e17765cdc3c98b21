import { createCallReader } from '../calls/call-reader';
import { parseTeamsUrl } from './teams-url';
import { teamsSelectors } from './teams-selectors';

/** Microsoft Teams on the web: call title, people in the meeting, live captions. */
export const teamsReader = createCallReader({
  app: 'teams',
  parseUrl: parseTeamsUrl,
  selectors: teamsSelectors,
  howToTurnOnCaptions: 'In Teams, open More (…) → Language and speech → Turn on live captions.',
});
