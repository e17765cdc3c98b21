import type { PeopleChanges } from '@/lib/domain/stakeholders/people-changes';
import type { PanelMode } from '@/components/kernel/panel-mode';
import type { AccountRow, DiagnosisRow, EvidenceRow, PersonRow } from '@/lib/db/schema';
import type { DiagnosisResult } from '@/lib/domain/diagnosis';
import { EmailCard } from './email-card';
import { LiveCallCard } from './live-call-card';
import { PrepCard } from './prep-card';

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

/** The glanceable card at the top, shaped for the moment: a call, an email, a renewal prep. */
export function ModeCard(props: ModeCardProps) {
  if (props.mode === 'live') return <LiveCallCard {...props} />;
  if (props.mode === 'email') return <EmailCard {...props} />;
  return <PrepCard {...props} />;
}
