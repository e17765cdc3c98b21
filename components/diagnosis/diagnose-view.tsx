import { useId } from 'react';
import { usePeople } from '@/components/app/use-account-data';
import type { AccountRow, DiagnosisRow, EvidenceRow } from '@/lib/db/schema';
import type { DiagnosisResult } from '@/lib/domain/diagnosis';
import { DiagnosisTimeline } from './diagnosis-timeline';
import { DiscoveryForm } from './discovery-form';
import { MovementForm } from './movement-form';
import { ScoreBars } from './score-bars';
import { SegmentForm } from './segment-form';
import { SignalChecklist } from './signal-checklist';
import { SuggestedEvidence } from './suggested-evidence';

export interface DiagnoseViewProps {
  account: AccountRow;
  evidence: EvidenceRow[];
  result: DiagnosisResult;
  snapshots: DiagnosisRow[];
  onRecordSnapshot: () => void;
  /**
   * List the unconfirmed quotes here (default). Off when the mode's card beside the view
   * already lists them: the list appears once.
   */
  showSuggestions?: boolean;
}

/** Why the customer is moving: suggestions to judge, scores with their evidence, the checklist, movement. */
export function DiagnoseView({
  account,
  evidence,
  result,
  snapshots,
  onRecordSnapshot,
  showSuggestions = true,
}: DiagnoseViewProps) {
  const id = useId();
  const people = usePeople(account.id) ?? [];
  return (
    <section aria-labelledby={`${id}-h`} className="view">
      <h3 id={`${id}-h`}>Diagnose</h3>
      {showSuggestions && <SuggestedEvidence evidence={evidence} />}
      <section aria-label="Scores" className="scores">
        <h4>
          Why they are moving <span className="muted small">(click a bar for the evidence)</span>
        </h4>
        <ScoreBars result={result} />
      </section>
      <SignalChecklist account={account} />
      <MovementForm account={account} scores={result.scores} />
      <DiscoveryForm account={account} />
      <SegmentForm account={account} />
      <DiagnosisTimeline snapshots={snapshots} people={people} onRecord={onRecordSnapshot} />
    </section>
  );
}
