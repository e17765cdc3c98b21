/**
 * Everything that turns what pages report into help: the active context (resolution, meeting,
 * suggested people), caption evidence, email evidence, and what happens after a report.
 */
import { watchLive } from '@/lib/db/live';
import type { Repositories } from '@/lib/db/repositories';
import type { MotiveDatabase } from '@/lib/db/schema';
import type { CaptionBatch, PageContext } from '@/lib/messaging/page-context';
import type { ActiveContext, BackgroundToPanel } from '@/lib/messaging/protocol';
import { resolveActiveAccount } from './account-resolution';
import { createActiveContextService } from './active-context';
import { createCallJournal, type SessionStore } from './call-journal';
import { createCaptionEvidence } from './caption-evidence';
import { createContextDetails } from './context-details';
import { createEmailEvidence } from './email-evidence';
import { createMeetingPresence } from './meeting-presence';
import { forgetTabBinding, pageOfTab, writeBinding } from './page-bindings';
import { createResolutionCache } from './resolution-cache';
import { loadSignalDetector } from './signal-detector';

export interface PageServicesDeps {
  db: MotiveDatabase;
  repos: Repositories;
  now: () => Date;
  notify: (context: ActiveContext) => void;
  detector?: typeof loadSignalDetector;
  /** Where calls are kept until their recap (browser.storage.session); memory by default. */
  callStore?: SessionStore;
  /** Tells extension pages about calls: lines heard (objection cards), a call ended (recap). */
  announce?: <N extends 'captionsHeard' | 'callEnded'>(
    name: N,
    data: Parameters<BackgroundToPanel[N]>[0],
  ) => void;
}

function memoryStore(): SessionStore {
  const values = new Map<string, unknown>();
  return {
    get: (key) => Promise.resolve(structuredClone(values.get(key))),
    set: (key, value) => Promise.resolve(void values.set(key, structuredClone(value))),
  };
}

export function createPageServices({
  db,
  repos,
  now,
  notify,
  detector = loadSignalDetector,
  callStore = memoryStore(),
  announce = () => undefined,
}: PageServicesDeps) {
  const cache = createResolutionCache(db, (context, tabId) =>
    resolveActiveAccount({ db, repos, context, tabId }),
  );
  const resolve = cache.resolve;
  const tabState = async (tabId: number) => {
    const context = (await db.pageContexts.get(tabId))?.context;
    return { context, accountId: (await resolve(context, tabId)).accountId };
  };
  const captions = createCaptionEvidence({ db, repos, detector, now, tabState });
  const emailEvidence = createEmailEvidence({ db, repos, detector, now });
  const presence = createMeetingPresence({ db, repos });
  const calls = createCallJournal({
    now,
    store: callStore,
    ended: (record, why) =>
      announce('callEnded', {
        callId: record.callId,
        accountId: record.accountId,
        why,
        ...(record.title ? { title: record.title } : {}),
      }),
  });
  const activeContext = createActiveContextService({
    db,
    now,
    resolve,
    notify,
    describe: createContextDetails({ repos, speakers: (tabId) => captions.speakers(tabId) }),
  });

  /** Writes what waited for the tab's account: held caption evidence, the open thread's. */
  async function afterResolution(tabId: number | null): Promise<void> {
    if (tabId === null) return;
    const { context, accountId } = await tabState(tabId);
    if (accountId === null) return;
    await captions.flushPending(tabId, accountId);
    if (!context) return;
    await presence.attended(context, accountId);
    await presence.spoke(context, accountId, captions.speakers(tabId));
    await emailEvidence.handle(context, accountId);
  }

  return {
    activeContext,
    captions,
    calls,
    emailEvidence,
    afterResolution,
    /** A content script reported its page. */
    async pageReported(tabId: number, context: PageContext, tabIsActive: boolean): Promise<void> {
      await activeContext.reportPage(tabId, context, tabIsActive);
      if (tabId >= 0) {
        await calls
          .page(tabId, context, (await tabState(tabId)).accountId)
          .catch((error: unknown) => console.error('Motive: call journal', error));
      }
      // Evidence is a bonus on top of the report: a failure there (e.g. the model cannot be
      // read) is logged loudly but must not make the page report itself fail.
      await afterResolution(tabId).catch((error: unknown) =>
        console.error('Motive: after a page report', error),
      );
    },
    /** A call tab sent final caption lines; new speakers refresh the panel's suggestions. */
    async captionsReported(tabId: number, batch: CaptionBatch): Promise<{ lines: number; evidence: number }> {
      const before = captions.speakers(tabId).length;
      const result = await captions.handle(tabId, batch);
      if (result.heard.length > 0) {
        const { context, accountId } = await tabState(tabId);
        const title = batch.meetingTitle ?? context?.meeting?.title;
        await calls.lines(tabId, result.heard, {
          url: context?.url ?? '',
          accountId,
          ...(title ? { title } : {}),
        });
        announce('captionsHeard', { tabId, accountId, lines: result.heard });
      }
      if (captions.speakers(tabId).length !== before) {
        const { context, accountId } = await tabState(tabId);
        if (context && accountId) await presence.spoke(context, accountId, captions.speakers(tabId));
        if (tabId === activeContext.activeTabId()) await activeContext.publish();
      }
      return result;
    },
    /**
     * Re-resolves when saved accounts or people change (the rep created the suggested account,
     * a sync brought one in): the panel updates and held caption evidence is written.
     * Changes are handled one after another (never two re-resolutions at once). Returns the
     * unsubscribe function; its `settled()` resolves once the changes seen so far are handled.
     */
    watchSavedRecords(
      onError: (error: unknown) => void = console.error,
    ): (() => void) & { settled: () => Promise<void> } {
      let last: string | undefined;
      let running: Promise<void> = Promise.resolve();
      const stop = watchLive(
        async () => {
          const [accounts, people, latest] = await Promise.all([
            db.accounts.count(),
            db.people.count(),
            db.accounts.orderBy('updatedAt').last(),
          ]);
          return `${accounts}:${people}:${latest?.updatedAt ?? ''}`;
        },
        (key) => {
          // The first value is the current state; equal values are edits that change nothing here.
          const changed = last !== undefined && key !== last;
          last = key;
          if (!changed) return;
          running = running
            .then(async () => {
              const tabId = activeContext.activeTabId();
              await activeContext.publish();
              await afterResolution(tabId);
            })
            .catch(onError);
        },
        // A failed watch is logged and restarted: the panel must keep following saved records.
        { label: 'saved accounts and people', log: (_message, error) => onError(error) },
      );
      return Object.assign(stop, { settled: () => running });
    },
    /**
     * Binds the page a tab shows (its thread, meeting or record; else the tab) to the rep's
     * account, or clears it with null; then writes what waited for that tab's account.
     * Returns the tab's new context.
     */
    async bindPage(tabId: number, accountId: string | null): Promise<ActiveContext> {
      const context = (await db.pageContexts.get(tabId))?.context;
      await writeBinding(db, pageOfTab(context, tabId), accountId, now);
      cache.invalidate();
      if (tabId === activeContext.activeTabId()) await activeContext.publish();
      await afterResolution(tabId);
      return activeContext.ofTab(tabId);
    },
    async forgetTab(tabId: number): Promise<void> {
      await calls.tabGone(tabId);
      captions.forgetTab(tabId);
      cache.forget(tabId);
      await forgetTabBinding(db, tabId);
      await activeContext.forgetTab(tabId);
    },
  };
}
export type PageServices = ReturnType<typeof createPageServices>;
