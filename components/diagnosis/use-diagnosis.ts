import { useMemo } from 'react';
import { usePanelData } from '@/components/kernel/panel-data';
import type { AccountRow, EvidenceRow } from '@/lib/db/schema';
import { scoreDiagnosis, type DiagnosisResult } from '@/lib/domain/diagnosis';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';

/** The account's live diagnosis: re-scored whenever its evidence or ticked signals change. */
export function useDiagnosisResult(
  account: AccountRow | null | undefined,
  evidence: EvidenceRow[] | undefined,
): DiagnosisResult | undefined {
  const { now } = usePanelData();
  return useMemo(() => {
    if (!account || !evidence) return undefined;
    return scoreDiagnosis({
      evidence,
      tickedSignals: account.tickedSignals,
      catalogue: MOTIVATION_CATALOGUE,
      now: now(),
    });
  }, [account, evidence, now]);
}

/** Motivations worth talking about: score at least `min`, at most `count`, strongest first. */
export function topMotivations(result: DiagnosisResult | undefined, count = 3, min = 0.15) {
  return (result?.ranked ?? []).filter((r) => r.score >= min).slice(0, count);
}
