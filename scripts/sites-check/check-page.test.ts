import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALL_EXPECTATIONS } from '../../tests/fixtures/sites/call-expectations';
import { siteFixtures } from '../../tests/fixtures/sites/fixture-index';
import { checkPage, parseArgs } from './check-page';

const fixture = (path: string) => readFileSync(`tests/fixtures/sites/${path}`, 'utf8');

describe('sites:check', () => {
  it('prints the extracted context and which selectors matched', () => {
    const url = 'https://northwind-sales.lightning.force.com/lightning/r/Account/001Hs00003ZkQpLIAV/view';
    const check = checkPage(fixture('salesforce/2026-11-20-account.html'), url);
    expect(check.app).toBe('salesforce');
    expect(check.context.account?.name).toBe('Acme Corporation');
    expect(check.selectors.matched.find((o) => o.name === 'record name')?.matched).toContain('>>>');
  });

  it('names the selectors that failed when the app changed its DOM', () => {
    const url = 'https://app.hubspot.com/contacts/4417723/record/0-2/18230055811';
    const check = checkPage('<html><body><h1 class="renamed">Globex</h1></body></html>', url);
    expect(check.selectors.failed).toEqual(expect.arrayContaining(['record title', 'company domain']));
    expect(check.context.readStatus).toBe('partial');
  });

  it('shows caption blocks and the frame decision for call pages', () => {
    const url = 'https://app.zoom.us/wc/85012345678/meeting';
    const check = checkPage(fixture('zoom/2026-11-20-call.html'), url);
    expect(check.captions?.[0]?.speaker).toBe('Hannah Okafor');
    expect(check.defersToFrame).toBe(false);
  });

  it.each(CALL_EXPECTATIONS.filter((e) => e.turns.length > 0).map((e) => [e.file, e] as const))(
    'names the caption selectors that read %s',
    (file, expected) => {
      const url = siteFixtures().find((f) => f.file === file)!.url!;
      const check = checkPage(fixture(file), url);
      expect(check.captions?.map((c) => [c.speaker, c.text])).toEqual(expected.turns);
      const matched = check.selectors.matched.map((o) => o.name);
      expect(matched).toEqual(expect.arrayContaining(['captions region', 'caption blocks', 'caption text']));
    },
  );

  it.each([
    [
      ['page.html', '--url', 'https://mail.google.com/mail/u/0/'],
      { file: 'page.html', url: 'https://mail.google.com/mail/u/0/' },
    ],
    [
      ['--url', 'https://mail.google.com/', 'page.html'],
      { file: 'page.html', url: 'https://mail.google.com/' },
    ],
    [['page.html'], { usage: expect.stringContaining('Usage') }],
  ])('parses %j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it('refuses a page of a host Motive does not read', () => {
    expect(() => checkPage('<html></html>', 'https://www.example.com/')).toThrow(/No Motive reader/);
  });
});
