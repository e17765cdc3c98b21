/**
 * Live captions → suggested evidence. Each final caption line (already de-duplicated in the
 * page, and again here by line id) goes through the detector's incremental stream for its tab;
 * detections become `Evidence` rows (lib/evidence: source 'caption', status 'suggested', side
 * 'buyer' for a known person, 'unknown' for anyone not named yet), coalesced and capped per
 * call (caption-flood.ts) and written in one batch, so they sync and the panel shows them.
 *
 * Lines that arrive before the tab's account is known are held (bounded) and written when it
 * resolves. Speakers who are not known people are remembered to be offered as new people.
 */
import type { Detector, StreamDetector } from '@/lib/domain/detector';
import type { Repositories } from '@/lib/db/repositories';
import type { MotiveDatabase } from '@/lib/db/schema';
import type { CaptionBatch, PageContext } from '@/lib/messaging/page-context';
import { UNKNOWN_SPEAKER } from '@/lib/domain/vocabulary';
import { detectorReads, identifyLanguage } from '@/lib/domain/language/identify-language';
import type { CallLine } from '@/lib/domain/recap/call-line';
import {
  coalesceCaptionEvidence,
  evidenceId,
  suggestedEvidence,
  writeNewEvidence,
  type AccountlessEvidence,
  type NewEvidence,
  type RecentSuggestions,
} from '@/lib/evidence';
import { nameKey, speakerSide } from './speaker-side';

interface TabCaptions {
  stream: StreamDetector;
  seen: Set<string>;
  /** Evidence waiting for the tab's account (accountId filled in on flush). */
  pending: AccountlessEvidence[];
  /** Speaker name → how many lines they said. */
  speakers: Map<string, number>;
  /** What this call already suggested, for flood coalescing. */
  recent: RecentSuggestions;
}

export interface CaptionEvidenceDeps {
  db: MotiveDatabase;
  repos: Repositories;
  detector: () => Promise<Detector>;
  now: () => Date;
  /** The tab's stored page context and resolved account id (null while unresolved). */
  tabState: (tabId: number) => Promise<{ context: PageContext | undefined; accountId: string | null }>;
}

const MAX_PENDING = 200;
const MAX_SEEN = 5000;

export function createCaptionEvidence(deps: CaptionEvidenceDeps) {
  const tabs = new Map<number, TabCaptions>();

  async function tabCaptions(tabId: number): Promise<TabCaptions> {
    let state = tabs.get(tabId);
    if (!state) {
      const detector = await deps.detector();
      state = tabs.get(tabId) ?? {
        stream: detector.createStream(),
        seen: new Set(),
        pending: [],
        speakers: new Map(),
        recent: new Map(),
      };
      tabs.set(tabId, state);
    }
    return state;
  }

  const write = (rows: NewEvidence[]) => writeNewEvidence(deps.db, rows, deps.now);

  async function knownPeople(accountId: string | null) {
    const people = accountId ? await deps.repos.people.forAccount(accountId) : [];
    return new Map(people.map((p) => [nameKey(p.name), p.id]));
  }

  return {
    /**
     * Handles one batch from a call tab; returns how many evidence rows were written and the
     * new lines with their side, and their language when the detector does not read it (such
     * lines are kept for the recap, never read for motivations).
     */
    async handle(
      tabId: number,
      batch: CaptionBatch,
    ): Promise<{ lines: number; evidence: number; heard: CallLine[] }> {
      const state = await tabCaptions(tabId);
      const { context, accountId } = await deps.tabState(tabId);
      const people = await knownPeople(accountId);
      const sideContext = {
        userName: context?.userName,
        userEmail: context?.userEmail,
        knownPeople: new Set(people.keys()),
      };
      const origin = batch.meetingTitle ?? context?.meeting?.title ?? context?.url;
      let found: AccountlessEvidence[] = [];
      let lines = 0;
      const heard: CallLine[] = [];
      for (const line of batch.lines) {
        if (state.seen.has(line.id)) continue;
        state.seen.add(line.id);
        if (state.seen.size > MAX_SEEN) state.seen.delete(state.seen.values().next().value!);
        lines++;
        const side = speakerSide(line.speaker, sideContext);
        // Unnamed speakers are not people to offer; the user is not a person of the account.
        if (side !== 'seller' && line.speaker !== UNKNOWN_SPEAKER) {
          state.speakers.set(line.speaker, (state.speakers.get(line.speaker) ?? 0) + 1);
        }
        const language = identifyLanguage(line.text);
        const read = detectorReads(language);
        heard.push({ ...line, side, ...(read ? {} : { language: language.code }) });
        // Not a language the model reads: kept as said, nothing claimed from it.
        if (!read) continue;
        const detection = state.stream.push({ id: line.id, speaker: line.speaker, text: line.text, side });
        for (const d of detection.motivations) {
          const personId = people.get(nameKey(line.speaker));
          const row = suggestedEvidence(d, {
            id: evidenceId('cap', line.id, d.motivation, d.span.start),
            source: 'caption',
            // Unknown speakers stay unknown until the rep names them (links a person).
            side: side === 'buyer' ? 'buyer' : 'unknown',
            at: line.at,
            personId,
            speaker: line.speaker,
            origin,
          });
          found.push(row);
        }
      }
      found = coalesceCaptionEvidence(found, state.recent);
      if (accountId === null) {
        state.pending.push(...found);
        state.pending.splice(0, Math.max(0, state.pending.length - MAX_PENDING));
        return { lines, evidence: 0, heard };
      }
      return { lines, evidence: await write(found.map((row) => ({ ...row, accountId }))), heard };
    },
    /** Writes held evidence once the tab's account is known. */
    async flushPending(tabId: number, accountId: string): Promise<number> {
      const state = tabs.get(tabId);
      if (!state || state.pending.length === 0) return 0;
      const rows = state.pending.splice(0).map((row) => ({ ...row, accountId }));
      return write(rows);
    },
    /** Speakers heard on the tab (not the user), most talkative first. */
    speakers(tabId: number): string[] {
      const speakers = tabs.get(tabId)?.speakers ?? new Map<string, number>();
      return [...speakers.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    },
    forgetTab(tabId: number): void {
      tabs.delete(tabId);
    },
  };
}
export type CaptionEvidence = ReturnType<typeof createCaptionEvidence>;
