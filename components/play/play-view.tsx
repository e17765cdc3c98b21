import { useId } from 'react';
import type { AccountRow, EvidenceRow, PersonRow } from '@/lib/db/schema';
import type { DiagnosisResult } from '@/lib/domain/diagnosis';
import type { Channel, PlaybookKind } from '@/lib/domain/vocabulary';
import { PlayItem } from './play-item';
import { usePlay } from './use-play';
import { useSlotFacts } from './use-slot-facts';
import { labelOf, labelsOf } from '@/components/ui/labels';

const SECTIONS: { kind: PlaybookKind; title: string }[] = [
  { kind: 'say', title: 'Say' },
  { kind: 'ask', title: 'Ask next' },
  { kind: 'show', title: 'Show' },
  { kind: 'avoid', title: 'Avoid' },
  { kind: 'next-step', title: 'Next step' },
  { kind: 'objection', title: 'If they object' },
  { kind: 'email-snippet', title: 'Email snippet' },
];
const KINDS = SECTIONS.map((s) => s.kind);

export interface PlayViewProps {
  account: AccountRow;
  person: PersonRow | undefined;
  channel: Channel;
  result: DiagnosisResult;
  evidence?: EvidenceRow[];
}

/** What to say, ask, show and avoid, and the next step — for this person, stage and channel. */
export function PlayView({ account, person, channel, result, evidence }: PlayViewProps) {
  const id = useId();
  const play = usePlay({ account, person, channel, result, evidence, kinds: KINDS });
  const facts = useSlotFacts(account, evidence, person);
  return (
    <section aria-labelledby={`${id}-h`} className="view">
      <h3 id={`${id}-h`}>Play</h3>
      <p className="muted small" data-testid="play-context">
        For{' '}
        {person
          ? `${person.name}${person.roles.length ? ` (${labelsOf(person.roles)})` : ''}`
          : 'the account'}{' '}
        · {labelOf(account.stage)} · {labelOf(channel)}
      </p>
      {!play && <p role="status">Loading the playbook…</p>}
      {play &&
        SECTIONS.map(({ kind, title }) => {
          const picks = play[kind] ?? [];
          if (picks.length === 0) return null;
          return (
            <section key={kind} aria-label={title}>
              <h4 className="play-kind">{title}</h4>
              <ul className="play-list">
                {picks.map((p) => (
                  <PlayItem
                    key={p.entry.id}
                    pick={p}
                    facts={facts}
                    insertable={
                      channel === 'email' && (kind === 'email-snippet' || kind === 'say' || kind === 'ask')
                    }
                  />
                ))}
              </ul>
            </section>
          );
        })}
    </section>
  );
}
