/** Builders with overrides for diagnosis tests (test-only helpers, kept beside the tests). */
import type { Evidence, Person } from '../records';

const T0 = '2026-11-01T10:00:00.000Z';

/** A confirmed manual piece of relief evidence at full weight, unless overridden. */
export function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    id: 'e1',
    accountId: 'a1',
    motivation: 'relief',
    source: 'manual',
    quote: 'we are drowning in spreadsheets',
    at: T0,
    status: 'confirmed',
    weight: 1,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A neutral, medium-influence person with no roles, unless overridden. */
export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'p1',
    accountId: 'a1',
    name: 'Sam Lee',
    roles: [],
    stance: 'neutral',
    influence: 'medium',
    motivations: [],
    presence: { meetings: 0, spoke: 0 },
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}
