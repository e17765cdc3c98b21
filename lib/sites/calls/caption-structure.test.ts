import { describe, expect, it } from 'vitest';
import { isNameLike } from './caption-structure';

describe('isNameLike', () => {
  it.each([
    ['a display name is a name', 'Hannah Okafor', true],
    ['a name in another script is a name', 'Анна Ковалёва', true],
    ["Meet's label for the user is a name", 'You', true],
    ['an initials bubble is not a name', 'DS', false],
    ['hidden characters alone are not a name', '\u200B\u2067\u2069', false],
    ['a sentence longer than 100 characters is not a name', 'word '.repeat(30), false],
  ])('%s', (_rule, text, expected) => {
    expect(isNameLike(text)).toBe(expected);
  });
});
