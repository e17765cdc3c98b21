/** Every app's selector sources (background, Options, sites:check; a test keeps it complete). */
import type { AppId } from '../../domain/vocabulary';
import { CALL_SOURCES } from './call-sources';
import { CRM_SOURCES } from './crm-sources';
import { EMAIL_SOURCES } from './email-sources';
import type { AppSources } from './pack-sources';

export const ALL_SOURCES = { ...CRM_SOURCES, ...EMAIL_SOURCES, ...CALL_SOURCES } as Record<AppId, AppSources>;
