/**
 * Keeps each call tab's lines, participants and account until the call ends, then holds the
 * last few ended calls for their recap. Lives in session storage (survives a restarted worker,
 * never written to disk, never synced): the recap the rep saves as a call note is what syncs.
 * The end is decided by `callEnd` (lib/domain/recap/call-end.ts).
 */
import { callEnd, type CallEnd, type TabReport } from '@/lib/domain/recap/call-end';
import type { CallLine } from '@/lib/domain/recap/call-line';
import type { CallRecord } from '@/lib/domain/recap/call-record';
import type { PageContext } from '@/lib/messaging/page-context';

export interface SessionStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface CallJournalDeps {
  now: () => Date;
  store: SessionStore;
  /** Told once per ended call. */
  ended: (record: CallRecord, why: CallEnd) => void;
}

interface OpenCall {
  tabId: number;
  url: string;
  record: CallRecord;
}

interface Journal {
  open: OpenCall[];
  ended: CallRecord[];
}

const KEY = 'motive:call-journal';
const MAX_LINES = 3000;
const MAX_PARTICIPANTS = 300;
const KEEP_ENDED = 5;

export function createCallJournal(deps: CallJournalDeps) {
  let journal: Promise<Journal> | undefined;
  const load = () =>
    (journal ??= deps.store
      .get(KEY)
      .then((saved) => (saved as Journal | undefined) ?? { open: [], ended: [] })
      .catch(() => ({ open: [], ended: [] })));
  // Writes go one after another, so a slow write never lands after a newer one.
  let saving: Promise<void> = Promise.resolve();
  const save = async (j: Journal) => {
    saving = saving
      .then(() => deps.store.set(KEY, j))
      .catch((e: unknown) => console.error('Motive: call journal', e));
    await saving;
  };

  function start(j: Journal, tabId: number, url: string, accountId: string | null, title?: string): OpenCall {
    const startedAt = deps.now().toISOString();
    const call: OpenCall = {
      tabId,
      url,
      record: {
        callId: `call_${tabId}_${Date.parse(startedAt).toString(36)}`,
        accountId,
        startedAt,
        participants: [],
        lines: [],
        ...(title ? { title } : {}),
      },
    };
    j.open.push(call);
    return call;
  }

  async function end(j: Journal, call: OpenCall, why: CallEnd): Promise<void> {
    j.open = j.open.filter((c) => c !== call);
    const record = { ...call.record, endedAt: deps.now().toISOString() };
    j.ended = [record, ...j.ended].slice(0, KEEP_ENDED);
    await save(j);
    deps.ended(record, why);
  }

  return {
    /** New caption lines of a call tab (opens the call if it is the first sign of one). */
    async lines(
      tabId: number,
      lines: CallLine[],
      meta: { url: string; accountId: string | null; title?: string },
    ) {
      if (lines.length === 0) return;
      const j = await load();
      const call =
        j.open.find((c) => c.tabId === tabId) ?? start(j, tabId, meta.url, meta.accountId, meta.title);
      call.url ||= meta.url;
      call.record.lines = [...call.record.lines, ...lines].slice(-MAX_LINES);
      // Lines are stamped in the page when seen, which can be before the background heard of the call.
      for (const l of lines) if (l.at < call.record.startedAt) call.record.startedAt = l.at;
      if (meta.accountId) call.record.accountId = meta.accountId;
      if (meta.title && !call.record.title) call.record.title = meta.title;
      await save(j);
    },
    /** A call tab's page report: participants, the account, and whether the call ended. */
    async page(tabId: number, context: PageContext, accountId: string | null) {
      const j = await load();
      let call = j.open.find((c) => c.tabId === tabId);
      const inCall = context.surface === 'call' && !context.missing.includes('call');
      // Lines can arrive before the tab's first page report: the call then learns its meeting here.
      if (call && !call.url) call.url = context.url;
      if (call) {
        const report: TabReport = {
          kind: 'page',
          surface: context.surface,
          url: context.url,
          inCall,
          captionsOn: context.meeting?.captionsOn ?? null,
        };
        const why = callEnd({ started: true, meetingUrl: call.url }, report);
        if (why) await end(j, call, why);
        else {
          // Anyone seen in the call counts as present, even after they left the list.
          const names = new Set([...call.record.participants, ...context.people.map((p) => p.name)]);
          call.record.participants = [...names].slice(0, MAX_PARTICIPANTS);
          if (accountId) call.record.accountId = accountId;
          if (context.meeting?.title && !call.record.title) call.record.title = context.meeting.title;
          await save(j);
          return;
        }
      }
      if (!inCall) return;
      call = start(j, tabId, context.url, accountId, context.meeting?.title);
      call.record.participants = context.people.map((p) => p.name).slice(0, MAX_PARTICIPANTS);
      await save(j);
    },
    /** The tab closed or left the apps. */
    async tabGone(tabId: number) {
      const j = await load();
      const call = j.open.find((c) => c.tabId === tabId);
      if (call) await end(j, call, 'tab-closed');
    },
    /** Ends a tab's call by hand (the rep's key). */
    async endNow(tabId: number): Promise<CallRecord | null> {
      const j = await load();
      const call = j.open.find((c) => c.tabId === tabId);
      if (!call) return null;
      await end(j, call, 'left-the-call');
      return j.ended[0] ?? null;
    },
    /** A call by id; else the open call of `tabId`; else the most recently ended one. */
    async record(query: { callId?: string; tabId?: number | null }): Promise<CallRecord | null> {
      const j = await load();
      if (query.callId)
        return (
          j.ended.find((r) => r.callId === query.callId) ??
          j.open.find((c) => c.record.callId === query.callId)?.record ??
          null
        );
      const open = j.open.find((c) => c.tabId === query.tabId);
      return open?.record ?? j.ended[0] ?? null;
    },
  };
}
export type CallJournal = ReturnType<typeof createCallJournal>;
