import { CopyButton } from '@/components/ui/copy-button';
import type { PlaybookPick } from '@/lib/playbook/match-playbook';
import { fillSlots, hasPrompts, type SlotFacts } from '@/lib/playbook/slots';
import { InsertButton } from './insert-button';
import { SlotText } from './slot-text';
import { labelOf } from '@/components/ui/labels';

/** One playbook pick: its words (slots filled or prompted), the proof, a "why" chip, copy and insert. */
export function PlayItem({
  pick,
  insertable,
  facts,
}: {
  pick: PlaybookPick;
  insertable: boolean;
  facts: SlotFacts;
}) {
  const { entry } = pick;
  const text = fillSlots(entry.text, facts);
  return (
    <li data-testid={`play-${entry.kind}`}>
      <strong>{entry.title}</strong>
      <p className="play-text">
        <SlotText text={entry.text} facts={facts} />
      </p>
      {hasPrompts(entry.text, facts) && (
        <p className="muted small" data-testid="slot-hint">
          Fill in the [bracketed] parts before you say or send it.
        </p>
      )}
      {entry.proof?.url && (
        <p>
          <a href={entry.proof.url} target="_blank" rel="noopener noreferrer">
            Open {entry.proof.label ?? labelOf(entry.proof.type)}
          </a>
        </p>
      )}
      {entry.proof && !entry.proof.url && (
        <p className="muted small">Proof: {entry.proof.label ?? labelOf(entry.proof.type)}</p>
      )}
      <span className="why-chip" title="Why this was picked">
        why: {pick.explanation}
      </span>
      <div className="row">
        <CopyButton text={text} describe={entry.title} />
        {insertable && <InsertButton text={text} title={entry.title} />}
      </div>
    </li>
  );
}
