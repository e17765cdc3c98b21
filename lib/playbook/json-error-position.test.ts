import { describe, expect, it } from 'vitest';
import { locateJsonError } from './json-error-position';

describe('locateJsonError', () => {
  it.each([
    ['valid JSON has no error', '{"a": [1, 2.5e3, "x\\n", true, null]}', undefined],
    ['a missing value', '{"a": }', { position: 6, line: 1, column: 7 }],
    ['an unquoted key', '{a: 1}', { position: 1, reason: 'expected a property name in double quotes' }],
    ['a trailing comma in an object', '{"a": 1,}', { position: 8, reason: 'trailing comma before "}"' }],
    [
      'a trailing comma in an array',
      '[1,\n 2,\n]',
      { position: 8, line: 3, column: 1, reason: 'trailing comma before "]"' },
    ],
    ['an unterminated string', '["abc', { position: 5, reason: 'unterminated string' }],
    [
      'text after the value',
      '{} x',
      { position: 3, reason: 'unexpected "x" after the end of the JSON value' },
    ],
    ['an empty text', '', { position: 0, reason: 'unexpected end of the text' }],
    ['a single-quoted string', "['a']", { position: 1, reason: 'unexpected "\'"' }],
  ])('%s', (_rule, text, expected) => {
    const found = locateJsonError(text);
    if (expected === undefined) expect(found).toBeUndefined();
    else expect(found).toMatchObject(expected);
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    for (const text of [
      '1',
      '-0.5',
      '"\\u00e9"',
      '[[]]',
      '{"a":{"b":[]}}',
      '01',
      '1.',
      '+1',
      '"\\x"',
      'tru',
    ]) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(locateJsonError(text) === undefined, text).toBe(valid);
    }
  });
});
