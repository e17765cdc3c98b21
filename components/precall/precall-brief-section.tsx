import { usePageContext } from '@/components/kernel/use-page-context';
import type { EvidenceRow, PersonRow } from '@/lib/db/schema';
import type { DiagnosisResult } from '@/lib/domain/diagnosis';
import type { Account } from '@/lib/domain/records';
import { PrecallBriefPanel } from './precall-brief-panel';
import { usePrecallBrief } from './use-precall-brief';

export interface PrecallBriefSectionProps {
  account: Account;
  people: readonly PersonRow[];
  evidence: readonly EvidenceRow[];
  result: DiagnosisResult;
  /** The active tab when its page belongs to this account: a call page names who is there. */
  pageTabId: number | null;
  reason: 'lobby' | 'key';
  onClose: () => void;
}

/** The pre-call brief with its inputs: the names on the call page, when it shows any. */
export function PrecallBriefSection({ pageTabId, reason, onClose, ...records }: PrecallBriefSectionProps) {
  const page = usePageContext(pageTabId);
  const attendees = page?.surface === 'call' ? page.people.map((p) => p.name) : undefined;
  const brief = usePrecallBrief({ ...records, ...(attendees && attendees.length > 0 ? { attendees } : {}) });
  return <PrecallBriefPanel brief={brief} reason={reason} onClose={onClose} />;
}
