/**
 * The buying group at the sale, as diagnosis snapshots recorded it (each keeps a roster of
 * who was there with their stance, influence and roles), so the renewal brief can say who
 * left and who changed since, not only who joined.
 */
import type { Diagnosis, Person } from '../records';

type WithRoster = Pick<Diagnosis, 'at'> & { people: NonNullable<Diagnosis['people']> };

/**
 * The snapshot whose roster stands for the group at the sale: the latest taken at or before
 * `saleAt`; failing that, the earliest after it (the nearest moment known). `undefined` when
 * no snapshot kept a roster (accounts from before rosters were kept): callers then infer
 * changes from `createdAt`.
 */
export function rosterAtSale(
  snapshots: readonly Pick<Diagnosis, 'at' | 'people'>[],
  saleAt: string,
): WithRoster | undefined {
  const kept = snapshots
    .filter((s): s is WithRoster => s.people !== undefined)
    .sort((a, b) => a.at.localeCompare(b.at));
  return kept.filter((s) => Date.parse(s.at) <= Date.parse(saleAt)).at(-1) ?? kept[0];
}

/**
 * The group at the sale (see `rosterAtSale`) as `Person` records for comparison: someone
 * still in the group keeps their current record with the roster's stance, influence and
 * roles; someone gone gets defaults.
 */
export function peopleAtSale(
  snapshots: readonly Pick<Diagnosis, 'at' | 'people'>[],
  saleAt: string,
  current: readonly Person[],
  accountId: string,
): Person[] | undefined {
  const chosen = rosterAtSale(snapshots, saleAt);
  if (!chosen) return undefined;
  const now = new Map(current.map((p) => [p.id, p]));
  return chosen.people.map((entry): Person => {
    const base = now.get(entry.id) ?? {
      id: entry.id,
      accountId,
      name: entry.name,
      roles: [],
      stance: 'neutral',
      influence: 'medium',
      motivations: [],
      presence: { meetings: 0, spoke: 0 },
      createdAt: chosen.at,
      updatedAt: chosen.at,
    };
    return {
      ...base,
      name: entry.name,
      ...(entry.title !== undefined ? { title: entry.title } : {}),
      roles: [...entry.roles],
      stance: entry.stance,
      influence: entry.influence,
    };
  });
}
