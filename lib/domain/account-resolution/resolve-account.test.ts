import { describe, expect, it } from 'vitest';
import { resolveAccount } from './resolve-account';
import type { KnownAccount, KnownPerson, ResolutionPage, ResolveInput } from './types';

const acme: KnownAccount = {
  id: 'a_acme',
  name: 'Acme Corporation',
  domain: 'acme.com',
  crmKeys: ['salesforce:Account:001A'],
};
const globex: KnownAccount = {
  id: 'a_globex',
  name: 'Globex Logistics',
  domain: 'globex-logistics.com',
  crmKeys: [],
};
const stark: KnownAccount = { id: 'a_stark', name: 'Stark Manufacturing GmbH', crmKeys: [] };
const own: KnownAccount = { id: 'a_own', name: 'Seller', domain: 'seller.io', crmKeys: [] };
const accounts = [acme, globex, stark, own];
const people: KnownPerson[] = [
  { accountId: 'a_acme', name: 'Dana Reyes', email: 'dana.reyes@acme.com' },
  { accountId: 'a_acme', name: 'Marcus Lindqvist' },
  { accountId: 'a_globex', name: 'Hannah Okafor', email: 'hannah@globex-logistics.com' },
];

const page = (overrides: Partial<ResolutionPage>): ResolutionPage => ({
  app: 'gmail',
  surface: 'email',
  people: [],
  threadParticipants: [],
  userEmail: 'riley@seller.io',
  ...overrides,
});
const resolve = (p: ResolutionPage | undefined, extra: Partial<ResolveInput> = {}) =>
  resolveAccount({ page: p, accounts, people, ...extra });

describe('resolveAccount', () => {
  it.each([
    [
      'resolves a CRM record from its bound key, with full confidence',
      page({ app: 'salesforce', surface: 'crm', record: { type: 'Account', id: '001A' } }),
      { accountId: 'a_acme', method: 'crm-id', confidence: 1 },
    ],
    [
      "resolves a thread from the external participants' email domain",
      page({
        threadParticipants: [
          { name: 'X', email: 'ceo@acme.com' },
          { name: 'Me', email: 'riley@seller.io' },
        ],
      }),
      { accountId: 'a_acme', method: 'email-domain', confidence: 0.9 },
    ],
    [
      'counts subdomains as the company (eu.acme.com is Acme)',
      page({ threadParticipants: [{ name: 'X', email: 'ops@eu.acme.com' }] }),
      { accountId: 'a_acme', method: 'email-domain' },
    ],
    [
      "never takes the user's own domain for the customer",
      page({ threadParticipants: [{ name: 'Colleague', email: 'sam@seller.io' }] }),
      { accountId: null, method: null },
    ],
    [
      'ignores free-mail domains and falls back to a known address',
      page({
        threadParticipants: [
          { name: 'Dana', email: 'dana.reyes@acme.com' },
          { name: 'Y', email: 'y@gmail.com' },
        ],
      }),
      { accountId: 'a_acme', method: 'email-domain' },
    ],
    [
      'picks the most frequent account and lowers confidence when domains disagree evenly',
      page({
        threadParticipants: [
          { name: 'A', email: 'a@acme.com' },
          { name: 'B', email: 'b@globex-logistics.com' },
        ],
      }),
      { method: 'email-domain', confidence: 0.5 },
    ],
    [
      'resolves a call from known people recognised by name',
      page({ app: 'meet', surface: 'call', people: [{ name: 'Dana Reyes' }, { name: 'Marcus Lindqvist' }] }),
      { accountId: 'a_acme', method: 'name', confidence: 0.75 },
    ],
    [
      'resolves a call from the company named in the meeting title',
      page({ app: 'zoom', surface: 'call', meetingTitle: 'Globex Logistics - telematics pilot review' }),
      { accountId: 'a_globex', method: 'name', confidence: 0.6 },
    ],
    [
      'resolves a call from a calendar-style title that names the account by its first word',
      page({ app: 'meet', surface: 'call', meetingTitle: 'Stark Freight — discovery' }),
      { accountId: 'a_stark', method: 'name', confidence: 0.45 },
    ],
    [
      'resolves a "<>" calendar title, never taking the seller’s own company',
      page({ app: 'meet', surface: 'call', meetingTitle: 'Seller <> Globex weekly' }),
      { accountId: 'a_globex', method: 'name' },
    ],
    [
      'resolves a CRM page from a fuzzy account name (legal form, case and accents ignored)',
      page({ app: 'dynamics', surface: 'crm', account: { name: 'STARK MANUFACTURING' } }),
      { accountId: 'a_stark', method: 'name' },
    ],
    [
      'tolerates a small typo in the account name',
      page({ app: 'hubspot', surface: 'crm', account: { name: 'Globex Logistic' } }),
      { accountId: 'a_globex', method: 'name' },
    ],
    [
      "resolves a CRM page from the record's website",
      page({ app: 'pipedrive', surface: 'crm', account: { name: 'Unknown Name', domain: 'acme.com' } }),
      { accountId: 'a_acme', method: 'email-domain', confidence: 0.85 },
    ],
    [
      'does not match a mere word of a longer name',
      page({ app: 'meet', surface: 'call', meetingTitle: 'Weekly logistics stand-up' }),
      { accountId: null },
    ],
    [
      'says a tab that is no app is not read',
      undefined,
      { accountId: null, reason: 'This tab is not an app Motive reads.' },
    ],
  ])('%s', (_rule, p, expected) => {
    expect(resolve(p)).toMatchObject(expected);
  });

  it('explains a domain match in the rep’s words', () => {
    const result = resolve(page({ threadParticipants: [{ name: 'X', email: 'ceo@acme.com' }] }));
    expect(result.reason).toBe('Matched on acme.com from the email participants.');
  });

  it('the rep’s choice for this page wins over the CRM record and every guess', () => {
    const crm = page({ app: 'salesforce', surface: 'crm', record: { type: 'Account', id: '001A' } });
    expect(resolve(crm, { binding: { accountId: 'a_globex', label: 'this record' } })).toMatchObject({
      accountId: 'a_globex',
      method: 'manual',
      confidence: 1,
      reason: 'You chose Globex Logistics for this record.',
    });
  });
  it('ignores a choice for an account that no longer exists', () => {
    expect(resolve(undefined, { binding: { accountId: 'a_gone', label: 'this tab' } }).accountId).toBeNull();
  });
  it.each([
    [
      'suggests the CRM account name, website and record key',
      page({
        app: 'salesforce',
        surface: 'crm',
        record: { type: 'Account', id: '001Z' },
        account: { name: 'Initech', domain: 'initech.com' },
      }),
      { name: 'Initech', domain: 'initech.com', crmKey: 'salesforce:Account:001Z' },
    ],
    [
      'suggests a name from the most frequent external domain',
      page({
        threadParticipants: [
          { name: 'A', email: 'a@umbrella-health.org' },
          { name: 'B', email: 'b@umbrella-health.org' },
        ],
      }),
      { name: 'Umbrella Health', domain: 'umbrella-health.org' },
    ],
  ])('when unresolved, %s', (_rule, p, suggestion) => {
    expect(resolve(p)).toMatchObject({ accountId: null, confidence: 0, suggestion });
  });
});
