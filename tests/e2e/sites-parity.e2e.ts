/**
 * Every site fixture, loaded in real Chromium under its captured URL, must read the same as in
 * the unit tests (happy-dom). This is what proves the fixtures' shadow roots and selectors
 * behave as a browser parses them: CSS never crosses a shadow boundary there.
 */
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFixtures } from '../fixtures/sites/fixture-index';
import { loadFixture } from '../fixtures/sites/load-fixture';
import { SITE_READERS } from '../../lib/sites/registry';
import type { PageRead } from '../../lib/sites/site-reader';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';
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
  });
});
