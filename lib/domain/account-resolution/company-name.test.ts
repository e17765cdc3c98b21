import { describe, expect, it } from 'vitest';
import {
  companyNameSimilarity,
  companyTokens,
  mentionsCompany,
  nameFromDomain,
  personNameKey,
} from './company-name';

describe('company names', () => {
  it.each([
    ['strips legal forms and punctuation', 'ACME Corp.', ['acme']],
    ['folds accents', 'Société Générale S.A.', ['societe', 'generale']],
    ['spells out ampersands', 'Marks & Spencer plc', ['marks', 'and', 'spencer']],
    ['keeps digits', '3M Company', ['3m']],
  ])('%s', (_rule, name, tokens) => {
    expect(companyTokens(name)).toEqual(tokens);
  });

  it.each([
    ['same company, different legal form', 'Acme Inc', 'Acme Corporation', 1],
    ['word order does not matter', 'Logistics Globex', 'Globex Logistics', 1],
    ['unrelated names are far apart', 'Acme', 'Globex', 0],
  ])('similarity: %s', (_rule, a, b, expected) => {
    expect(companyNameSimilarity(a, b)).toBeCloseTo(expected, 1);
  });

  it.each([
    ['finds a company named in a title', 'Acme Corp / Seller renewal check-in', 'Acme Corporation', true],
    ['needs every word of the name', 'Globex weekly', 'Globex Logistics', false],
  ])('mentions: %s', (_rule, text, name, expected) => {
    expect(mentionsCompany(text, name)).toBe(expected);
  });

  it('turns a domain into a readable name', () => {
    expect(nameFromDomain('www.umbrella-health.org')).toBe('Umbrella Health');
  });

  it.each([
    ['folds case, accents and spacing', 'DANA  Réyes', 'dana reyes'],
    ['drops the apps’ labels in parentheses', 'Lena Vogt (External)', 'lena vogt'],
    ['drops punctuation', "O'Neil, Sam", 'o neil sam'],
  ])('person names: %s', (_rule, name, key) => {
    expect(personNameKey(name)).toBe(key);
  });
});

describe('hidden characters in names', () => {
  it.each([
    ['a zero-width space does not split a person’s name', 'Da\u200Bna Reyes', 'dana reyes'],
    ['a bidi override is not part of a name', '\u202EDana Reyes\u202C', 'dana reyes'],
    ['compatibility forms fold (full-width letters)', 'Ｄａｎａ Reyes', 'dana reyes'],
  ])('%s', (_rule, name, key) => {
    expect(personNameKey(name)).toBe(key);
  });
  it('a zero-width space does not split a company name', () => {
    expect(companyTokens('North\u200Bwind Logistics')).toEqual(['northwind', 'logistics']);
  });
});
