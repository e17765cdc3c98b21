import { describe, expect, it } from 'vitest';
import type { Person, RosterEntry } from '../records';
import { compareStakeholders } from './stakeholder-changes';
import { peopleAtSale, rosterAtSale } from './people-at-sale';

const entry = (id: string, over: Partial<RosterEntry> = {}): RosterEntry => ({
  id,
  name: `Person ${id}`,
  roles: [],
  stance: 'neutral',
  influence: 'medium',
  ...over,
});
const person = (id: string, over: Partial<Person> = {}): Person => ({
  ...entry(id),
  accountId: 'a1',
  motivations: [],
  presence: { meetings: 0, spoke: 0 },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...over,
});

const SNAPSHOTS = [
  { at: '2025-03-01T00:00:00.000Z', people: [entry('early')] },
  { at: '2025-06-01T00:00:00.000Z' },
  { at: '2025-05-01T00:00:00.000Z', people: [entry('at-sale')] },
  { at: '2025-09-01T00:00:00.000Z', people: [entry('later')] },
];

describe('rosterAtSale', () => {
  it.each([
    ['the latest roster at or before the sale', '2025-07-01T00:00:00.000Z', '2025-05-01T00:00:00.000Z'],
    ['a roster taken at the very moment', '2025-05-01T00:00:00.000Z', '2025-05-01T00:00:00.000Z'],
    ['else the earliest after it', '2025-01-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z'],
  ])('picks %s', (_label, saleAt, expected) => {
    expect(rosterAtSale(SNAPSHOTS, saleAt)?.at).toBe(expected);
  });

  it('is undefined when no snapshot kept a roster', () => {
    expect(rosterAtSale([{ at: '2025-01-01T00:00:00.000Z' }], '2025-06-01T00:00:00.000Z')).toBeUndefined();
    expect(rosterAtSale([], '2025-06-01T00:00:00.000Z')).toBeUndefined();
  });
});

describe('peopleAtSale', () => {
  it('tells who left and whose stance changed since the sale, with the current records of those who stayed', () => {
    const snapshots = [
      {
        at: '2025-05-01T00:00:00.000Z',
        people: [
          entry('champ', { name: 'Dana', roles: ['champion'], stance: 'champion' }),
          entry('gone', { name: 'Lee', roles: ['economic-buyer'], stance: 'supporter' }),
        ],
      },
    ];
    const now = [
      person('champ', { name: 'Dana', roles: ['champion'], stance: 'sceptic', email: 'dana@acme.com' }),
      person('new', { name: 'Kim' }),
    ];
    const before = peopleAtSale(snapshots, '2025-06-01T00:00:00.000Z', now, 'a1')!;
    expect(before.find((p) => p.id === 'champ')).toMatchObject({
      stance: 'champion',
      email: 'dana@acme.com',
    });
    expect(before.find((p) => p.id === 'gone')).toMatchObject({
      name: 'Lee',
      accountId: 'a1',
      stance: 'supporter',
    });
    const changes = compareStakeholders(before, now);
    expect(changes.added.map((p) => p.name)).toEqual(['Kim']);
    expect(changes.left.map((p) => p.name)).toEqual(['Lee']);
    expect(changes.changed.map((c) => [c.person.name, c.stance])).toEqual([
      ['Dana', { from: 'champion', to: 'sceptic' }],
    ]);
  });

  it('is undefined without a recorded roster', () => {
    expect(
      peopleAtSale([{ at: '2025-05-01T00:00:00.000Z' }], '2025-06-01T00:00:00.000Z', [], 'a1'),
    ).toBeUndefined();
  });
});
