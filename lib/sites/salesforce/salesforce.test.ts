import { describe, expect, it } from 'vitest';
import { documentFrom, loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { createSelectorTrace } from '../dom/selector-set';
import { readSalesforce } from './read-salesforce';
import { parseSalesforceUrl } from './salesforce-url';

const ORG = 'https://northwind-sales.lightning.force.com';

describe('parseSalesforceUrl', () => {
  it.each([
    ['reads an Account record URL', '/lightning/r/Account/001Hs00003ZkQpLIAV/view', 'account', 'Account'],
    [
      'reads an Opportunity record URL',
      '/lightning/r/Opportunity/006Hs00001TyUiOIAV/view',
      'opportunity',
      'Opportunity',
    ],
    [
      'infers the object from the id prefix in the short form',
      '/lightning/r/003Hs00004QwErTIAV/view',
      'contact',
      'Contact',
    ],
    ['accepts 15-character ids', '/lightning/r/Account/001Hs00003ZkQpL/view', 'account', 'Account'],
    ['reads a Lead record URL', '/lightning/r/Lead/00QHs00001aBcDeMAO/view', 'lead', 'Lead'],
    [
      'infers a Lead from the 00Q prefix in the short form',
      '/lightning/r/00QHs00001aBcDeMAO/view',
      'lead',
      'Lead',
    ],
    [
      'accepts the related-list tab of a record',
      '/lightning/r/Account/001Hs00003ZkQpLIAV/related/Contacts/view',
      'account',
      'Account',
    ],
  ])('%s', (_rule, path, kind, type) => {
    const parsed = parseSalesforceUrl(new URL(`${ORG}${path}`));
    expect(parsed?.kind).toBe(kind);
    expect(parsed?.record?.type).toBe(type);
  });

  it.each([
    ['ignores list views', '/lightning/o/Account/list'],
    ['ignores the home page', '/lightning/page/home'],
    ['ignores objects Motive does not read', '/lightning/r/Case/500Hs00000AbCdEIAV/view'],
    ['ignores a malformed id', '/lightning/r/Account/not-an-id/view'],
  ])('%s', (_rule, path) => {
    expect(parseSalesforceUrl(new URL(`${ORG}${path}`))).toBeNull();
  });
});

describe('readSalesforce over fixtures', () => {
  it('reads the account name and website from the shadow-DOM highlights panel, and related contacts', () => {
    const url = `${ORG}/lightning/r/Account/001Hs00003ZkQpLIAV/view`;
    const read = readSalesforce(loadFixture('salesforce/2026-11-20-account.html', url), new URL(url));
    expect(read).toMatchObject({
      readStatus: 'ok',
      record: { type: 'Account', id: '001Hs00003ZkQpLIAV' },
      account: { name: 'Acme Corporation', domain: 'acme.com' },
    });
    expect(read.people).toEqual([
      { name: 'Dana Reyes', email: 'dana.reyes@acme.com', title: 'VP Operations' },
      { name: 'Marcus Lindqvist', email: 'm.lindqvist@acme.com', title: 'CFO' },
      { name: 'Priya Natarajan', email: 'priya.n@acme.com', title: 'IT Security Lead' },
    ]);
  });

  it('reads the account of an opportunity from its lookup link, whatever the label language', () => {
    const url = `${ORG}/lightning/r/Opportunity/006Hs00001TyUiOIAV/view`;
    const read = readSalesforce(loadFixture('salesforce/2026-11-20-opportunity.html', url), new URL(url));
    expect(read.account?.name).toBe('Acme Corporation');
    expect(read.record).toEqual({ type: 'Opportunity', id: '006Hs00001TyUiOIAV' });
    expect(read.people.map((p) => p.name)).toEqual(['Dana Reyes', 'Marcus Lindqvist']);
  });

  it('reads a contact page: the contact is a person, the lookup gives the account', () => {
    const url = `${ORG}/lightning/r/003Hs00004QwErTIAV/view`;
    const read = readSalesforce(loadFixture('salesforce/2026-11-20-contact.html', url), new URL(url));
    expect(read.account?.name).toBe('Acme Corporation');
    expect(read.people[0]).toEqual({ name: 'Dana Reyes', email: 'dana.reyes@acme.com' });
  });

  it('says what is missing when the highlights panel is gone, and records which selectors failed', () => {
    const url = `${ORG}/lightning/r/Account/001Hs00003ZkQpLIAV/view`;
    const trace = createSelectorTrace();
    const read = readSalesforce(
      loadFixture('salesforce/2026-11-20-contact.html', url).implementation.createHTMLDocument(''),
      new URL(url),
      trace,
    );
    expect(read.readStatus).toBe('partial');
    expect(read.missing).toEqual(['record name', 'account name']);
    expect(trace.outcomes.find((o) => o.name === 'record name')?.matched).toBeNull();
  });
});

describe("a person's name in lightning-formatted-name", () => {
  const CONTACT_URL = `${ORG}/lightning/r/Contact/003Hs00004QwErTIAV/view`;
  const name = '<lightning-formatted-name slot="primaryField">Dr. Ama Mensah</lightning-formatted-name>';

  it.each([
    [
      'inside a native shadow root',
      `<records-highlights2><template shadowrootmode="open"><h1><slot name="primaryField">${name}</slot></h1></template></records-highlights2>`,
    ],
    [
      'rendered as light DOM by synthetic shadow',
      `<records-highlights2><h1><slot name="primaryField">${name}</slot></h1></records-highlights2>`,
    ],
    [
      'in a bare primary field slot (no highlights host)',
      `<div><slot name="primaryField">${name}</slot></div>`,
    ],
  ])('is read as the contact %s', (_where, html) => {
    const read = readSalesforce(documentFrom(html, CONTACT_URL), new URL(CONTACT_URL));
    expect(read.people[0]?.name).toBe('Dr. Ama Mensah');
    expect(read.missing).not.toContain('record name');
  });
});
