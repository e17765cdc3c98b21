import { describe, expect, it } from 'vitest';
import { ALL_APP_MATCHES, appForUrl } from './hosts';

describe('appForUrl', () => {
  it.each([
    ['https://acme.lightning.force.com/lightning/r/Account/001/view', 'salesforce'],
    ['https://acme.my.salesforce.com/001', 'salesforce'],
    ['https://app.hubspot.com/contacts/123/record/0-2/456', 'hubspot'],
    ['https://app-eu1.hubspot.com/contacts/123', 'hubspot'],
    ['https://acme.pipedrive.com/deal/42', 'pipedrive'],
    ['https://acme.crm4.dynamics.com/main.aspx?etn=account&id=1', 'dynamics'],
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://meet.google.com/abc-defg-hij', 'meet'],
    ['https://app.zoom.us/wc/123/join', 'zoom'],
    ['https://teams.microsoft.com/v2/', 'teams'],
  ])('reads %s as %s', (url, app) => {
    expect(appForUrl(url)?.app).toBe(app);
  });

  it.each([
    ['plain http', 'http://mail.google.com/'],
    ['a look-alike suffix', 'https://mail.google.com.evil.example/'],
    ['a look-alike prefix', 'https://evilpipedrive.com/'],
    ['another Google app', 'https://docs.google.com/'],
    ['not a URL', 'nonsense'],
    ['nothing', undefined],
  ])('ignores %s', (_title, url) => {
    expect(appForUrl(url)).toBeUndefined();
  });

  it('never asks for every site', () => {
    expect(ALL_APP_MATCHES).not.toContain('<all_urls>');
    expect(ALL_APP_MATCHES.every((m) => m.startsWith('https://') && !m.startsWith('https://*/'))).toBe(true);
  });
});
