import { usePanelData } from '@/components/kernel/panel-data';
import type { EvidenceRow, PersonRow } from '@/lib/db/schema';
import { dealRiskSignals } from '@/lib/domain/deal-risk';
import type { Account } from '@/lib/domain/records';
import { accountMotion } from './account-motion';
import { useDealInputs } from './use-deal-inputs';
import './qualify.css';

export interface DealRiskListProps {
  account: Account;
  people: readonly PersonRow[];
  evidence: readonly EvidenceRow[];
  /** The active tab when its page belongs to this account (its thread counts), else null. */
  pageTabId: number | null;
}

/** Deal-risk signals, after the stakeholder warnings: each with its evidence and what to do. */
export function DealRiskList({ account, people, evidence, pageTabId }: DealRiskListProps) {
  const { now } = usePanelData();
  const { notes, threads, loading } = useDealInputs(account.id, pageTabId);
  if (loading) return null;
  const signals = dealRiskSignals({
    now: now(),
    account,
    motion: accountMotion(account),
    people,
    evidence,
    notes,
    threads,
  });
  if (signals.length === 0) return null;
  return (
    <section aria-labelledby="deal-risks-title" className="deal-risks">
      <h4 id="deal-risks-title">Deal risks</h4>
      <ul className="warnings" data-testid="deal-risks">
        {signals.map((s) => (
          <li key={s.id} className={`warning severity-${s.severity}`} data-rule={s.rule}>
            <strong>{s.message}</strong>
            <ul className="risk-evidence" aria-label="Evidence">
              {s.evidence.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <span>{s.action}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
