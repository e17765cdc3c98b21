/**
 * Positions for the stakeholder map: stance on the horizontal axis (blocker left, champion
 * right), influence on the vertical axis (high at the top). People sharing a cell are spread
 * along a row inside it so no two markers overlap.
 */
import type { Person } from '../records';
import { INFLUENCE_LEVELS, STANCES } from '../vocabulary';

export interface MapPlacement {
  personId: string;
  /** 0 (blocker) … 4 (champion). */
  column: number;
  /** 0 (high influence) … 2 (low influence). */
  row: number;
  /** Index within the cell and how many share it. */
  slot: number;
  of: number;
  /** Centre of the marker in [0, 1] × [0, 1], origin top-left. */
  x: number;
  y: number;
}

export interface MapLayout {
  columns: readonly string[];
  rows: readonly string[];
  placements: MapPlacement[];
  /** Reporting lines between people on the map (person → manager). */
  edges: { from: string; to: string }[];
}

/** Lays out people deterministically (by name, then id, within a cell). */
export function layoutStakeholderMap(people: readonly Person[]): MapLayout {
  const rows = [...INFLUENCE_LEVELS].reverse();
  const cells = new Map<string, Person[]>();
  for (const p of people) {
    const key = `${STANCES.indexOf(p.stance)}:${rows.indexOf(p.influence)}`;
    cells.set(key, [...(cells.get(key) ?? []), p]);
  }
  const placements: MapPlacement[] = [];
  for (const [key, group] of cells) {
    const [column, row] = key.split(':').map(Number) as [number, number];
    group.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    group.forEach((p, slot) => {
      placements.push({
        personId: p.id,
        column,
        row,
        slot,
        of: group.length,
        x: (column + (slot + 1) / (group.length + 1)) / STANCES.length,
        y: (row + 0.5) / rows.length,
      });
    });
  }
  placements.sort((a, b) => a.row - b.row || a.column - b.column || a.slot - b.slot);
  const ids = new Set(people.map((p) => p.id));
  const edges = people
    .filter((p) => p.reportsTo !== undefined && ids.has(p.reportsTo) && p.reportsTo !== p.id)
    .map((p) => ({ from: p.id, to: p.reportsTo! }));
  return { columns: STANCES, rows, placements, edges };
}
