import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteFixtures } from '@/tests/fixtures/sites/fixture-index';
import { FIXTURE_DIR, loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { APP_SURFACE, APPS } from '../domain/vocabulary';
import { APP_HOSTS } from './hosts';
import { readerForUrl, SITE_READERS } from './registry';

const fixturesOf = (app: string) => readdirSync(join(FIXTURE_DIR, app));

describe('the site registry', () => {
  it.each(APPS.map((app) => [app]))('registers a reader for %s on its surface', (app) => {
    expect(SITE_READERS[app].app).toBe(app);
    expect(SITE_READERS[app].surface).toBe(APP_SURFACE[app]);
    expect(APP_HOSTS.some((h) => h.app === app)).toBe(true);
  });

  it.each(APPS.flatMap((app) => SITE_READERS[app].pageKinds.map((kind) => [app, kind])))(
    '%s has a dated fixture for its %s page',
    (app, kind) => {
      const pattern = new RegExp(`^\\d{4}-\\d{2}-\\d{2}-${kind}(-[a-z-]+)?\\.html$`);
      expect(fixturesOf(app).filter((f) => pattern.test(f))).not.toEqual([]);
    },
  );

  it.each(APPS.filter((app) => APP_SURFACE[app] === 'call').map((app) => [app]))(
    '%s has a captions-off fixture and a caption reader',
    (app) => {
      expect(fixturesOf(app).some((f) => f.endsWith('-captions-off.html'))).toBe(true);
      expect(SITE_READERS[app].captions?.howToTurnOn).toMatch(/caption|CC/i);
    },
  );

  it.each(APPS.filter((app) => APP_SURFACE[app] === 'email').map((app) => [app]))(
    '%s can find a compose box',
    (app) => {
      expect(SITE_READERS[app].composeBox).toBeTypeOf('function');
    },
  );

  it('every fixture file is dated and names a page kind its reader declares', () => {
    for (const app of APPS) {
      for (const file of fixturesOf(app).filter((f) => f.endsWith('.html'))) {
        const kind = /^\d{4}-\d{2}-\d{2}-([a-z]+)/.exec(file)?.[1];
        expect(SITE_READERS[app].pageKinds, `${app}/${file}`).toContain(kind);
      }
    }
  });

  it.each([
    ['https://acme.lightning.force.com/lightning/r/Account/001Hs00003ZkQpLIAV/view', 'salesforce'],
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://app.zoom.us/wc/85012345678/join', 'zoom'],
    ['https://www.example.com/', undefined],
  ])('picks the reader for %s by host', (url, app) => {
    expect(readerForUrl(url)?.app).toBe(app);
  });

  it.each(siteFixtures().map((f) => [f.file, f]))(
    '%s states the URL it was captured at, which its reader parses and reads',
    (_file, fixture) => {
      expect(fixture.url).toBeDefined();
      const reader = SITE_READERS[fixture.app];
      const url = new URL(fixture.url!);
      expect(reader.parseUrl(url)).not.toBeNull();
      const doc = loadFixture(fixture.file, fixture.url!);
      if (reader.defersToFrame?.(doc)) return;
      expect(reader.read(doc, url).readStatus).not.toBe('unreadable');
    },
  );
});
