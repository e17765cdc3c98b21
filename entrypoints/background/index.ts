import '@/lib/domain/zod-setup';
import { setupMessaging } from './messaging';
import { setupSidePanel } from './side-panel';

/** Composition root: one `setupX()` per concern, nothing else. */
export default defineBackground(() => {
  setupSidePanel();
  setupMessaging();
});
