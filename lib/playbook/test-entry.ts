/** A builder for playbook entries in tests: a general "say" line unless overridden. */
import type { PlaybookEntry } from './schema';

export function entry(overrides: Partial<PlaybookEntry> = {}): PlaybookEntry {
  return {
    id: 'e1',
    kind: 'say',
    title: 'A line',
    text: 'Something useful to say.',
    motivations: {},
    roles: [],
    stages: [],
    channels: [],
    motions: [],
    origin: 'team',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}
