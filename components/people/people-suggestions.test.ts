import { describe, expect, it } from 'vitest';
import { suggestPeople } from './people-suggestions';

const KNOWN = [{ name: 'Dana Ruiz', email: 'dana@acme.com' }, { name: 'Lee Park' }];

describe('suggestPeople', () => {
  it.each([
    ['someone new on the thread is suggested', { name: 'Sam Wu', email: 'sam@acme.com' }, true],
    [
      'a known email is not suggested again, whatever the case',
      { name: 'D. Ruiz', email: 'DANA@acme.com' },
      false,
    ],
    ['a known name without email is not suggested again', { name: 'lee park' }, false],
    ['the rep is never suggested', { name: 'Me', email: 'rep@seller.io' }, false],
    ['the rep’s colleagues are never suggested', { name: 'Boss', email: 'boss@seller.io' }, false],
  ])('%s', (_rule, person, suggested) => {
    expect(suggestPeople([person], KNOWN, 'rep@seller.io').length).toBe(suggested ? 1 : 0);
  });

  it('lists a person seen twice once', () => {
    const sam = { name: 'Sam Wu', email: 'sam@acme.com' };
    expect(suggestPeople([sam, { ...sam, email: 'Sam@acme.com' }], KNOWN)).toHaveLength(1);
  });
});
