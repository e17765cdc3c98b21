/**
 * Fixtures reconstructed from third-party sources (each has a `.source.md` beside it) read
 * every item their provenance file expects. Each row lists the items one by one, so a failing
 * row says which part of the page stopped being read.
 */
import { describe, expect, it } from 'vitest';
import { siteFixtures } from '@/tests/fixtures/sites/fixture-index';
import { loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { SITE_READERS } from './registry';
import type { PageRead } from './site-reader';

const read = (file: string): PageRead => {
  const fixture = siteFixtures().find((f) => f.file === file)!;
  return SITE_READERS[fixture.app].read(loadFixture(file, fixture.url!), new URL(fixture.url!));
};

describe('real-source fixtures read what their provenance expects', () => {
  it('Gmail rich-text thread: lines, signature apart, quotes out, cleaned names', () => {
    const r = read('gmail/2026-12-03-thread-rich-text.html');
    expect(r.readStatus).toBe('ok');
    expect(r.thread?.subject).toBe('Renewal before Q3');
    const [first, second] = r.thread?.messages ?? [];
    expect(first?.from).toEqual({ name: 'Tom Becker', email: 'tom.becker@acme.com' });
    expect(first?.to).toEqual([{ name: 'Riley Seller', email: 'riley@seller.io' }]);
    expect(first?.at).toBe('Tue, Dec 1, 2026, 4:02 PM');
    expect(first?.text).toBe(
      'Hi Riley,\n\nBefore we renew I need to show my CFO.\nCan you send the uptime report before our call?\n\nWhat we need to see:\nincidents since March\ncredits paid\nThanks,\nTom',
    );
    expect(first?.signature).toBe('Tom Becker\nVP Operations, Acme');
    expect(second?.from.email).toBe('riley@seller.io');
    expect(second?.text).toBe('Will do, Tom.\nReport by Thursday.');
  });

  it('Outlook reading pane: sender by its From: label, recipients from the To: label', () => {
    const r = read('outlook/2026-12-03-thread-reading-pane-from-label.html');
    expect(r.readStatus).toBe('ok');
    expect(r.thread?.subject).toBe('Pilot scope for Q1');
    const [message] = r.thread?.messages ?? [];
    expect(message?.from).toEqual({ name: 'Priya Natarajan', email: 'priya.natarajan@contoso-health.com' });
    expect(message?.to).toEqual([{ name: 'Riley Seller' }, { name: 'Ahmed Karimi' }]);
    expect(message?.at).toBe('Wed 12/2/2026 9:41 AM');
    expect(message?.text).toBe(
      'Hi Riley,\nOur clinical leads want a pilot in two wards first.\nBudget sits with Ahmed until March.\nTwo wards\nSix weeks',
    );
    expect(message?.signature).toBe('Priya Natarajan\nHead of Digital, Contoso Health');
  });

  it('Outlook on outlook.cloud.microsoft: a message without its sender keeps its body', () => {
    const r = read('outlook/2026-12-03-thread-cloud-microsoft-missing-sender.html');
    expect(r).toMatchObject({ readStatus: 'partial', missing: ['sender'], userEmail: 'riley@seller.io' });
    const [first, second] = r.thread?.messages ?? [];
    expect(first?.from).toEqual({ name: 'Lucía Gómez', email: 'lucia.gomez@ibertrans.es' });
    expect(first?.to).toEqual([{ name: 'Riley Seller', email: 'riley@seller.io' }]);
    expect(second).toEqual({
      from: { name: '' },
      to: [],
      cc: [],
      text: 'Necesitamos el precio final antes del jueves.',
      missing: ['sender'],
    });
    expect(r.people.map((p) => p.name)).toEqual(['Lucía Gómez', 'Riley Seller']);
  });

  it.each([
    [
      'Salesforce Lead in synthetic shadow',
      'salesforce/2026-12-03-lead-synthetic-shadow.html',
      { type: 'Lead', id: '00QHs00001aBcDeMAO' },
      { name: 'Baltic Freight Sp. z o.o.' },
      [{ name: 'Ms. Marta Kowalczyk', email: 'm.kowalczyk@balticfreight.pl' }],
    ],
    [
      'HubSpot contact by its data-selenium-test hooks',
      'hubspot/2026-12-03-contact-selenium-hooks.html',
      { type: 'Contact', id: '90111' },
      { name: 'Globex Logistics' },
      [{ name: 'Hannah Okafor', email: 'hannah.okafor@globex-logistics.com' }],
    ],
    [
      'HubSpot deal with its company chicklet and contacts table',
      'hubspot/2026-12-03-deal-selenium-hooks.html',
      { type: 'Deal', id: '27719' },
      { name: 'Globex Logistics' },
      [
        { name: 'Hannah Okafor', email: 'hannah.okafor@globex-logistics.com' },
        { name: 'Tobias Lind', email: 'tobias.lind@globex-logistics.com' },
      ],
    ],
    [
      'Pipedrive deal in the classic detail view',
      'pipedrive/2026-12-03-deal-actions-content.html',
      { type: 'Deal', id: '4821' },
      { name: 'Baltic Freight' },
      [],
    ],
    [
      'Dynamics opportunity addressed as EasyRepro does',
      'dynamics/2026-12-03-opportunity-easyrepro.html',
      { type: 'opportunity', id: '7c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f' },
      { name: 'Nordwind Spedition GmbH' },
      [
        { name: 'Jonas Weber', email: 'jonas.weber@nordwind.de', title: 'Head of Fleet' },
        { name: 'Sabine Krüger', email: 's.krueger@nordwind.de', title: 'CFO' },
      ],
    ],
  ])('%s reads its record, account and people', (_title, file, record, account, people) => {
    const r = read(file);
    expect(r).toMatchObject({ readStatus: 'ok', missing: [], record, account });
    expect(r.people).toEqual(people);
  });
});
