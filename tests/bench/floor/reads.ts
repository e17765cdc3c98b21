/**
 * The panel's own reads, timed without the UI, beside the raw IndexedDB floor (panel-scale
 * bench): `window.__accountRead(id)` resolves with the ms that the workspace's records and the
 * account's notes take through Dexie, read as the panel reads them (two live queries in parallel).
 * A page of its own, so the first-render floor page (index.html) stays a bare React page.
 */
import { readAccountRecords } from '@/components/kernel/account-records';
import { notesOfAccount } from '@/lib/db/account-reads';
import { MotiveDatabase } from '@/lib/db/schema';

const db = new MotiveDatabase();

Object.assign(window, {
  __accountRead: async (accountId: string): Promise<number> => {
    await db.open();
    const start = performance.now();
    const [records] = await Promise.all([readAccountRecords(db, accountId), notesOfAccount(db, accountId)]);
    const elapsed = performance.now() - start;
    if (!records) throw new Error(`No account ${accountId}.`);
    return elapsed;
  },
});
