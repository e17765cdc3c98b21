import { describe, expect, it } from 'vitest';
import { person } from '../diagnosis/test-builders';
import { layoutStakeholderMap } from './map-layout';
import { compareStakeholders } from './stakeholder-changes';

describe('layoutStakeholderMap', () => {
  it.each([
    ['a high-influence champion sits top right', { stance: 'champion', influence: 'high' } as const, 4, 0],
    ['a low-influence blocker sits bottom left', { stance: 'blocker', influence: 'low' } as const, 0, 2],
    [
      'a neutral medium-influence person sits in the middle',
      { stance: 'neutral', influence: 'medium' } as const,
      2,
      1,
    ],
  ])('%s', (_rule, overrides, column, row) => {
    const [placed] = layoutStakeholderMap([person(overrides)]).placements;
    expect(placed).toMatchObject({ column, row, slot: 0, of: 1 });
    expect(placed!.x).toBeCloseTo((column + 0.5) / 5);
    expect(placed!.y).toBeCloseTo((row + 0.5) / 3);
  });

  it('spreads people sharing a cell so no two markers overlap, ordered by name', () => {
    const people = ['Zoe', 'Abe', 'Mia'].map((name, i) => person({ id: `p${i}`, name }));
    const { placements } = layoutStakeholderMap(people);
    expect(placements.map((p) => p.personId)).toEqual(['p1', 'p2', 'p0']);
    expect(new Set(placements.map((p) => `${p.x},${p.y}`)).size).toBe(3);
    expect(placements.every((p) => p.x > 0.4 && p.x < 0.6)).toBe(true);
  });

  it('draws reporting lines only between people on the map', () => {
    const people = [person({ id: 'a', reportsTo: 'b' }), person({ id: 'b', reportsTo: 'gone' })];
    expect(layoutStakeholderMap(people).edges).toEqual([{ from: 'a', to: 'b' }]);
  });
});

describe('compareStakeholders', () => {
  it.each([
    ['a new person is added', [], [person({ id: 'n' })], { added: ['n'], left: [], changed: [] }],
    ['a missing person has left', [person({ id: 'x' })], [], { added: [], left: ['x'], changed: [] }],
    [
      'a stance change is a change',
      [person()],
      [person({ stance: 'blocker' })],
      { added: [], left: [], changed: ['p1'] },
    ],
    [
      'a role change is a change',
      [person()],
      [person({ roles: ['champion'] })],
      { added: [], left: [], changed: ['p1'] },
    ],
    [
      'a new last-contact date alone is not',
      [person()],
      [person({ lastContactAt: '2026-11-01T00:00:00.000Z' })],
      { added: [], left: [], changed: [] },
    ],
  ])('%s', (_rule, before, after, expected) => {
    const c = compareStakeholders(before, after);
    expect({
      added: c.added.map((p) => p.id),
      left: c.left.map((p) => p.id),
      changed: c.changed.map((x) => x.person.id),
    }).toEqual(expected);
  });

  it('records what changed for a person', () => {
    const [change] = compareStakeholders(
      [person({ roles: ['daily-user'], stance: 'supporter', influence: 'low' })],
      [person({ roles: ['champion'], stance: 'champion', influence: 'high' })],
    ).changed;
    expect(change).toMatchObject({
      stance: { from: 'supporter', to: 'champion' },
      influence: { from: 'low', to: 'high' },
      rolesAdded: ['champion'],
      rolesRemoved: ['daily-user'],
    });
  });
});
