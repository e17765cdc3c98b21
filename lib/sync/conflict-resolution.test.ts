import { describe, expect, it } from 'vitest';
import { resolveConflict, type SideState } from './conflict-resolution';
import { CONFLICT_MARKERS, mergeTexts } from './text-merge';

const EARLY = '2026-11-22T10:00:00.000Z';
const LATE = '2026-11-22T11:00:00.000Z';
const note = (text: string, extra: Record<string, unknown> = {}) => ({
  id: 'n_1',
  accountId: 'a_1',
  kind: 'call',
  text,
  at: EARLY,
  personIds: [],
  tags: [],
  createdAt: EARLY,
  updatedAt: EARLY,
  ...extra,
});
const person = (extra: Record<string, unknown>) => ({
  id: 'p_1',
  accountId: 'a_1',
  name: 'Dana',
  roles: [],
  stance: 'neutral',
  influence: 'medium',
  motivations: [],
  presence: { meetings: 0, spoke: 0 },
  createdAt: EARLY,
  updatedAt: EARLY,
  ...extra,
});
const account = (extra: Record<string, unknown>) => ({
  id: 'a_1',
  name: 'Acme',
  crmKeys: [],
  stage: 'discovery',
  segment: {},
  movement: {},
  discovery: {},
  tickedSignals: [],
  isSample: false,
  createdAt: EARLY,
  updatedAt: EARLY,
  ...extra,
});
const put = (value: Record<string, unknown>): SideState => ({ op: 'put', value });

describe('mergeTexts', () => {
  it.each([
    ['identical texts stay as they are', 'a\nb', 'a\nb', 'a\nb'],
    ['lines only added on this device keep this text', 'a', 'a\nmine', 'a\nmine'],
    ['lines only added on the other device keep that text', 'a\ntheirs', 'a', 'a\ntheirs'],
    [
      'both changed: both middles kept between markers, shared lines once',
      'top\ntheirs\nend',
      'top\nmine\nend',
      [
        'top',
        CONFLICT_MARKERS.start,
        'theirs',
        CONFLICT_MARKERS.middle,
        'mine',
        CONFLICT_MARKERS.end,
        'end',
      ].join('\n'),
    ],
    [
      'lines shared anywhere are kept once; lines only one side has are kept without markers',
      'a\nx\nb\nc',
      'a\nb\ny\nc',
      'a\nx\nb\ny\nc',
    ],
  ])('%s', (_rule, theirs, mine, expected) => {
    expect(mergeTexts(theirs, mine)).toBe(expected);
  });

  it('does not grow when an already merged text is merged again with either side', () => {
    const merged = mergeTexts('top\ntheirs\nend', 'top\nmine\nend');
    expect(mergeTexts(merged, 'top\nmine\nend')).toBe(merged);
    expect(mergeTexts('top\ntheirs\nend', merged)).toBe(merged);
  });
});

describe('resolveConflict', () => {
  it('notes: two edits of the text keep both texts for the rep to reconcile', () => {
    const { result, lost } = resolveConflict(
      'notes',
      put(note('Budget is tight.\nmine')),
      put(note('Budget is tight.\ntheirs')),
    );
    const text = (result as unknown as { value: { text: string } }).value.text;
    expect(text).toContain('mine');
    expect(text).toContain('theirs');
    expect(text).toContain(CONFLICT_MARKERS.start);
    expect(lost).toBeUndefined();
  });

  it.each([
    [
      'notes',
      'tags',
      note('t', { tags: ['renewal'] }),
      note('t', { tags: ['pricing'] }),
      ['pricing', 'renewal'],
    ],
    [
      'notes',
      'personIds',
      note('t', { personIds: ['p_1'] }),
      note('t', { personIds: ['p_2', 'p_1'] }),
      ['p_1', 'p_2'],
    ],
    [
      'people',
      'roles',
      person({ roles: ['champion'] }),
      person({ roles: ['economic-buyer'] }),
      ['champion', 'economic-buyer'],
    ],
    [
      'accounts',
      'crmKeys',
      account({ crmKeys: ['sf:a:1'] }),
      account({ crmKeys: ['hs:c:2'] }),
      ['hs:c:2', 'sf:a:1'],
    ],
    [
      'accounts',
      'tickedSignals',
      account({ tickedSignals: ['s1'] }),
      account({ tickedSignals: ['s2'] }),
      ['s1', 's2'],
    ],
  ] as const)('%s: set field %s is the union of both sides', (collection, field, mine, theirs, expected) => {
    const { result, lost } = resolveConflict(collection, put(mine), put(theirs));
    expect(
      [...((result as unknown as { value: Record<string, string[]> }).value[field] ?? [])].sort(),
    ).toEqual(expected);
    expect(lost).toBeUndefined();
  });

  it.each([
    [
      'this device edited later: its value wins, the other is kept as lost',
      LATE,
      EARLY,
      'evaluation',
      'proposal',
    ],
    [
      'the other device edited later: its value wins, this one is kept as lost',
      EARLY,
      LATE,
      'proposal',
      'evaluation',
    ],
  ])('scalars: %s', (_rule, mineAt, theirsAt, winner, loser) => {
    const mine = account({ stage: 'evaluation', updatedAt: mineAt });
    const theirs = account({ stage: 'proposal', updatedAt: theirsAt });
    const { result, lost } = resolveConflict('accounts', put(mine), put(theirs));
    expect((result as unknown as { value: { stage: string } }).value.stage).toBe(winner);
    expect((lost as unknown as { value: { stage: string } }).value.stage).toBe(loser);
  });

  it('sets: a union over the schema maximum keeps this side whole in the conflicts record', () => {
    const tags = (prefix: string) => Array.from({ length: 30 }, (_, i) => `${prefix}${i}`);
    const { result, lost } = resolveConflict(
      'notes',
      put(note('t', { tags: tags('m') })),
      put(note('t', { tags: tags('t') })),
    );
    expect((result as unknown as { value: { tags: string[] } }).value.tags).toHaveLength(50);
    expect((lost as unknown as { value: { tags: string[] } }).value.tags).toEqual(tags('m'));
  });

  it('accounts: discovery answers merge per question', () => {
    const mine = account({ discovery: { q1: 'a' }, updatedAt: LATE });
    const theirs = account({ discovery: { q2: 'b' } });
    const { result, lost } = resolveConflict('accounts', put(mine), put(theirs));
    expect((result as unknown as { value: { discovery: object } }).value.discovery).toEqual({
      q1: 'a',
      q2: 'b',
    });
    expect(lost).toBeUndefined();
  });

  it.each([
    [
      'an edit here beats a delete there (the delete is reported lost)',
      put(note('kept')),
      { op: 'delete' },
      'put',
      'delete',
    ],
    ['an edit there beats a delete here', { op: 'delete' }, put(note('kept')), 'put', 'delete'],
    ['two deletes stay deleted', { op: 'delete' }, { op: 'delete' }, 'delete', undefined],
    [
      'a put over a record the server no longer has is kept',
      put(note('kept')),
      { op: 'absent' },
      'put',
      'absent',
    ],
  ] as [string, SideState, SideState, string, string | undefined][])(
    '%s',
    (_rule, mine, theirs, op, lostOp) => {
      const { result, lost } = resolveConflict('notes', mine, theirs);
      expect(result.op).toBe(op);
      expect(lost?.op).toBe(lostOp);
    },
  );
});
