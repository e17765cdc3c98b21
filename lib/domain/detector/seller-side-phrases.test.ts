import { describe, expect, it } from 'vitest';
import { normaliseTokens } from './normalise-tokens';
import { withoutSellerPhrases } from './seller-side-phrases';

const kept = (text: string) =>
  withoutSellerPhrases(normaliseTokens(text))
    .map((t) => t.word)
    .join(' ');

describe('withoutSellerPhrases', () => {
  it.each([
    ['no second person: unchanged', 'Our CFO signs off.', 'our cfo signs off'],
    ['the phrase and its verb', 'Your security team will review it.', 'it'],
    ['a plural or possessive person', "Your architects' notes were clear to us.", 'to us'],
    ['stops where the buyer speaks again', 'Your engineer and our architects met.', 'and our architects met'],
    ['stops at "to"', 'Your team has to pass our review.', 'to pass our review'],
    ['every phrase in the sentence', 'Your AE and your SE called.', 'and'],
    ['inside a negation too', "We don't need your engineers on site.", "we don't !need"],
    [
      'a phrase naming a thing, not people, stays',
      'Send me your security whitepaper first.',
      'send me your security whitepaper first',
    ],
    [
      'the buyer describing themself stays',
      "I'll be your champion internally.",
      "i'll be your champion internally",
    ],
  ])('%s', (_case, text, want) => {
    expect(kept(text)).toBe(want);
  });

  it('returns the same tokens when there is nothing to leave out (no refeaturising)', () => {
    const tokens = normaliseTokens('Our CFO signs off.');
    expect(withoutSellerPhrases(tokens)).toBe(tokens);
  });
});
