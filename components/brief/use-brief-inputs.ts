import { useMemo } from 'react';
import { saleMoment } from '@/lib/domain/stakeholders/people-changes';
import { usePanelData } from '@/components/kernel/panel-data';
import { usePlaybookEntries } from '@/components/kernel/use-playbook-entries';
import type { AccountRow, DiagnosisRow, EvidenceRow, PersonRow } from '@/lib/db/schema';
import type { DiagnosisResult } from '@/lib/domain/diagnosis';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import { peopleAtSale } from '@/lib/domain/stakeholders/people-at-sale';

export interface BriefSources {
  account: AccountRow;
  people: PersonRow[];
  evidence: EvidenceRow[];
  snapshots: DiagnosisRow[];
  result: DiagnosisResult;
  /** Records the buying group as it stands now: the baseline for "who changed". */
  onRecordBaseline?: () => void;
}

/**
 * What every brief needs, gathered once: the playbook, the moment of the sale (see
 * `saleMoment`; the account's creation when nothing better is known) and the diagnosis
 * snapshot closest before it, with the buying group it recorded. `undefined` while the
 * playbook loads.
 */
export function useBriefInputs({ account, people, evidence, snapshots, result }: BriefSources) {
  const playbook = usePlaybookEntries();
  const { now } = usePanelData();
  return useMemo(() => {
    if (!playbook) return undefined;
    const saleAt = saleMoment(account, snapshots) ?? account.createdAt;
    const atSale = [...snapshots].filter((s) => s.at <= saleAt).sort((a, b) => b.at.localeCompare(a.at))[0];
    const groupAtSale = peopleAtSale(snapshots, saleAt, people, account.id);
    return {
      account,
      people,
      ...(groupAtSale ? { peopleAtSale: groupAtSale } : {}),
      evidence,
      saleAt,
      ...(atSale ? { diagnosisAtSale: atSale } : {}),
      currentScores: result.scores,
      catalogue: MOTIVATION_CATALOGUE,
      playbook,
      now: now().toISOString(),
    };
  }, [playbook, account, people, evidence, snapshots, result, now]);
}
