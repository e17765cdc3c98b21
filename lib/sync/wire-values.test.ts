import { describe, expect, it } from 'vitest';
import { repairForWire } from './wire-repair';
import { findUnstorable, jsonTextDepth } from './wire-values';
import { refusalOf } from './refusal-of';
import { SyncHttpError } from './transport';

const deep = (levels: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < levels; i++) v = { d: v };
  return v;
};

describe('findUnstorable', () => {
  it.each([
    ['plain text, emoji and other scripts are storable', { text: 'déjà 😀 日本' }, null],
    ['a NUL in a string is named by its path', { a: ['x', 'y\u0000'] }, 'a.1'],
    ['a lone high surrogate is named', { text: '😀'.slice(0, 1) }, 'text'],
    ['a lone low surrogate in a key is named', { ['\uDE00']: 1 }, '?'],
    ['a non-finite number is named', { n: Infinity }, 'n'],
    ['the first offending field in order is the one named', { a: 'x\u0000', b: 'y\u0000' }, 'a'],
    ['nesting past the limit is named where it starts to be too deep', deep(70), 'd.d.d.d.d.d.d.d.…'],
    ['nesting up to the limit is storable', [deep(63)], null],
    ['one level more is not', [deep(64)], '0.d.d.d.d.d.d.d.…'],
  ])('%s', (_rule, value, path) => {
    const found = findUnstorable(value);
    if (path === null) expect(found).toBeNull();
    else expect(found?.path.startsWith(path)).toBe(true);
  });

  it('walks a 100,000-level value without recursion', () => {
    expect(findUnstorable(deep(100_000))?.problem).toMatch(/deeper than 64/);
  });
});

describe('jsonTextDepth', () => {
  it.each([
    ['counts objects and arrays', '{"a":[{"b":1}]}', 3],
    ['ignores brackets inside strings', '{"a":"[[[{{{"}', 1],
    ['ignores escaped quotes inside strings', '{"a":"\\"[[["}', 1],
    ['stops counting past the limit', `${'['.repeat(5000)}${']'.repeat(5000)}`, 1001],
  ])('%s', (_rule, text, depth) => {
    expect(jsonTextDepth(text)).toBe(depth);
  });
});

describe('repairForWire', () => {
  it.each([
    ['a lone surrogate becomes U+FFFD', 'ok \uD83D', 'ok \uFFFD'],
    ['a NUL becomes U+FFFD', 'a\u0000b', 'a\uFFFDb'],
    ['whole emoji are kept', 'ok 😀', 'ok 😀'],
  ])('%s', (_rule, text, expected) => {
    expect(repairForWire({ text, list: [text] })).toEqual({ text: expected, list: [expected] });
  });
});

describe('refusalOf', () => {
  const error = (status: number, message: string) => new SyncHttpError(status, 'x', message);
  it.each([
    [
      'a 400 naming a change blames that change',
      error(400, 'changes.3.value.text: bad'),
      5,
      { kind: 'change', index: 3 },
    ],
    ['a 413 for a lone change blames it', error(413, 'body: too large'), 1, { kind: 'change', index: 0 }],
    ['a 413 for many changes halves the batch', error(413, 'body: too large'), 8, { kind: 'narrow' }],
    ['a 400 naming no change halves the batch', error(400, 'value refused'), 8, { kind: 'narrow' }],
    [
      'a refused cursor restarts the pull',
      error(400, 'cursor: ahead of this workspace'),
      0,
      { kind: 'cursor' },
    ],
    ['a 400 with nothing sent is an error to report', error(400, 'clientId: bad'), 0, null],
    ['a 401 is never a change’s fault', error(401, 'Authorization: unknown'), 3, null],
    ['a 5xx is retried, not refused', error(503, 'down'), 3, null],
  ])('%s', (_rule, err, size, expected) => {
    expect(refusalOf(err, size)).toEqual(expected);
  });
});
