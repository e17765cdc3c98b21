import { describe, expect, it } from 'vitest';
import { normaliseTokens, stem } from './normalise-tokens';

const words = (text: string) => normaliseTokens(text).map((t) => t.word);

describe('normaliseTokens', () => {
  it.each([
    ['We need it. Now!', ['we', 'need', 'it', 'now']],
    ['um so we we need it you know', ['so', 'we', 'need', 'it']],
    ['the the the report', ['the', 'report']],
    ['uh i mean it works', ['it', 'works']],
  ])('normalises "%s" (lower case, fillers and stutters dropped)', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ['we are not using spreadsheets', ['we', 'are', 'not', '!using', '!spreadsheets']],
    ['we are not worried about audits', ['!we', '!are', 'not', '!worried', '!about', '!audits']],
    ["security isn't a concern", ['!security', "isn't", '!a', '!concern']],
    ['not cheap but secure', ['not', '!cheap', 'but', 'secure']],
    ['no, we are fine', ['no', 'we', 'are', 'fine']],
    ["i don't want another tool", ['i', "don't", 'want', 'another', 'tool']],
    ["nobody's checking it", ["nobody's", '!checking', '!it']],
  ])('marks the negation scope in "%s"', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps hyphenated compounds whole, so "risk-free" is not "risk"', () => {
    expect(words('a risk-free trial')).toEqual(['a', 'risk-free', 'trial']);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Hi, we are SWAMPED.';
    for (const t of normaliseTokens(text)) {
      expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.word.replace(/^!/, ''));
    }
  });

  it.each([
    ['workflows', 'workflow'],
    ['scaling', 'scal'],
    ['worried', 'worri'],
    ['companies', 'company'],
    ['process', 'process'],
  ])('stems %s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
