import type { PersonRow } from '@/lib/db/schema';
import { layoutStakeholderMap } from '@/lib/domain/stakeholders/map-layout';
import { labelOf, labelsOf } from '@/components/ui/labels';

const CELL_WIDTH = 120;
const CELL_HEIGHT = 96;

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
 * The influence × stance picture with reports-to lines (layout from the stakeholder engine).
 * It is a picture for the eye (role img with a summary); keyboard and screen-reader users
 * get the same people in the list beside it, where every person is a focusable item.
 */
export function StakeholderMap({ people, selectedId, highlighted, onSelect }: StakeholderMapProps) {
  const layout = layoutStakeholderMap(people);
  const width = layout.columns.length * CELL_WIDTH;
  const height = layout.rows.length * CELL_HEIGHT;
  const byId = new Map(people.map((p) => [p.id, p]));
  const at = new Map(
    layout.placements.map((p) => [p.personId, { x: p.x * width, y: p.y * height, slot: p.slot }]),
  );
  return (
    <svg
      className="stakeholder-map"
      viewBox={`-20 -4 ${width + 24} ${height + 26}`}
      role="img"
      aria-label={`Stakeholder map: ${people.length} people by influence (rows) and stance (columns).`}
      data-testid="stakeholder-map"
    >
      <defs>
        <marker
          id="map-arrow"
          viewBox="0 0 8 8"
          refX="16"
          refY="4"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 z" className="map-arrow" />
        </marker>
      </defs>
      {layout.columns.map((stance, column) => (
        <g key={stance}>
          <rect
            x={column * CELL_WIDTH}
            y={0}
            width={CELL_WIDTH}
            height={height}
            className={`map-column map-${stance}`}
          />
          <text
            x={column * CELL_WIDTH + CELL_WIDTH / 2}
            y={height + 16}
            className="map-axis"
            textAnchor="middle"
          >
            {stance}
          </text>
        </g>
      ))}
      {layout.rows.map((influence, row) => {
        const y = row * CELL_HEIGHT + CELL_HEIGHT / 2;
        return (
          <g key={influence}>
            {row > 0 && (
              <line x1={0} x2={width} y1={row * CELL_HEIGHT} y2={row * CELL_HEIGHT} className="map-grid" />
            )}
            <text x={-6} y={y} className="map-axis" transform={`rotate(-90 -6 ${y})`} textAnchor="middle">
              {influence}
            </text>
          </g>
        );
      })}
      {layout.edges.map(({ from, to }) => {
        const a = at.get(from);
        const b = at.get(to);
        if (!a || !b) return null;
        return (
          <line
            key={`${from}-${to}`}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            className="map-link"
            markerEnd="url(#map-arrow)"
          />
        );
      })}
      {layout.placements.map(({ personId }) => {
        const person = byId.get(personId);
        const point = at.get(personId);
        if (!person || !point) return null;
        const classes = [
          'map-node',
          personId === selectedId ? 'is-selected' : '',
          highlighted?.has(personId) ? 'is-new' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <g key={personId} className={classes} onClick={() => onSelect(personId)} data-person={person.name}>
            <title>{`${person.name}: ${labelOf(person.stance)}, ${person.influence} influence${person.roles.length ? `, ${labelsOf(person.roles)}` : ''}`}</title>
            <circle cx={point.x} cy={point.y} r={10} />
            <text x={point.x} y={point.y + 3} textAnchor="middle" className="map-initials">
              {initials(person.name)}
            </text>
            <text
              x={point.x}
              y={point.y + 22 + (point.slot % 2) * 10}
              textAnchor="middle"
              className="map-label"
            >
              {person.name.split(/\s+/)[0]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
