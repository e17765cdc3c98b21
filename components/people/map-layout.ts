/**
 * Where each person sits on the stakeholder map: columns are stances (blocker → champion),
 * rows are influence (high at the top). People sharing a cell are stacked in name order.
 * Pure, so the layout is tested without a DOM.
 */
import { INFLUENCE_LEVELS, STANCES, type Influence, type Stance } from '@/lib/domain/vocabulary';

export const CELL_WIDTH = 120;
export const CELL_HEIGHT = 96;
export const NODE_GAP = 22;
export const ROWS: readonly Influence[] = [...INFLUENCE_LEVELS].reverse();

export interface MapPerson {
  id: string;
  name: string;
  stance: Stance;
  influence: Influence;
  reportsTo?: string;
}

export interface PlacedPerson {
  id: string;
  x: number;
  y: number;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedPerson[];
  /** Reports-to lines between placed people (unknown managers are skipped). */
  links: { from: PlacedPerson; to: PlacedPerson }[];
}

export function layoutStakeholderMap(people: readonly MapPerson[]): MapLayout {
  const byCell = new Map<string, MapPerson[]>();
  for (const p of [...people].sort((a, b) => a.name.localeCompare(b.name))) {
    const key = `${p.stance}|${p.influence}`;
    byCell.set(key, [...(byCell.get(key) ?? []), p]);
  }
  const nodes: PlacedPerson[] = [];
  for (const [key, group] of byCell) {
    const [stance, influence] = key.split('|') as [Stance, Influence];
    const column = STANCES.indexOf(stance);
    const row = ROWS.indexOf(influence);
    const top = row * CELL_HEIGHT + CELL_HEIGHT / 2 - ((group.length - 1) * NODE_GAP) / 2;
    group.forEach((p, i) =>
      nodes.push({ id: p.id, x: column * CELL_WIDTH + CELL_WIDTH / 2, y: Math.round(top + i * NODE_GAP) }),
    );
  }
  const placed = new Map(nodes.map((n) => [n.id, n]));
  const links = people.flatMap((p) => {
    const from = placed.get(p.id);
    const to = p.reportsTo ? placed.get(p.reportsTo) : undefined;
    return from && to ? [{ from, to }] : [];
  });
  return { width: STANCES.length * CELL_WIDTH, height: ROWS.length * CELL_HEIGHT, nodes, links };
}
