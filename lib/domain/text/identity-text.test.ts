import { describe, expect, it } from 'vitest';
import { cleanIdentityText, hasHiddenCharacters, nameMatchKey } from './identity-text';

describe('cleanIdentityText', () => {
  it.each([
    ['strips a right-to-left override that disguises a domain', 'evil\u202Emoc.live', 'evilmoc.live'],
    ['strips zero-width spaces inside a name', 'Da\u200Bna', 'Dana'],
    ['strips isolates and marks', '\u2067Dana\u2069 \u200FLee', 'Dana Lee'],
    ['strips a byte-order mark and soft hyphens', '\uFEFFAn\u00ADna', 'Anna'],
    ['folds white space', '  Dana   Lee \n', 'Dana Lee'],
    ['keeps letters of every script', 'Łukasz 李 Müller', 'Łukasz 李 Müller'],
  ])('%s', (_rule, text, expected) => {
    expect(cleanIdentityText(text)).toBe(expected);
  });
});

describe('hasHiddenCharacters', () => {
  it.each([
    ['sees an override', 'a\u202Eb', true],
    ['sees a zero-width joiner-free space', 'a\u200Bb', true],
    ['plain text has none', 'Dana Lee', false],
  ])('%s', (_rule, text, expected) => {
    expect(hasHiddenCharacters(text)).toBe(expected);
  });
});

describe('nameMatchKey', () => {
  it.each([
    ['matches a name with a hidden zero-width space', 'Da\u200Bna', 'dana'],
    ['folds full-width letters (NFKC)', 'Ｄａｎａ', 'dana'],
    ['folds case', 'DANA LEE', 'dana lee'],
  ])('%s', (_rule, text, expected) => {
    expect(nameMatchKey(text)).toBe(expected);
  });
});
