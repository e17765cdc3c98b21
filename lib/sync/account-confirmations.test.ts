import { describe, expect, it } from 'vitest';
import { VALUE_SCHEMAS } from './protocol';
import { accountSchema } from '../domain/records';

const base = {
  id: 'a1',
  name: 'Acme',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};
const confirmation = {
  value: 'We lose 12 hours a week',
  quote: 'We lose 12 hours a week',
  at: '2026-11-03T10:00:00.000Z',
};

describe('the confirmations stored on the account', () => {
  it.each([
    ['an account without confirmations (every row written before them)', {}, true],
    [
      'a confirmed field with its quote and time',
      { qualification: { 'meddicc.metrics': confirmation } },
      true,
    ],
    [
      'a confirmation without a value',
      { qualification: { 'meddicc.metrics': { ...confirmation, value: '' } } },
      false,
    ],
    ['a confirmation without a time', { qualification: { 'meddicc.metrics': { value: 'x' } } }, false],
    ['a key longer than 64 characters', { qualification: { ['x'.repeat(65)]: confirmation } }, false],
  ])('%s: valid %s', (_what, extra, valid) => {
    expect(accountSchema.safeParse({ ...base, ...extra }).success).toBe(valid);
  });

  it('travels over sync unchanged (the server checks accounts with the same schema)', () => {
    const value = { ...base, qualification: { 'bant.need': confirmation } };
    expect(VALUE_SCHEMAS.accounts.parse(value)).toMatchObject({
      qualification: { 'bant.need': confirmation },
    });
  });
});
