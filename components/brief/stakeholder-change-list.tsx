import type { StakeholderChanges } from '@/lib/domain/stakeholders/stakeholder-changes';
import { labelOf, labelsOf } from '@/components/ui/labels';

/** Who joined, left or changed against the roster recorded at the sale. */
export function StakeholderChangeList({ changes }: { changes: StakeholderChanges }) {
  const { added, left, changed } = changes;
  if (added.length + left.length + changed.length === 0)
    return <p className="muted">No change recorded in the buying group.</p>;
  return (
    <ul data-testid="brief-changes">
      {added.map((p) => (
        <li key={`a-${p.id}`}>
          <span className="badge badge-new">joined</span> <bdi>{p.name}</bdi>
          {p.roles.length > 0 && ` (${labelsOf(p.roles)})`}
        </li>
      ))}
      {left.map((p) => (
        <li key={`l-${p.id}`}>
          <span className="badge">left</span> <bdi>{p.name}</bdi>
        </li>
      ))}
      {changed.map((c) => (
        <li key={`c-${c.person.id}`}>
          <span className="badge">changed</span> <bdi>{c.person.name}</bdi>
          {c.stance && ` · ${labelOf(c.stance.from)} → ${labelOf(c.stance.to)}`}
          {c.influence && ` · influence ${c.influence.from} → ${c.influence.to}`}
          {c.rolesAdded.length > 0 && ` · now ${labelsOf(c.rolesAdded)}`}
        </li>
      ))}
    </ul>
  );
}
