import { describe, expect, it } from 'vitest';
import { loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { parseHubspotUrl } from './hubspot-url';
import { readHubspot } from './read-hubspot';

describe('parseHubspotUrl', () => {
  it.each([
    [
      'reads a company record',
      'https://app.hubspot.com/contacts/4417723/record/0-2/18230055811',
      'company',
      'Company',
      '18230055811',
    ],
    [
      'reads a contact record',
      'https://app.hubspot.com/contacts/4417723/record/0-1/90111',
      'contact',
      'Contact',
      '90111',
    ],
    [
      'reads a deal record',
      'https://app.hubspot.com/contacts/4417723/record/0-3/31557001/view/1',
      'deal',
      'Deal',
      '31557001',
    ],
    [
      'maps the legacy contact URL to the same record type',
      'https://app-eu1.hubspot.com/contacts/4417723/contact/90111',
      'contact',
      'Contact',
      '90111',
    ],
    [
      'maps the legacy company URL',
      'https://app.hubspot.com/contacts/4417723/company/18230055811/',
      'company',
      'Company',
      '18230055811',
    ],
  ])('%s', (_rule, href, kind, type, id) => {
    expect(parseHubspotUrl(new URL(href))).toEqual({ kind, record: { type, id } });
  });

  it.each([
    ['ignores list views', 'https://app.hubspot.com/contacts/4417723/objects/0-2/views/all/list'],
    ['ignores custom objects', 'https://app.hubspot.com/contacts/4417723/record/2-7781/12'],
    ['ignores the reports tool', 'https://app.hubspot.com/reports-dashboard/4417723/view/1'],
    ['ignores a non-numeric id', 'https://app.hubspot.com/contacts/4417723/record/0-1/abc'],
  ])('%s', (_rule, href) => {
    expect(parseHubspotUrl(new URL(href))).toBeNull();
  });
});

describe('readHubspot over fixtures', () => {
  it.each([
    [
      'a company: name, domain and associated contacts from data-test-id anchors',
      'hubspot/2026-11-19-company.html',
      'https://app.hubspot.com/contacts/4417723/record/0-2/18230055811',
      { name: 'Globex Logistics', domain: 'globex-logistics.com' },
      ['Hannah Okafor', 'Tomás Ibáñez'],
    ],
    [
      'a legacy contact: the contact and the associated company from data-selenium-test anchors',
      'hubspot/2026-11-19-contact.html',
      'https://app-eu1.hubspot.com/contacts/4417723/contact/90111',
      { name: 'Globex Logistics' },
      ['Hannah Okafor'],
    ],
    [
      'a deal: the associated company and contacts',
      'hubspot/2026-11-19-deal.html',
      'https://app.hubspot.com/contacts/4417723/record/0-3/31557001',
      { name: 'Globex Logistics' },
      ['Tomás Ibáñez'],
    ],
  ])('reads %s', (_what, file, url, account, names) => {
    const read = readHubspot(loadFixture(file, url), new URL(url));
    expect(read.readStatus).toBe('ok');
    expect(read.account).toEqual(account);
    expect(read.people.map((p) => p.name)).toEqual(names);
  });

  it('keeps the legacy contact email found as plain text', () => {
    const url = 'https://app-eu1.hubspot.com/contacts/4417723/contact/90111';
    const read = readHubspot(loadFixture('hubspot/2026-11-19-contact.html', url), new URL(url));
    expect(read.people[0]?.email).toBe('hannah.okafor@globex-logistics.com');
  });
});
