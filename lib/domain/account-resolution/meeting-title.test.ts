import { describe, expect, it } from 'vitest';
import { matchTitleToAccount } from './meeting-title';
import type { KnownAccount } from './types';

const account = (id: string, name: string, domain?: string): KnownAccount => ({
  id,
  name,
  crmKeys: [],
  ...(domain ? { domain } : {}),
});
const northwind = account('a_nw', 'Northwind Logistics', 'northwind.example');
const acme = account('a_acme', 'Acme Corporation', 'acme.com');
const globex = account('a_globex', 'Globex Logistics');
const lakeside = account('a_lake', 'Lakeside Health');
const accounts = [northwind, acme, globex, lakeside];

describe('matchTitleToAccount', () => {
  it.each([
    ['a title that names the whole account', 'Globex Logistics - telematics pilot review', 'a_globex'],
    [
      'a calendar title whose first word is the account’s distinctive word',
      'Northwind Freight — discovery',
      'a_nw',
    ],
    ['a "<>" calendar title, the seller’s own company ignored', 'Acme <> Motive weekly', 'a_acme'],
    ['a "|" title with the company second', 'Weekly sync | Lakeside', 'a_lake'],
    ['a small typo in the company word', 'Nortwind Logistics: kickoff', 'a_nw'],
    ['hidden zero-width characters inside the name', 'North\u200Bwind Freight — discovery', 'a_nw'],
  ])('matches %s', (_rule, title, expected) => {
    expect(matchTitleToAccount(title, accounts)?.account.id).toBe(expected);
  });

  it.each([
    ['a generic word shared with an account name', 'Weekly logistics stand-up'],
    ['a title naming no account', 'Quarterly planning'],
    ['two accounts named equally strongly', 'Acme <> Globex Logistics intro'],
    ['two accounts opening parts of the title', 'Northwind <> Lakeside intro'],
    ['an empty title', '   '],
  ])('does not match %s', (_rule, title) => {
    expect(matchTitleToAccount(title, accounts)).toBeUndefined();
  });

  it('says why, in the rep’s words, quoting the title', () => {
    expect(matchTitleToAccount('Northwind Freight — discovery', accounts)?.reason).toBe(
      'The meeting title “Northwind Freight — discovery” starts with “Northwind”, like Northwind Logistics.',
    );
  });

  it('is surer when the whole name is in the title than when one word is', () => {
    const whole = matchTitleToAccount('Northwind Logistics — discovery', accounts)!;
    const word = matchTitleToAccount('Northwind Freight — discovery', accounts)!;
    expect(whole.confidence).toBeGreaterThan(word.confidence);
  });
});
