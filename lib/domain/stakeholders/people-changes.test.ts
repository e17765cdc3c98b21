import { describe, expect, it } from 'vitest';
import type { Person } from '../records';
import { peopleChanges, saleMoment } from './people-changes';

const person = (
  id: string,
  createdAt: string,
  updatedAt = createdAt,
  over: Partial<Person> = {},
): Person => ({
  id,
  accountId: 'a1',
  name: id,
  roles: [],
  stance: 'neutral',
  influence: 'medium',
  motivations: [],
  presence: { meetings: 0, spoke: 0 },
  createdAt,
  updatedAt,
  ...over,
});
const PEOPLE = [
  person('old', '2025-01-10T00:00:00.000Z'),
  person('edited', '2025-01-10T00:00:00.000Z', '2026-03-01T00:00:00.000Z'),
  person('new', '2026-02-01T00:00:00.000Z'),
];

describe('peopleChanges', () => {
  it.each([
    ['a renewal date', { id: 'a1', renewalDate: '2026-12-01' }, []],
    [
      'snapshots without a roster',
      { id: 'a1' },
      [{ at: '2026-01-15T00:00:00.000Z' }, { at: '2025-06-01T00:00:00.000Z' }],
    ],
  ])(
    'flags no one as joined or changed with only %s: there is no baseline yet',
    (_rule, account, snapshots) => {
      const changes = peopleChanges(account, PEOPLE, snapshots);
      expect(changes.baseline).toBe(false);
      expect(changes.joined.size + changes.updated.size).toBe(0);
    },
  );

  it('compares with the group the sale’s snapshot recorded, when there is one', () => {
    const before = '2025-01-10T00:00:00.000Z';
    const people = [
      person('kept', before, '2026-03-01T00:00:00.000Z', { stance: 'supporter' }),
      person('turned', before, before, { stance: 'blocker' }),
      // Created before the sale but not in its recorded group: joined since.
      person('unseen', before),
    ];
    const roster = (id: string, stance: 'supporter' | 'champion') => ({
      id,
      name: id,
      roles: [],
      stance,
      influence: 'medium' as const,
    });
    const changes = peopleChanges({ id: 'a1' }, people, [
      {
        at: '2025-06-01T00:00:00.000Z',
        stage: 'onboarding',
        people: [roster('kept', 'supporter'), roster('turned', 'champion')],
      },
    ]);
    expect(changes.baseline).toBe(true);
    expect([...changes.joined]).toEqual(['unseen']);
    // Edited after the sale but unchanged in stance, influence and roles: not highlighted.
    expect([...changes.updated]).toEqual(['turned']);
  });

  it('highlights no one when there is nothing to compare with', () => {
    const changes = peopleChanges({ id: 'a1' }, PEOPLE, []);
    expect(changes.joined.size + changes.updated.size).toBe(0);
  });
});

describe('saleMoment', () => {
  it.each([
    ['a year before the renewal date', { renewalDate: '2027-03-31' }, [], '2026-03-31'],
    [
      'else the first snapshot after the sale',
      {},
      [
        { at: '2025-01-01T00:00:00.000Z', stage: 'proposal' as const },
        { at: '2025-04-01T00:00:00.000Z', stage: 'onboarding' as const },
      ],
      '2025-04-01',
    ],
    ['else the first snapshot', {}, [{ at: '2025-02-01T00:00:00.000Z' }], '2025-02-01'],
  ])('the sale is taken as %s', (_rule, account, snapshots, day) => {
    expect(saleMoment(account, snapshots)?.slice(0, 10)).toBe(day);
  });

  it('is unknown without a renewal date or a snapshot', () => {
    expect(saleMoment({}, [])).toBeNull();
  });
});
