import { defineBackground } from 'wxt/utils/define-background';
import '@/lib/domain/zod-setup';
import { setupAccountMessaging } from './account-messaging';
import { setupMessaging } from './messaging';
import { setupSelectorPacks } from './selector-pack';
import { setupSavedRecordsWatch } from './saved-records-watch';
import { setupSidePanel } from './side-panel';
import { setupSync } from './sync';
import { setupSyncMessaging } from './sync-messaging';
import { setupTabs } from './tabs';
import { setupTextEvidence } from './text-evidence';

/** Composition root: one `setupX()` per concern, nothing else. */
export default defineBackground(() => {
  setupSidePanel();
  setupMessaging();
  setupAccountMessaging();
  setupTabs();
  setupSavedRecordsWatch();
  setupSyncMessaging();
  setupTextEvidence();
  setupSync();
  setupSelectorPacks();
});
