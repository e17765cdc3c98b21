import { describe, expect, it } from 'vitest';
import { loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { parseDynamicsUrl } from './dynamics-url';
import { readDynamics } from './read-dynamics';

const ORG = 'https://contoso.crm4.dynamics.com/main.aspx';
const ACCOUNT_ID = '7d1e5a10-3c2b-4f9a-8e7d-ab12cd34ef56';

describe('parseDynamicsUrl', () => {
  it.each([
    [
      'reads an account form with a braced, encoded, upper-case guid',
      `${ORG}?appid=x&pagetype=entityrecord&etn=account&id=%7B7D1E5A10-3C2B-4F9A-8E7D-AB12CD34EF56%7D`,
      { kind: 'account', record: { type: 'account', id: ACCOUNT_ID } },
    ],
    [
      'reads an opportunity form',
      `${ORG}?pagetype=entityrecord&etn=opportunity&id=${ACCOUNT_ID}`,
      { kind: 'opportunity', record: { type: 'opportunity', id: ACCOUNT_ID } },
    ],
    [
      'reads parameters carried in the hash by older links',
      `${ORG}#etn=contact&id=${ACCOUNT_ID}&pagetype=entityrecord`,
      { kind: 'contact', record: { type: 'contact', id: ACCOUNT_ID } },
    ],
    ['ignores entity lists', `${ORG}?pagetype=entitylist&etn=account`, null],
    [
      'ignores entities Motive does not read',
      `${ORG}?pagetype=entityrecord&etn=incident&id=${ACCOUNT_ID}`,
      null,
    ],
    ['ignores dashboards', 'https://contoso.crm4.dynamics.com/main.aspx?pagetype=dashboard', null],
    [
      'ignores other pages of the host',
      `https://contoso.crm4.dynamics.com/tools/solution?etn=account&id=${ACCOUNT_ID}`,
      null,
    ],
  ])('%s', (_rule, href, expected) => {
    expect(parseDynamicsUrl(new URL(href))).toEqual(expected);
  });
});

describe('readDynamics over fixtures', () => {
  it.each([
    [
      'an account form: name without the save state, website domain, contacts subgrid',
      'account',
      'account',
      { name: 'Stark Manufacturing', domain: 'stark-mfg.de' },
      ['Lena Vogt', 'Kwame Mensah'],
    ],
    [
      'an opportunity (German): a name containing " - " kept whole, the customer lookup',
      'opportunity',
      'opportunity',
      { name: 'Stark Manufacturing' },
      ['Lena Vogt'],
    ],
    [
      'a contact form: the contact and their company',
      'contact',
      'contact',
      { name: 'Stark Manufacturing' },
      ['Lena Vogt'],
    ],
  ])('reads %s', (_what, kind, etn, account, names) => {
    const url = `${ORG}?pagetype=entityrecord&etn=${etn}&id=${ACCOUNT_ID}`;
    const read = readDynamics(loadFixture(`dynamics/2026-11-18-${kind}.html`, url), new URL(url));
    expect(read.readStatus).toBe('ok');
    expect(read.account).toEqual(account);
    expect(read.people.map((p) => p.name)).toEqual(names);
  });

  it('keeps the opportunity name whole although it contains " - "', () => {
    const url = `${ORG}?pagetype=entityrecord&etn=opportunity&id=${ACCOUNT_ID}`;
    const doc = loadFixture('dynamics/2026-11-18-opportunity.html', url);
    expect(readDynamics(doc, new URL(url)).missing).toEqual([]);
    expect(doc.querySelector('h1')?.getAttribute('title')).toBe('Stark - Predictive maintenance');
  });
});
