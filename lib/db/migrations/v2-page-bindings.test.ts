/**
 * Version 1 → 2 with before/after data: the global pin becomes a binding for the page it was
 * chosen on, and no longer exists as a pin.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MotiveDatabase } from '../schema';
import { FROZEN_STORES } from './frozen-stores';

const AT = '2026-11-01T08:00:00.000Z';
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const page = (tabId: number, context: Record<string, unknown>) => ({
  tabId,
  updatedAt: AT,
  context: { readStatus: 'ok', missing: [], people: [], readAt: AT, ...context },
});

async function upgrade(pin: unknown, pageContexts: unknown[]) {
  const name = `v2-${crypto.randomUUID()}`;
  names.push(name);
  const v1 = new Dexie(name);
  v1.version(1).stores({ ...FROZEN_STORES[1] });
  await v1.open();
  await v1.table('syncState').bulkPut([
    { key: 'cursor', value: 'v:3' },
    { key: 'account-pin', value: pin },
  ]);
  await v1.table('pageContexts').bulkPut(pageContexts);
  v1.close();
  const db = new MotiveDatabase(name);
  await db.open();
  const result = { bindings: await db.pageBindings.toArray(), state: await db.syncState.toArray() };
  db.close();
  return result;
}

const salesforce = page(4, {
  app: 'salesforce',
  surface: 'crm',
  url: 'https://x.lightning.force.com/lightning/r/Account/001A/view',
  record: { type: 'Account', id: '001A' },
});
const meet = page(5, {
  app: 'meet',
  surface: 'call',
  url: 'https://meet.google.com/',
  meeting: { title: 'Northwind Freight — discovery', captionsOn: true },
});
const inbox = page(6, { app: 'gmail', surface: 'email', url: 'https://mail.google.com/mail/u/0/#inbox' });

describe('upgrading to version 2: the global pin becomes a page binding', () => {
  it.each([
    ['a pin on a CRM record binds that record', 4, 'salesforce:Account:001A', 'this record'],
    [
      'a pin on a meeting binds that meeting',
      5,
      'meet:meeting-title:northwind freight — discovery',
      'this meeting',
    ],
    ['a pin on a page that names nothing binds that tab only', 6, 'tab:6', 'this tab'],
  ])('%s', async (_rule, tabId, pageKey, label) => {
    const after = await upgrade({ accountId: 'a_nw', tabId }, [salesforce, meet, inbox]);
    expect(after.bindings).toEqual([{ pageKey, accountId: 'a_nw', label, createdAt: AT }]);
    expect(after.state).toEqual([{ key: 'cursor', value: 'v:3' }]);
  });

  it.each([
    ['a pin with no tab', { accountId: 'a_nw', tabId: null }],
    ['a pin whose tab’s page is gone', { accountId: 'a_nw', tabId: 99 }],
    ['a malformed pin', { accountId: 7 }],
  ])('drops %s, keeping the rest of the sync state', async (_rule, pin) => {
    const after = await upgrade(pin, [salesforce]);
    expect(after.bindings).toEqual([]);
    expect(after.state).toEqual([{ key: 'cursor', value: 'v:3' }]);
  });
});
