import { describe, expect, it } from 'vitest';
import { writeTarget, type WriteTarget } from './write-target';

describe('writeTarget', () => {
  it.each<[string, string, string | null, WriteTarget]>([
    [
      'the panel shows the source tab’s account: write there',
      'a_lake',
      'a_lake',
      { kind: 'write', accountId: 'a_lake' },
    ],
    [
      'the source tab resolves no account: the panel’s is the only one',
      'a_lake',
      null,
      { kind: 'write', accountId: 'a_lake' },
    ],
    [
      'the panel and the source tab disagree: ask, write nothing yet',
      'a_nw',
      'a_lake',
      { kind: 'ask', sourceAccountId: 'a_lake', shownAccountId: 'a_nw' },
    ],
  ])('%s', (_rule, shown, source, expected) => {
    expect(writeTarget({ shownAccountId: shown, sourceAccountId: source })).toEqual(expected);
  });
});
