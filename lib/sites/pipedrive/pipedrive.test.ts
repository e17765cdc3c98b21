import { describe, expect, it } from 'vitest';
import { loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { parsePipedriveUrl } from './pipedrive-url';
import { readPipedrive } from './read-pipedrive';

const BASE = 'https://initech.pipedrive.com';

describe('parsePipedriveUrl', () => {
  it.each([
    ['reads a deal page', '/deal/4821', { kind: 'deal', record: { type: 'Deal', id: '4821' } }],
    ['reads a person page', '/person/902', { kind: 'person', record: { type: 'Person', id: '902' } }],
    [
      'reads an organization page',
      '/organization/311',
      { kind: 'organization', record: { type: 'Organization', id: '311' } },
    ],
    ['ignores the pipeline board', '/pipeline/1/user/everyone', null],
    ['ignores list views', '/deals/list', null],
    ['ignores a non-numeric id', '/deal/new', null],
  ])('%s', (_rule, path, expected) => {
    expect(parsePipedriveUrl(new URL(`${BASE}${path}`))).toEqual(expected);
  });
});

describe('readPipedrive over fixtures', () => {
  it.each([
    [
      'a deal (React view): organization from the sidebar field, person cards',
      'deal',
      '/deal/4821',
      { name: 'Umbrella Health' },
      ['Sofia Marchetti'],
    ],
    [
      'a person (Backbone view): the person and their organization',
      'person',
      '/person/902',
      { name: 'Umbrella Health' },
      ['Sofia Marchetti'],
    ],
    [
      'an organization (Spanish locale): name, website domain and people',
      'organization',
      '/organization/311',
      { name: 'Umbrella Health', domain: 'umbrellahealth.org' },
      ['Sofia Marchetti', 'Jorge Beltrán'],
    ],
  ])('reads %s', (_what, kind, path, account, names) => {
    const url = `${BASE}${path}`;
    const read = readPipedrive(loadFixture(`pipedrive/2026-11-18-${kind}.html`, url), new URL(url));
    expect(read.readStatus).toBe('ok');
    expect(read.account).toEqual(account);
    expect(read.people.map((p) => p.name)).toEqual(names);
  });

  it('keeps the person email from the deal sidebar', () => {
    const url = `${BASE}/deal/4821`;
    const read = readPipedrive(loadFixture('pipedrive/2026-11-18-deal.html', url), new URL(url));
    expect(read.people[0]).toEqual({
      name: 'Sofia Marchetti',
      email: 'sofia.marchetti@umbrellahealth.org',
      title: 'Practice Director',
    });
  });
});
