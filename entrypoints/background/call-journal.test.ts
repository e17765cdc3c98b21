import { describe, expect, it } from 'vitest';
import type { PageContext } from '@/lib/messaging/page-context';
import type { CallRecord } from '@/lib/domain/recap/call-record';
import { createCallJournal, type SessionStore } from './call-journal';

const URL = 'https://meet.google.com/kfz-qwmx-dpr';
const context = (over: Partial<PageContext> = {}): PageContext => ({
  app: 'meet',
  surface: 'call',
  url: URL,
  readStatus: 'ok',
  missing: [],
  people: [{ name: 'Dana Reyes' }, { name: 'Priya Nair' }],
  meeting: { title: 'Acme — discovery', captionsOn: true },
  readAt: '2026-12-03T10:00:00.000Z',
  ...over,
});
const line = (id: string) => ({
  id,
  speaker: 'Dana Reyes',
  side: 'buyer' as const,
  text: 'Hello.',
  at: '2026-12-03T10:01:00.000Z',
});

function setup(store: SessionStore = memory()) {
  const ended: [CallRecord, string][] = [];
  const journal = createCallJournal({
    now: () => new Date('2026-12-03T10:30:00.000Z'),
    store,
    ended: (r, why) => ended.push([r, why]),
  });
  return { journal, ended, store };
}
function memory(): SessionStore {
  const m = new Map<string, unknown>();
  return {
    get: (k) => Promise.resolve(structuredClone(m.get(k))),
    set: (k, v) => Promise.resolve(void m.set(k, structuredClone(v))),
  };
}

describe('the call journal', () => {
  it.each([
    [
      'the call UI leaving ends the call',
      context({ missing: ['call'], meeting: { captionsOn: null } }),
      'left-the-call',
    ],
    [
      'moving the tab to an email ends the call',
      context({ app: 'gmail', surface: 'email', url: 'https://mail.google.com/mail/u/0/' }),
      'left-the-app',
    ],
  ])('%s, with its lines, participants and account', async (_rule, report, why) => {
    const { journal, ended } = setup();
    await journal.page(7, context(), 'a1');
    await journal.lines(7, [line('l1')], { url: URL, accountId: 'a1' });
    await journal.page(7, report, 'a1');
    expect(ended).toHaveLength(1);
    expect(ended[0]![1]).toBe(why);
    expect(ended[0]![0]).toMatchObject({
      accountId: 'a1',
      title: 'Acme — discovery',
      participants: ['Dana Reyes', 'Priya Nair'],
      lines: [{ id: 'l1' }],
      endedAt: '2026-12-03T10:30:00.000Z',
    });
  });

  it('closing the tab ends the call; the ended call is still there for its recap', async () => {
    const { journal, ended } = setup();
    await journal.lines(7, [line('l1')], { url: URL, accountId: 'a1' });
    await journal.tabGone(7);
    expect(ended.map(([, why]) => why)).toEqual(['tab-closed']);
    expect(await journal.record({ tabId: 9 })).toMatchObject({ callId: ended[0]![0].callId });
  });

  it('lines that arrive before the first page report do not make that report look like another meeting', async () => {
    const { journal, ended } = setup();
    await journal.lines(7, [line('l1')], { url: '', accountId: null });
    await journal.page(7, context(), 'a1');
    expect(ended).toEqual([]);
    const open = await journal.record({ tabId: 7 });
    expect(open?.accountId).toBe('a1');
    expect(open?.endedAt).toBeUndefined();
  });

  it('the call starts no later than its first line, so its evidence falls inside the call', async () => {
    const { journal } = setup();
    await journal.lines(7, [{ ...line('l1'), at: '2026-12-03T09:59:59.000Z' }], {
      url: URL,
      accountId: 'a1',
    });
    expect((await journal.record({ tabId: 7 }))?.startedAt).toBe('2026-12-03T09:59:59.000Z');
  });

  it('a lobby report (not in the call yet) starts nothing and ends nothing', async () => {
    const { journal, ended } = setup();
    await journal.page(7, context({ missing: ['call'], meeting: { captionsOn: null } }), null);
    await journal.tabGone(7);
    expect(ended).toEqual([]);
    expect(await journal.record({ tabId: 7 })).toBeNull();
  });

  it('a restarted worker finds the open call in session storage', async () => {
    const store = memory();
    await setup(store).journal.lines(7, [line('l1')], { url: URL, accountId: 'a1' });
    const again = setup(store);
    await again.journal.lines(7, [line('l2')], { url: URL, accountId: 'a1' });
    expect((await again.journal.record({ tabId: 7 }))?.lines.map((l) => l.id)).toEqual(['l1', 'l2']);
  });

  it('the rep’s key ends the open call', async () => {
    const { journal, ended } = setup();
    await journal.lines(7, [line('l1')], { url: URL, accountId: 'a1' });
    expect(await journal.endNow(7)).toMatchObject({ lines: [{ id: 'l1' }] });
    expect(ended).toHaveLength(1);
    expect(await journal.endNow(7)).toBeNull();
  });
});
