import { createCallReader } from '../calls/call-reader';
import { CAPTIONS_HELP } from '../captions/captions-help';
import { parseTeamsUrl } from './teams-url';
import { teamsSelectors } from './teams-selectors';

/** Microsoft Teams on the web: call title, people in the meeting, live captions. */
export const teamsReader = createCallReader({
  app: 'teams',
  parseUrl: parseTeamsUrl,
  selectors: teamsSelectors,
  howToTurnOnCaptions: CAPTIONS_HELP.teams ?? '',
});
