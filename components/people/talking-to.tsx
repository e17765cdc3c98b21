import { useId } from 'react';
import type { PersonRow } from '@/lib/db/schema';
import { labelsOf } from '@/components/ui/labels';

/** Who the rep is speaking to right now (p / Shift+p cycle); the play follows this person. */
export function TalkingTo({
  people,
  personId,
  onChange,
}: {
  people: PersonRow[];
  personId: string | null;
  onChange: (personId: string | null) => void;
}) {
  const id = useId();
  if (people.length === 0) return null;
  return (
    <div className="talking-to">
      <label htmlFor={id}>Talking to (p)</label>
      <select
        id={id}
        value={personId ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        data-testid="talking-to"
      >
        <option value="">the whole account</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.roles.length > 0 ? ` (${labelsOf(p.roles)})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
