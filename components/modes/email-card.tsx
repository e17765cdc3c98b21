import { SuggestedEvidence } from '@/components/diagnosis/suggested-evidence';
import { PlayItem } from '@/components/play/play-item';
import { usePlay } from '@/components/play/use-play';
import { useSlotFacts } from '@/components/play/use-slot-facts';
import type { ModeCardProps } from './mode-card-props';
import { qualificationChecklist } from '@/lib/domain/movement/qualification';

const KINDS = ['email-snippet'] as const;

/** Email (SDR): what the thread reveals, the qualification checklist, and a reply to insert. */
export function EmailCard({ account, people, person, evidence, result }: ModeCardProps) {
  const items = qualificationChecklist(account, people, result.scores);
  const play = usePlay({ account, person, channel: 'email', result, evidence, kinds: KINDS, perKind: 1 });
  const snippet = play?.['email-snippet']?.[0];
  const facts = useSlotFacts(account, evidence, person);
  const done = items.filter((i) => i.done).length;
  return (
    <section className="mode-card email-card" aria-label="Email qualification" data-testid="email-card">
      <h3>
        Qualification{' '}
        <span className="muted small">
          {done} of {items.length}
        </span>
      </h3>
      <ul className="qualification" aria-label="Qualification checklist">
        {items.map((i) => (
          <li key={i.id} data-testid={`qualify-${i.id}`} data-done={i.done}>
            <span className={i.done ? 'check-done' : 'check-open'} aria-hidden="true">
              {i.done ? '✓' : '○'}
            </span>
            <span>
              <strong>{i.label}</strong>
              <span className="visually-hidden">{i.done ? ' (known)' : ' (to find out)'}</span>:{' '}
              <span className={i.done ? '' : 'muted'}>{i.detail}</span>
            </span>
          </li>
        ))}
      </ul>
      <SuggestedEvidence evidence={evidence} limit={3} />
      <div className="card-block">
        <span className="card-label">Reply snippet for this thread</span>
        {snippet ? (
          <ul className="play-list">
            <PlayItem pick={snippet} insertable facts={facts} />
          </ul>
        ) : (
          <p className="muted">{play ? 'No snippet fits yet.' : 'Loading the playbook…'}</p>
        )}
      </div>
    </section>
  );
}
