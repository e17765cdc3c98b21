import type { PersonRow } from '@/lib/db/schema';
import { STANCES } from '@/lib/domain/vocabulary';
import { CELL_HEIGHT, CELL_WIDTH, ROWS, layoutStakeholderMap } from './map-layout';

export interface StakeholderMapProps {
  people: PersonRow[];
  selectedId: string | null;
  /** Highlighted people (e.g. new since the last renewal). */
  highlighted?: ReadonlySet<string>;
  onSelect: (personId: string) => void;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

/**
 * The influence × stance picture with reports-to lines. It is a picture for the eye (role
 * img with a summary); keyboard and screen-reader users get the same people as the list
 * beside it, where every person is a focusable item.
 */
export function StakeholderMap({ people, selectedId, highlighted, onSelect }: StakeholderMapProps) {
  const layout = layoutStakeholderMap(people);
  const byId = new Map(people.map((p) => [p.id, p]));
  const summary = `Stakeholder map: ${people.length} people by influence and stance.`;
  return (
    <svg
      className="stakeholder-map"
      viewBox={`-28 -4 ${layout.width + 32} ${layout.height + 26}`}
      role="img"
      aria-label={summary}
      data-testid="stakeholder-map"
    >
      {ROWS.map((influence, row) => (
        <text key={influence} x={-8} y={row * CELL_HEIGHT + CELL_HEIGHT / 2} className="map-axis" transform={`rotate(-90 -8 ${row * CELL_HEIGHT + CELL_HEIGHT / 2})`} textAnchor="middle">
          {influence}
        </text>
      ))}
      {STANCES.map((stance, column) => (
        <g key={stance}>
          <rect
            x={column * CELL_WIDTH}
            y={0}
            width={CELL_WIDTH}
            height={layout.height}
            className={`map-column map-${stance}`}
          />
          <text x={column * CELL_WIDTH + CELL_WIDTH / 2} y={layout.height + 16} className="map-axis" textAnchor="middle">
            {stance}
          </text>
        </g>
      ))}
      {ROWS.slice(1).map((_, i) => (
        <line key={i} x1={0} x2={layout.width} y1={(i + 1) * CELL_HEIGHT} y2={(i + 1) * CELL_HEIGHT} className="map-grid" />
      ))}
      {layout.links.map(({ from, to }) => (
        <line key={`${from.id}-${to.id}`} x1={from.x} y1={from.y} x2={to.x} y2={to.y} className="map-link" markerEnd="url(#arrow)" />
      ))}
      <defs>
        <marker id="arrow" viewBox="0 0 8 8" refX="14" refY="4" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" className="map-arrow" />
        </marker>
      </defs>
      {layout.nodes.map((node) => {
        const person = byId.get(node.id);
        if (!person) return null;
        const classes = ['map-node', node.id === selectedId ? 'is-selected' : '', highlighted?.has(node.id) ? 'is-new' : '']
          .filter(Boolean)
          .join(' ');
        return (
          <g key={node.id} className={classes} onClick={() => onSelect(node.id)} data-person={person.name}>
            <circle cx={node.x} cy={node.y} r={10} />
            <text x={node.x} y={node.y + 3.5} textAnchor="middle" className="map-initials">
              {initials(person.name)}
            </text>
            <text x={node.x + 14} y={node.y + 4} className="map-label">
              {person.name.split(/\s+/)[0]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
