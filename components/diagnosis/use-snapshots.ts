import { useCallback, useEffect, useRef } from 'react';
import { useCommand } from '@/components/kernel/panel-commands';
import { AFTER_SALE } from '@/lib/domain/stakeholders/people-changes';
import { usePanelData } from '@/components/kernel/panel-data';
import { newId } from '@/lib/db/ids';
import type { AccountRow, DiagnosisRow, PersonRow } from '@/lib/db/schema';
import { toDiagnosisSnapshot, type DiagnosisResult } from '@/lib/domain/diagnosis';
import { MOTIVATIONS, type MotivationId, type Stage } from '@/lib/domain/vocabulary';
import { usePanelWrite } from '@/components/kernel/panel-writes';

/** A motivation leads only from this score: below it the picture is still unclear. */
export const LEAD_THRESHOLD = 0.2;

/** The leading motivation of a set of scores, or undefined when nothing is clear yet. */
export function leadingMotivation(scores: Partial<Record<MotivationId, number>>): MotivationId | undefined {
  let best: MotivationId | undefined;
  for (const m of MOTIVATIONS) {
    const v = scores[m] ?? 0;
    if (v >= LEAD_THRESHOLD && (best === undefined || v > (scores[best] ?? 0))) best = m;
  }
  return best;
}

/**
 * Records diagnosis snapshots, each with the buying group as it stands (its roster): on
 * request (`s`, or the returned function); automatically when the leading motivation differs
 * from the latest snapshot's, so the timeline shows movement, not every tick; and when the
 * rep moves the deal into a won stage, so the renewal brief knows the group at the sale.
 */
export function useSnapshots(
  account: AccountRow | null | undefined,
  result: DiagnosisResult | undefined,
  snapshots: DiagnosisRow[] | undefined,
  people?: readonly PersonRow[],
): (label?: string) => Promise<void> {
  const { repos, now } = usePanelData();
  const write = usePanelWrite();
  const recorded = useRef<string | null>(null);
  const record = useCallback(
    async (label?: string) => {
      if (!account || !result) return;
      const at = now();
      const snapshot = toDiagnosisSnapshot(result, {
        id: newId('d', at.getTime()),
        accountId: account.id,
        at: at.toISOString(),
        stage: account.stage,
        ...(label ? { label } : {}),
        ...(people ? { people } : {}),
      });
      await write('a diagnosis snapshot', () => repos.diagnoses.record(snapshot));
    },
    [account, result, people, repos, now, write],
  );
  useCommand('snapshot', () => void record('recorded by the rep'));

  const lead = result ? leadingMotivation(result.scores) : undefined;
  const latest = snapshots?.[snapshots.length - 1];
  const latestLead = latest ? leadingMotivation(latest.scores) : undefined;
  useEffect(() => {
    if (!account || !snapshots || lead === undefined || lead === latestLead) return;
    const key = `${account.id}:${latest?.id ?? 'none'}:${lead}`;
    if (recorded.current === key) return;
    recorded.current = key;
    void record(`${lead} now leads`);
  }, [account, snapshots, lead, latestLead, latest, record]);

  // The sale: a stage change seen here from before the sale to after it (not an account
  // opened already won, whose sale moment is long past).
  const stageSeen = useRef<{ accountId: string; stage: Stage } | null>(null);
  useEffect(() => {
    if (!account || !snapshots) return;
    const before = stageSeen.current;
    stageSeen.current = { accountId: account.id, stage: account.stage };
    if (before?.accountId !== account.id || before.stage === account.stage) return;
    if (!AFTER_SALE.includes(account.stage) || AFTER_SALE.includes(before.stage)) return;
    void record('won: the buying group at the sale');
  }, [account, snapshots, record]);
  return record;
}
