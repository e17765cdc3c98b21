import { useCallback, useEffect, useRef } from 'react';
import { useCommand } from '@/components/app/panel-commands';
import { usePanelData } from '@/components/app/panel-data';
import { newId } from '@/lib/db/ids';
import type { AccountRow, DiagnosisRow } from '@/lib/db/schema';
import { toDiagnosisSnapshot, type DiagnosisResult } from '@/lib/domain/diagnosis';
import { MOTIVATIONS, type MotivationId } from '@/lib/domain/vocabulary';

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
 * Records diagnosis snapshots: on request (`s`, or the returned function) and automatically
 * when the leading motivation differs from the latest snapshot's — so the timeline shows
 * movement, not every tick.
 */
export function useSnapshots(
  account: AccountRow | null | undefined,
  result: DiagnosisResult | undefined,
  snapshots: DiagnosisRow[] | undefined,
): (label?: string) => Promise<void> {
  const { repos, now } = usePanelData();
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
      });
      await repos.diagnoses.record(snapshot);
    },
    [account, result, repos, now],
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
  return record;
}
