import { describe, expect, it } from 'vitest';
import { mergePlaybook } from './merge-playbook';
import { entry } from './test-entry';

const defaults = [
  entry({ id: 'd1', origin: 'default', title: 'shipped' }),
  entry({ id: 'd2', origin: 'default' }),
];

describe('mergePlaybook', () => {
  it.each([
    ['no team entries: the defaults as shipped', [], ['d1:shipped', 'd2:A line']],
    [
      'a team entry with a default’s id replaces it in place',
      [entry({ id: 'd1', title: 'ours' })],
      ['d1:ours', 'd2:A line'],
    ],
    ['a team tombstone hides the default', [{ ...entry({ id: 'd1' }), deleted: 1 as const }], ['d2:A line']],
    [
      'team-only entries follow the defaults',
      [entry({ id: 't1', title: 'extra' })],
      ['d1:shipped', 'd2:A line', 't1:extra'],
    ],
    [
      'a deleted team-only entry is dropped',
      [{ ...entry({ id: 't1' }), deleted: 1 as const }],
      ['d1:shipped', 'd2:A line'],
    ],
  ])('%s', (_rule, team, expected) => {
    expect(mergePlaybook(defaults, team).map((e) => `${e.id}:${e.title}`)).toEqual(expected);
  });

  it('returns plain entries without local bookkeeping fields', () => {
    const row = { ...entry({ id: 't1' }), deleted: 0 as const, serverVersion: 4 };
    expect(mergePlaybook([], [row])[0]).toEqual(entry({ id: 't1' }));
  });
});
