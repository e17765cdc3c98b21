import { describe, expect, it } from 'vitest';
import type { Evidence } from '../records';
import { customerQuotes, evidenceSide, isCustomerWords, speakerLabel } from './evidence-side';

const AT = '2026-11-20T10:00:00.000Z';
const evidence = (over: Partial<Evidence>): Evidence => ({
  id: 'e1',
  accountId: 'a1',
  motivation: 'relief',
  source: 'caption',
  quote: 'We lose every Monday to reconciliation.',
  at: AT,
  status: 'suggested',
  weight: 0.8,
  createdAt: AT,
  updatedAt: AT,
  ...over,
});

describe('whose words evidence is', () => {
  it.each<[string, Partial<Evidence>, string, boolean, string]>([
    [
      'a known buyer on a call is the customer',
      { side: 'buyer', speaker: 'Dana Reyes' },
      'buyer',
      true,
      'Dana Reyes',
    ],
    [
      'the rep’s note is the rep’s observation',
      { side: 'rep-note', source: 'note' },
      'rep-note',
      false,
      'Your note',
    ],
    [
      'a discovery answer is the rep’s words too',
      { side: 'rep-note', source: 'answer' },
      'rep-note',
      false,
      'Your discovery answer',
    ],
    [
      'an unnamed speaker stays unknown',
      { side: 'unknown', speaker: 'Unknown speaker' },
      'unknown',
      false,
      'Unknown speaker',
    ],
    [
      'a speaker not saved as a person is not the customer yet',
      { side: 'unknown', speaker: 'Jordan Blake' },
      'unknown',
      false,
      'Jordan Blake (not named as a person yet)',
    ],
    [
      'once linked to a person, an unknown speaker is the customer',
      { side: 'unknown', speaker: 'Jordan Blake', personId: 'p1' },
      'buyer',
      true,
      'Jordan Blake',
    ],
    [
      'an old note row without a side is the rep’s',
      { source: 'note', speaker: undefined },
      'rep-note',
      false,
      'Your note',
    ],
    [
      'an old email row without a side is the buyer’s',
      { source: 'email', speaker: 'Lena Vogt' },
      'buyer',
      true,
      'Lena Vogt',
    ],
    [
      'a rejected quote is nobody’s words',
      { side: 'buyer', status: 'rejected', speaker: 'Dana' },
      'buyer',
      false,
      'Dana',
    ],
  ])('%s', (_rule, over, side, customer, label) => {
    const e = evidence(over);
    expect(evidenceSide(e)).toBe(side);
    expect(isCustomerWords(e)).toBe(customer);
    expect(speakerLabel(e)).toBe(label);
  });

  it('the customer’s quotes leave out notes, unknown speakers and suggestions unless asked', () => {
    const rows = [
      evidence({ id: 'buyer-ok', side: 'buyer', status: 'confirmed' }),
      evidence({ id: 'buyer-suggested', side: 'buyer' }),
      evidence({ id: 'note', side: 'rep-note', source: 'note', status: 'confirmed' }),
      evidence({ id: 'unknown', side: 'unknown', status: 'confirmed' }),
    ];
    expect(customerQuotes(rows).map((e) => e.id)).toEqual(['buyer-ok']);
    expect(customerQuotes(rows, { includeSuggested: true }).map((e) => e.id)).toEqual([
      'buyer-ok',
      'buyer-suggested',
    ]);
  });
});
