import { describe, expect, it } from 'vitest';
import { CELL_HEIGHT, CELL_WIDTH, layoutStakeholderMap, type MapPerson } from './map-layout';

const person = (over: Partial<MapPerson> & { id: string }): MapPerson => ({
  name: over.id,
  stance: 'neutral',
  influence: 'medium',
  ...over,
});

describe('layoutStakeholderMap', () => {
  it.each([
    ['a champion with high influence sits top right', 'champion', 'high', 4.5 * CELL_WIDTH, 0.5 * CELL_HEIGHT],
    ['a blocker with low influence sits bottom left', 'blocker', 'low', 0.5 * CELL_WIDTH, 2.5 * CELL_HEIGHT],
    ['a neutral, medium-influence person sits in the middle', 'neutral', 'medium', 2.5 * CELL_WIDTH, 1.5 * CELL_HEIGHT],
  ] as const)('%s', (_rule, stance, influence, x, y) => {
    const { nodes } = layoutStakeholderMap([person({ id: 'a', stance, influence })]);
    expect(nodes[0]).toEqual({ id: 'a', x, y });
  });

  it('stacks people who share a cell without overlapping', () => {
    const { nodes } = layoutStakeholderMap([person({ id: 'b' }), person({ id: 'a' })]);
    expect(nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(nodes[0]!.x).toBe(nodes[1]!.x);
    expect(nodes[1]!.y - nodes[0]!.y).toBeGreaterThan(15);
  });

  it('draws a reports-to line only when the manager is on the map', () => {
    const { links } = layoutStakeholderMap([
      person({ id: 'boss', influence: 'high' }),
      person({ id: 'ic', reportsTo: 'boss' }),
      person({ id: 'orphan', reportsTo: 'gone' }),
    ]);
    expect(links).toHaveLength(1);
    expect(links[0]!.from.id).toBe('ic');
    expect(links[0]!.to.id).toBe('boss');
  });
});
