/** The call readers' selector modules, per app (content scripts import only their surface). */
import type { AppId } from '../../domain/vocabulary';
import * as meetLabels from '../meet/meet-labels';
import * as meetSelectors from '../meet/meet-selectors';
import * as teamsSelectors from '../teams/teams-selectors';
import * as zoomSelectors from '../zoom/zoom-selectors';
import { collectSources, type AppSources } from './pack-sources';

export const CALL_SOURCES: Partial<Record<AppId, AppSources>> = {
  meet: collectSources([meetSelectors, meetLabels]),
  teams: collectSources([teamsSelectors]),
  zoom: collectSources([zoomSelectors]),
};
