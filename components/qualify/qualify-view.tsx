import type { EvidenceRow, PersonRow } from '@/lib/db/schema';
import type { Account } from '@/lib/domain/records';
import { DealRiskList } from './deal-risk-list';
import { FrameworkView } from './framework-view';
import { useFrameworkChoice } from './use-framework-choice';
import './qualify.css';

export interface QualifyViewProps {
  account: Account;
  people: readonly PersonRow[];
  evidence: readonly EvidenceRow[];
  pageTabId: number | null;
}

/** The Qualify view: the team's framework over the evidence, then the deal risks. */
export function QualifyView(props: QualifyViewProps) {
  const framework = useFrameworkChoice();
  return (
    <div className="view qualify-view">
      <FrameworkView
        framework={framework}
        account={props.account}
        people={props.people}
        evidence={props.evidence}
      />
      <DealRiskList {...props} />
    </div>
  );
}
