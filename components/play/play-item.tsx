import { CopyButton } from '@/components/ui/copy-button';
import type { PlaybookPick } from '@/lib/playbook/match-playbook';
import { InsertButton } from './insert-button';

/** One playbook pick: its words as text, the proof link, a "why" chip, copy and insert. */
export function PlayItem({ pick, insertable }: { pick: PlaybookPick; insertable: boolean }) {
  const { entry } = pick;
  return (
    <li data-testid={`play-${entry.kind}`}>
      <strong>{entry.title}</strong>
      <p className="play-text">{entry.text}</p>
      {entry.proof?.url && (
        <p>
          <a href={entry.proof.url} target="_blank" rel="noopener noreferrer">
            Open {entry.proof.type}
          </a>
        </p>
      )}
      {entry.proof && !entry.proof.url && <p className="muted small">Proof: {entry.proof.type}</p>}
      <span className="why-chip" title="Why this was picked">
        why: {pick.explanation}
      </span>
      <div className="row">
        <CopyButton text={entry.text} describe={entry.title} />
        {insertable && <InsertButton text={entry.text} title={entry.title} />}
      </div>
    </li>
  );
}
