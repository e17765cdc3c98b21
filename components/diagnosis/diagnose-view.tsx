import { useId } from 'react';
import { useRememberedDisclosure } from '@/components/ui/session-memory';
import type { AccountRow, DiagnosisRow, EvidenceRow, PersonRow } from '@/lib/db/schema';
import type { DiagnosisResult } from '@/lib/domain/diagnosis';
import { DiagnosisTimeline } from './diagnosis-timeline';
import { DiscoveryForm } from './discovery-form';
import { MovementForm } from './movement-form';
import { ScoreBars } from './score-bars';
import { SegmentForm } from './segment-form';
import { SignalChecklist } from './signal-checklist';
import { SuggestedEvidence } from './suggested-evidence';
import { TopMotivations } from './top-motivations';
import { discoveryProgress } from '@/lib/domain/movement/discovery-questions';

export interface DiagnoseViewProps {
  account: AccountRow;
  evidence: EvidenceRow[];
  result: DiagnosisResult;
  snapshots: DiagnosisRow[];
  onRecordSnapshot: () => void;
  /** The account's people, from the workspace's records (one road: no second query here). */
  people: PersonRow[];
  /** False when the mode card above already lists the suggestions (never show them twice). */
  showSuggestions?: boolean;
  /** False when the mode card has its own signal finder for `t` (live call). */
  signalShortcut?: boolean;
}

/**
 * Why the customer is moving. Opens collapsed to what a rep can use at a glance: the top three
 * motivations with a quote each, and the next question. Everything else (all scores, the
 * signal checklist, movement, discovery, segment, history) sits behind one disclosure.
 */
export function DiagnoseView({
  account,
  evidence,
  result,
  snapshots,
  onRecordSnapshot,
  people,
  showSuggestions = true,
  signalShortcut = true,
}: DiagnoseViewProps) {
  const id = useId();
  const next = discoveryProgress(account.discovery).next;
  // Remembered above the view: it stays open when Diagnose re-mounts (view switches).
  const more = useRememberedDisclosure('diagnose-more');
  return (
    <section aria-labelledby={`${id}-h`} className="view">
      <h3 id={`${id}-h`}>Diagnose</h3>
      {showSuggestions && <SuggestedEvidence evidence={evidence} />}
      <section aria-label="Top motivations" className="scores" data-testid="diagnose-summary">
        <h4>Why they are moving</h4>
        <TopMotivations result={result} evidence={evidence} />
        {next && (
          <p>
            <span className="card-label">Ask next</span>{' '}
            <span data-testid="diagnose-next">{next.prompt}</span>
          </p>
        )}
      </section>
      <details className="more" data-testid="diagnose-more" {...more}>
        <summary>All scores, signals, movement, discovery and history</summary>
        <section aria-label="Scores" className="scores">
          <h4>
            Every motivation <span className="muted small">(click a bar for the evidence)</span>
          </h4>
          <ScoreBars result={result} />
        </section>
        <SignalChecklist account={account} shortcut={signalShortcut} />
        <MovementForm account={account} scores={result.scores} />
        <DiscoveryForm account={account} />
        <SegmentForm account={account} />
        <DiagnosisTimeline snapshots={snapshots} people={people} onRecord={onRecordSnapshot} />
      </details>
    </section>
  );
}
