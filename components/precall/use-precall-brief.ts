import { useMemo } from 'react';
import { usePlaybookEntries } from '@/components/kernel/use-playbook-entries';
import { accountMotion } from '@/components/qualify/account-motion';
import { useDealInputs } from '@/components/qualify/use-deal-inputs';
import { useFrameworkChoice } from '@/components/qualify/use-framework-choice';
import type { EvidenceRow, PersonRow } from '@/lib/db/schema';
import type { DiagnosisResult } from '@/lib/domain/diagnosis';
import { precallBrief, type PrecallBrief } from '@/lib/domain/precall/precall-brief';
import type { Account } from '@/lib/domain/records';
import { matchPlaybook } from '@/lib/playbook/match-playbook';

const PROOF_COUNT = 3;

/** The pre-call brief for the account; undefined while notes or the playbook load. */
export function usePrecallBrief(input: {
  account: Account;
  people: readonly PersonRow[];
  evidence: readonly EvidenceRow[];
  result: DiagnosisResult;
  attendees?: readonly string[];
}): PrecallBrief | undefined {
  const { account, people, evidence, result, attendees } = input;
  const framework = useFrameworkChoice();
  const entries = usePlaybookEntries();
  const { notes, loading } = useDealInputs(account.id, null);
  return useMemo(() => {
    if (loading || !entries) return undefined;
    const motion = accountMotion(account);
    // The proof that fits their motivation, this stage and a call (kind "show" carries proof).
    const picks = matchPlaybook(entries, {
      scores: result.scores,
      stage: account.stage,
      channel: 'call',
      ...(motion ? { motion } : {}),
      kinds: ['show'],
      limit: PROOF_COUNT,
    });
    const proof = picks.map((p) => ({
      title: p.entry.title,
      ...(p.entry.proof?.label ? { label: p.entry.proof.label } : {}),
      why: p.explanation,
    }));
    return precallBrief({
      account,
      people,
      evidence,
      notes,
      framework,
      proof,
      ...(attendees ? { attendees } : {}),
    });
  }, [account, people, evidence, result, attendees, framework, entries, notes, loading]);
}
