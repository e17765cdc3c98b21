import { describe, expect, it } from 'vitest';
import { cutText, withoutLoneSurrogates } from './cut-text';

const isWellFormed = (s: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('cutText', () => {
  it.each([
    ['keeps text shorter than the limit', 'hello', 10, {}, 'hello'],
    ['cuts plain text at the limit', 'hello world', 5, {}, 'hello'],
    ['never splits an emoji: counts code points', 'ab😀cd', 3, {}, 'ab😀'],
    ['an emoji at the edge is kept whole', '😀😀😀', 2, {}, '😀😀'],
    ['ends a cut text with an ellipsis that fits the limit', 'hello world', 6, { ellipsis: true }, 'hello…'],
    ['adds no ellipsis when nothing was cut', 'hi', 6, { ellipsis: true }, 'hi'],
    ['a limit of zero gives the empty string', 'abc', 0, {}, ''],
  ])('%s', (_rule, text, max, options, expected) => {
    expect(cutText(text, max, options)).toBe(expected);
  });

  it('never leaves a lone surrogate, whatever the cut', () => {
    const text = '👩‍💼 said 🚀 launch 😀'.repeat(3);
    for (let max = 0; max <= Array.from(text).length + 1; max++) {
      expect(isWellFormed(cutText(text, max))).toBe(true);
      expect(isWellFormed(cutText(text, max, { ellipsis: true }))).toBe(true);
    }
  });
});

describe('withoutLoneSurrogates', () => {
  it.each([
    ['replaces a lone high surrogate', 'a\uD83Db', 'a\uFFFDb'],
    ['replaces a lone low surrogate', 'a\uDE00b', 'a\uFFFDb'],
    ['keeps a whole pair', 'a😀b', 'a😀b'],
  ])('%s', (_rule, text, expected) => {
    expect(withoutLoneSurrogates(text)).toBe(expected);
  });
});
