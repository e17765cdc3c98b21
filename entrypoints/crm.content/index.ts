import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageReporter } from '@/lib/sites/content/page-reporter';
import { startSnapshotListener } from '@/lib/sites/content/snapshot-listener';
import { useSelectorPack } from '@/lib/sites/content/selector-pack-loader';
import { CRM_SOURCES } from '@/lib/sites/packs/crm-sources';
import { dynamicsReader } from '@/lib/sites/dynamics';
import { matchesFor } from '@/lib/sites/hosts';
import { hubspotReader } from '@/lib/sites/hubspot';
import { pipedriveReader } from '@/lib/sites/pipedrive';
import { salesforceReader } from '@/lib/sites/salesforce';

/** CRM record pages: Salesforce, HubSpot, Pipedrive, Dynamics 365. */
export default defineContentScript({
  matches: matchesFor('crm'),
  runAt: 'document_idle',
  async main(ctx) {
    // Selectors first: the team pack (if any) before the first read.
    await useSelectorPack(ctx, CRM_SOURCES);
    const page = await startPageReporter(ctx, {
      readers: [salesforceReader, hubspotReader, pipedriveReader, dynamicsReader],
      setting: 'readCrm',
    });
    if (page) startSnapshotListener(ctx, page);
  },
});
