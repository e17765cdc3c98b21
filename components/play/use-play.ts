import { useMemo } from 'react';
import { usePanelData } from '@/components/kernel/panel-data';
import type { AccountRow, EvidenceRow, PersonRow } from '@/lib/db/schema';
import { scoreDiagnosis, type DiagnosisResult } from '@/lib/domain/diagnosis';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import { effectiveMotion } from '@/lib/domain/segment/effective-motion';
import type { Channel, PlaybookKind } from '@/lib/domain/vocabulary';
import { matchPlaybook, type PlaybookPick } from '@/lib/playbook/match-playbook';
import { usePlaybookEntries } from '@/components/kernel/use-playbook-entries';

export type PlayByKind = Partial<Record<PlaybookKind, PlaybookPick[]>>;

export interface PlayInput {
  account: AccountRow;
  person: PersonRow | undefined;
  channel: Channel;
  result: DiagnosisResult;
  evidence?: EvidenceRow[];
  kinds: readonly PlaybookKind[];
  perKind?: number;
}

/**
 * The play for the person in front of the rep, at this stage and on this channel: the best
 * entries per kind with the matcher's explanation. `undefined` while the playbook loads.
 */
export function usePlay({
  account,
  person,
  channel,
  result,
  evidence,
  kinds,
  perKind = 2,
}: PlayInput): PlayByKind | undefined {
  const entries = usePlaybookEntries();
  const { now } = usePanelData();
  return useMemo(() => {
    if (!entries) return undefined;
    const personScores =
      person && evidence
        ? scoreDiagnosis({
            evidence,
            tickedSignals: [],
            catalogue: MOTIVATION_CATALOGUE,
            now: now(),
            personId: person.id,
            statedMotivations: person.motivations,
          }).scores
        : undefined;
    const motion = effectiveMotion(account);
    const byKind: PlayByKind = {};
    for (const kind of kinds) {
      byKind[kind] = matchPlaybook(entries, {
        scores: result.scores,
        ...(person
          ? {
              person: {
                roles: person.roles,
                motivations: person.motivations,
                ...(personScores ? { scores: personScores } : {}),
              },
            }
          : {}),
        stage: account.stage,
        channel,
        ...(motion ? { motion } : {}),
        kinds: [kind],
        limit: perKind,
      });
    }
    return byKind;
  }, [entries, account, person, channel, result, evidence, kinds, perKind, now]);
}
