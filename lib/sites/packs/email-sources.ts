/** The email readers' selector modules, per app. */
import type { AppId } from '../../domain/vocabulary';
import * as gmailSelectors from '../gmail/gmail-selectors';
import * as outlookSelectors from '../outlook/outlook-selectors';
import { collectSources, type AppSources } from './pack-sources';

export const EMAIL_SOURCES: Partial<Record<AppId, AppSources>> = {
  gmail: collectSources([gmailSelectors]),
  outlook: collectSources([outlookSelectors]),
};
