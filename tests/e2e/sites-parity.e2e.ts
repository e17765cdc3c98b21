/**
 * Every site fixture, loaded in real Chromium under its captured URL, must read the same as in
 * the unit tests (happy-dom). This is what proves the fixtures' shadow roots and selectors
 * behave as a browser parses them: CSS never crosses a shadow boundary there.
 */
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_EXPECTATIONS } from '../fixtures/sites/call-expectations';
import { siteFixtures } from '../fixtures/sites/fixture-index';
import { loadFixture } from '../fixtures/sites/load-fixture';
import { SITE_READERS } from '../../lib/sites/registry';
import type { PageRead } from '../../lib/sites/site-reader';
import {
  launchExtension,
  MAPPED_HOSTS,
  startFixtureServer,
  type FixtureServer,
  type LaunchedExtension,
} from './harness';
import { fixtureHtml } from './sites-helpers';

interface InPage {
  defers: boolean;
  context: PageRead | null;
  captions: { speaker: string; text: string }[] | null;
}

describe('site fixtures read the same in Chromium as in the unit tests', () => {
  let server: FixtureServer;
  let ext: LaunchedExtension;
  let script: string;
  const fixtures = siteFixtures();
  let current: (typeof fixtures)[number] | undefined;

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: ['tests/e2e/sites-parity/read-in-page.ts'],
      bundle: true,
      format: 'iife',
      write: false,
      target: 'chrome120',
    });
    script = bundle.outputFiles[0]!.text;
    server = await startFixtureServer();
    // Several fixtures share a URL (captions on/off, forms told apart by query): serve the
    // fixture under test for its host, whatever the path.
    server.handle((url) =>
      current && url.hostname === new URL(current.url!).hostname
        ? { body: fixtureHtml(current.file) }
        : undefined,
    );
    ext = await launchExtension({ fixturePort: server.port });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it.each(fixtures.map((f) => [f.file, f]))('%s', async (_file, fixture) => {
    current = fixture;
    const page = await ext.context.newPage();
    await page.goto(fixture.url!);
    await page.addScriptTag({ content: script });
    const inChromium = await page.evaluate(
      (app) => (window as unknown as { motiveReadInPage: (a: string) => InPage }).motiveReadInPage(app),
      fixture.app,
    );
    await page.close();
    const reader = SITE_READERS[fixture.app];
    const doc = loadFixture(fixture.file, fixture.url!);
    const defers = reader.defersToFrame?.(doc) ?? false;
    expect(inChromium.defers).toBe(defers);
    if (!defers) {
      // Message bodies are walked node by node (no layout), so lines match exactly too.
      expect(inChromium.context).toEqual(reader.read(doc, new URL(fixture.url!)));
      expect(inChromium.context?.readStatus).not.toBe('unreadable');
    }
    const captions = reader.captions?.entries(doc).map(({ speaker, text }) => ({ speaker, text })) ?? null;
    expect(inChromium.captions).toEqual(captions);
    // Call fixtures: Chromium also reads the expected captions state and turns, not merely
    // the same as happy-dom.
    const expected = CALL_EXPECTATIONS.find((e) => e.file === fixture.file);
    if (expected) {
      expect({
        captionsOn: inChromium.context?.meeting?.captionsOn,
        turns: inChromium.captions?.map((c) => [c.speaker, c.text]),
      }).toEqual({ captionsOn: expected.captionsOn, turns: expected.turns });
    }
  });

  it('serves every fixture under a host the browser maps to the fixture server', () => {
    const mapped = (host: string) =>
      MAPPED_HOSTS.some((m) => (m.startsWith('*.') ? host.endsWith(m.slice(1)) : host === m));
    const unmapped = fixtures.map((f) => new URL(f.url!).hostname).filter((host) => !mapped(host));
    expect(unmapped).toEqual([]);
  });
});
