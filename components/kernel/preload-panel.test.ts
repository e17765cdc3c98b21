import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories } from '@/lib/db/repositories';
import { MotiveDatabase } from '@/lib/db/schema';
import { panelChannel } from '@/lib/messaging/channels';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { readAccountRecords } from './account-records';
import { writeLastSeen } from './last-seen';
import { preloadPanel, PRELOAD_LIMIT_MS } from './preload-panel';

const NOW = new Date('2026-11-22T14:00:00.000Z');

async function databaseWithAccount() {
  const db = new MotiveDatabase(`preload-${Math.random()}`);
  const repos = createRepositories({ db, now: () => NOW });
  const account = await repos.accounts.create({
    name: 'Acme',
    crmKeys: [],
  });
  await repos.people.create({
    accountId: account.id,
    name: 'Dana',
    roles: [],
    stance: 'neutral',
    influence: 'medium',
    motivations: [],
    presence: { meetings: 0, spoke: 0 },
  });
  return { db, account };
}

const contextFor = (accountId: string | null): ActiveContext => ({
  tabId: 1,
  app: 'salesforce',
  surface: 'crm',
  readStatus: 'ok',
  missing: [],
  resolution: { accountId, method: 'crm-id', confidence: 1, reason: 'matched' },
  updatedAt: NOW.toISOString(),
});

describe('preloadPanel', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('reads a linked account’s records without asking the background', async () => {
    const { db, account } = await databaseWithAccount();
    const send = vi.spyOn(panelChannel, 'sendMessage');
    const preload = await preloadPanel({ database: () => Promise.resolve(db) }, `?account=${account.id}`);
    expect(send).not.toHaveBeenCalled();
    expect(preload.linkedAccountId).toBe(account.id);
    expect(preload.source?.records?.account.name).toBe('Acme');
    expect(preload.source?.records?.people.map((p) => p.name)).toEqual(['Dana']);
  });

  it('asks the background for the active context, then reads the account it resolved', async () => {
    const { db, account } = await databaseWithAccount();
    vi.spyOn(panelChannel, 'sendMessage').mockResolvedValue(contextFor(account.id));
    const preload = await preloadPanel({ database: () => Promise.resolve(db) }, '');
    expect(preload.context?.resolution.accountId).toBe(account.id);
    expect(preload.source?.records?.account.id).toBe(account.id);
  });

  it.each([
    ['the background fails', () => Promise.reject(new Error('no receiver'))],
    [
      'the background throws at once',
      () => {
        throw new Error('no runtime');
      },
    ],
    [
      'the background is too slow',
      () => new Promise((r) => setTimeout(() => r(contextFor(null)), PRELOAD_LIMIT_MS * 4)),
    ],
  ])('never blocks the panel when %s', async (_case, answer) => {
    const { db } = await databaseWithAccount();
    vi.spyOn(panelChannel, 'sendMessage').mockImplementation(answer as never);
    const started = Date.now();
    const preload = await preloadPanel({ database: () => Promise.resolve(db) }, '');
    expect(preload.context).toBeUndefined();
    expect(preload.source).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(PRELOAD_LIMIT_MS * 3);
  });

  it('opens a linked account from its last-seen copy without waiting for IndexedDB', async () => {
    const { db, account } = await databaseWithAccount();
    const storage = new Map<string, string>();
    const lastSeen = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    } as unknown as Storage;
    const live = (await preloadPanel({ database: () => Promise.resolve(db) }, `?account=${account.id}`))
      .source!.records!;
    writeLastSeen(lastSeen, account.id, { ...live, account: { ...live.account, name: 'Acme (kept)' } });
    const read = vi.spyOn(db.accounts, 'get');
    const preload = await preloadPanel(
      { database: () => Promise.resolve(db), lastSeen },
      `?account=${account.id}`,
    );
    expect(read).not.toHaveBeenCalled();
    expect(preload.source?.records?.account.name).toBe('Acme (kept)');
    expect(preload.source?.fromSavedCopy).toBe(true);
  });

  it('reads without the database when the direct read answers, and falls back to it when not', async () => {
    const { db, account } = await databaseWithAccount();
    const database = vi.fn(() => Promise.resolve(db));
    const direct = await readAccountRecords(db, account.id);
    const first = await preloadPanel(
      { database, readDirect: () => Promise.resolve(direct) },
      `?account=${account.id}`,
    );
    expect(first.source).toEqual({ records: direct, fromSavedCopy: false });
    expect(database).not.toHaveBeenCalled();
    const second = await preloadPanel(
      { database, readDirect: () => Promise.resolve(undefined) },
      `?account=${account.id}`,
    );
    expect(second.source?.records?.account.id).toBe(account.id);
    expect(database).toHaveBeenCalledTimes(1);
    const third = await preloadPanel(
      { database, readDirect: () => Promise.reject(new Error('broken')) },
      `?account=${account.id}`,
    );
    expect(third.source?.records?.account.id).toBe(account.id);
  });

  it('opens on the background’s mirrored context without messaging it, and asks it when there is none', async () => {
    const { db, account } = await databaseWithAccount();
    const send = vi.spyOn(panelChannel, 'sendMessage').mockResolvedValue(contextFor(null));
    const mirrored = await preloadPanel(
      { database: () => Promise.resolve(db), readMirror: () => Promise.resolve(contextFor(account.id)) },
      '',
    );
    expect(send).not.toHaveBeenCalled();
    expect(mirrored).toMatchObject({
      contextFromMirror: true,
      source: { records: { account: { id: account.id } } },
    });
    const asked = await preloadPanel(
      { database: () => Promise.resolve(db), readMirror: () => Promise.resolve(undefined) },
      '',
    );
    expect(send).toHaveBeenCalledTimes(1);
    expect(asked.contextFromMirror).toBeUndefined();
    expect(asked.context?.resolution.accountId).toBeNull();
  });
});
