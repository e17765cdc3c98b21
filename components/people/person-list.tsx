import type { PersonRow } from '@/lib/db/schema';
import { labelOf, labelsOf } from '@/components/ui/labels';

export interface PersonListProps {
  people: PersonRow[];
  talkingTo: string | null;
  highlighted?: ReadonlySet<string>;
  onEdit: (personId: string) => void;
  onTalkTo: (personId: string) => void;
}

/** Every person on the map as a focusable list item: the map's keyboard and reader twin. */
export function PersonList({ people, talkingTo, highlighted, onEdit, onTalkTo }: PersonListProps) {
  const names = new Map(people.map((p) => [p.id, p.name]));
  return (
    <ul className="person-list" aria-label="People on this account">
      {people.map((p) => (
        <li key={p.id} className={`person${highlighted?.has(p.id) ? ' is-new' : ''}`} data-testid="person">
          <button type="button" className="person-main" onClick={() => onEdit(p.id)}>
            <span className="visually-hidden">Edit </span>
            <strong>{p.name}</strong>
            {p.title && <span className="muted"> · {p.title}</span>}
            {highlighted?.has(p.id) && <span className="badge badge-new">new</span>}
            <span className="person-facts">
              {labelOf(p.stance)}, {p.influence} influence
              {p.roles.length > 0 && ` · ${labelsOf(p.roles)}`}
              {p.reportsTo && names.get(p.reportsTo) && ` · reports to ${names.get(p.reportsTo)}`}
            </span>
            {p.motivations.length > 0 && (
              <span className="person-facts">wants: {labelsOf(p.motivations)}</span>
            )}
          </button>
          <button
            type="button"
            className={`talk-to${talkingTo === p.id ? ' is-active' : ''}`}
            aria-pressed={talkingTo === p.id}
            onClick={() => onTalkTo(p.id)}
          >
            {talkingTo === p.id ? 'Talking to' : 'Talk to'}
          </button>
        </li>
      ))}
    </ul>
  );
}
