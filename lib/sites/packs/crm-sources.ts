/** The CRM readers' selector modules, per app. */
import type { AppId } from '../../domain/vocabulary';
import * as dynamicsSelectors from '../dynamics/dynamics-selectors';
import * as hubspotSelectors from '../hubspot/hubspot-selectors';
import * as pipedriveSelectors from '../pipedrive/pipedrive-selectors';
import * as salesforceSelectors from '../salesforce/salesforce-selectors';
import { collectSources, type AppSources } from './pack-sources';

export const CRM_SOURCES: Partial<Record<AppId, AppSources>> = {
  salesforce: collectSources([salesforceSelectors]),
  hubspot: collectSources([hubspotSelectors]),
  pipedrive: collectSources([pipedriveSelectors]),
  dynamics: collectSources([dynamicsSelectors]),
};
