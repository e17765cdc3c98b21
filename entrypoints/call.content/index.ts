import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCaptionReporter } from '@/lib/sites/content/caption-reporter';
import { startPageReporter } from '@/lib/sites/content/page-reporter';
import { startSnapshotListener } from '@/lib/sites/content/snapshot-listener';
import { useSelectorPack } from '@/lib/sites/content/selector-pack-loader';
import { CALL_SOURCES } from '@/lib/sites/packs/call-sources';
import { matchesFor } from '@/lib/sites/hosts';
import { meetReader } from '@/lib/sites/meet';
import { teamsReader } from '@/lib/sites/teams';
import { zoomReader } from '@/lib/sites/zoom';

/**
 * Calls: Meet, Zoom web client, Teams — title, participants and the platform's own live
 * captions (never audio). All frames, because Zoom renders its meeting in a same-origin iframe;
 * the frame policy keeps every other frame silent.
 */
export default defineContentScript({
  matches: matchesFor('call'),
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  async main(ctx) {
    // Selectors first: the team pack (if any) before the first read.
    await useSelectorPack(ctx, CALL_SOURCES);
    const page = await startPageReporter(ctx, {
      readers: [meetReader, zoomReader, teamsReader],
      setting: null,
    });
    if (page) {
      startCaptionReporter(ctx, page);
      startSnapshotListener(ctx, page);
    }
  },
});
