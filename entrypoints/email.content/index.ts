import { defineContentScript } from 'wxt/utils/define-content-script';
import { startComposeListener } from '@/lib/sites/content/compose-listener';
import { startPageReporter } from '@/lib/sites/content/page-reporter';
import { startSnapshotListener } from '@/lib/sites/content/snapshot-listener';
import { useSelectorPack } from '@/lib/sites/content/selector-pack-loader';
import { EMAIL_SOURCES } from '@/lib/sites/packs/email-sources';
import { gmailReader } from '@/lib/sites/gmail';
import { matchesFor } from '@/lib/sites/hosts';
import { outlookReader } from '@/lib/sites/outlook';

/** Email: the open Gmail/Outlook thread, and snippet insertion into the compose box. */
export default defineContentScript({
  matches: matchesFor('email'),
  runAt: 'document_idle',
  async main(ctx) {
    // Selectors first: the team pack (if any) before the first read.
    await useSelectorPack(ctx, EMAIL_SOURCES);
    const page = await startPageReporter(ctx, {
      readers: [gmailReader, outlookReader],
      setting: 'readEmail',
    });
    if (page) {
      startComposeListener(ctx, page);
      startSnapshotListener(ctx, page);
    }
  },
});
