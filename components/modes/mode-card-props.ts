/**
 * What every mode card receives, in its own file so the cards and the switch that picks one
 * import it without importing each other.
 */
import type { PanelMode } from '@/components/kernel/panel-mode';
import type { AccountRow, DiagnosisRow, EvidenceRow, PersonRow } from '@/lib/db/schema';
import type { DiagnosisResult } from '@/lib/domain/diagnosis';
import type { PeopleChanges } from '@/lib/domain/stakeholders/people-changes';

export interface ModeCardProps {
  mode: PanelMode;
  account: AccountRow;
  people: PersonRow[];
  person: PersonRow | undefined;
  evidence: EvidenceRow[];
  snapshots: DiagnosisRow[];
  result: DiagnosisResult;
  changes: PeopleChanges;
  /** Records the buying group now, as the baseline renewal prep compares with. */
  onRecordBaseline?: () => void;
}
