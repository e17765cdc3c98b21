/**
 * The whole default playbook, in one array. Imported only through `loadDefaultPlaybook()`
 * (a dynamic import), so its text stays out of the panel's initial bundle.
 */
import type { PlaybookEntry } from '../schema';
import { BLAME_ENTRIES } from './blame';
import { CONFIDENCE_ENTRIES } from './confidence';
import { CONSISTENCY_ENTRIES } from './consistency';
import { CONTROL_ENTRIES } from './control';
import { CREDIBILITY_ENTRIES } from './credibility';
import { GENERAL_ENTRIES } from './general';
import { GROWTH_ENTRIES } from './growth';
import { LIVE_OBJECTION_ENTRIES } from './live-objections';
import { PERMISSION_ENTRIES } from './permission';
import { RELIEF_ENTRIES } from './relief';
import { RISK_ENTRIES } from './risk';
import { SIMPLICITY_ENTRIES } from './simplicity';

export const DEFAULT_PLAYBOOK: readonly PlaybookEntry[] = Object.freeze([
  ...RELIEF_ENTRIES,
  ...CONTROL_ENTRIES,
  ...GROWTH_ENTRIES,
  ...RISK_ENTRIES,
  ...SIMPLICITY_ENTRIES,
  ...PERMISSION_ENTRIES,
  ...CONFIDENCE_ENTRIES,
  ...CONSISTENCY_ENTRIES,
  ...CREDIBILITY_ENTRIES,
  ...BLAME_ENTRIES,
  ...GENERAL_ENTRIES,
  ...LIVE_OBJECTION_ENTRIES,
]);
