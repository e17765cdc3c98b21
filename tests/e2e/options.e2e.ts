/**
 * The options page in the built extension (real Chromium): privacy switches persist, a broken
 * playbook file changes nothing and a valid one imports, backup → delete all → restore brings
 * everything back, and axe finds no serious or critical violation in light or dark mode.
 * Screenshots are kept in test-results/options/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';

const SHOTS = resolve('test-results/options');
const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const T = '2026-11-20T09:30:00.000Z';
const entry = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'ask',
  title: `Question ${id}`,
  text: 'What would make this an easy yes for finance?',
  motivations: { risk: 0.8 },
  updatedAt: T,
  ...extra,
});
const GOOD_TOKEN = 'mtv_e2e_0123456789abcdef';

/**
 * A minimal loopback sync endpoint (health, an empty-workspace sync, no selector pack), enough to drive the
 * options form against the real background; the full contract is tested in tests/sync.
 */
function startStubSyncServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'authorization, content-type',
      });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') return send(204, {});
    if (req.url === '/v1/health') return send(200, { ok: true, version: 'stub-1' });
    if (req.headers.authorization !== `Bearer ${GOOD_TOKEN}`) {
      return send(401, { error: { code: 'unauthorized', message: 'Unknown token.' } });
    }
    // Saving the endpoint also asks for the team selector pack: this stub has none.
    if (req.url === '/v1/selector-pack') return send(200, { pack: null });
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const { changes } = JSON.parse(raw) as { changes: { mutationId: string }[] };
      const results = changes.map((c, i) => ({
        mutationId: c.mutationId,
        status: 'applied',
        version: i + 1,
      }));
      send(200, { results, changes: [], cursor: 'c1', more: false });
    });
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const playbookFile = (entries: unknown[]) =>
  Buffer.from(JSON.stringify({ format: 'motive-playbook', version: 1, entries }));

describe('options page in Chromium', () => {
  let server: FixtureServer;
  let ext: LaunchedExtension;
  let page: Page;
  let syncServer: Server;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    syncServer = await startStubSyncServer();
    ext = await launchExtension({ fixturePort: server.port });
    page = await ext.openExtensionPage('options.html');
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.getByRole('heading', { name: 'Motive settings' }).waitFor();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    await new Promise((done) => syncServer?.close(done));
  });

  /** Rows in a table of the extension's IndexedDB, read from the page itself. */
  const countRows = (table: string) =>
    page.evaluate(async (name) => {
      const open = indexedDB.open('motive');
      const db = await new Promise<IDBDatabase>((done) => (open.onsuccess = () => done(open.result)));
      const count = await new Promise<number>((done) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => done(request.result);
      });
      db.close();
      return count;
    }, table);

  it('persists a privacy switch in extension storage and keeps it across a reload', async () => {
    const captions = page.getByRole('switch', { name: 'Read live captions on calls' });
    await expect.poll(() => captions.isChecked()).toBe(true);

    await captions.click();

    await expect
      .poll(() =>
        ext.worker.evaluate(
          async () => (await chrome.storage.local.get('motive:settings'))['motive:settings'],
        ),
      )
      .toEqual({ readCaptions: false, readEmail: true, readCrm: true, qualificationFramework: 'meddicc' });
    await page.reload();
    await expect
      .poll(() => page.getByRole('switch', { name: 'Read live captions on calls' }).isChecked())
      .toBe(false);
    await expect
      .poll(() => page.getByRole('switch', { name: 'Read open email threads' }).isChecked())
      .toBe(true);
  });

  it('tests, saves and disconnects a sync endpoint through the real background', async () => {
    const endpoint = `http://127.0.0.1:${(syncServer.address() as AddressInfo).port}`;
    const feedback = page.getByTestId('sync-feedback');
    await page.getByLabel('Endpoint URL').fill(endpoint);
    await page.getByLabel('Access token').fill('mtv_e2e_wrong_token_000');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => feedback.textContent()).toMatch(/refused the token/);

    await page.getByLabel('Access token').fill(GOOD_TOKEN);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => feedback.textContent()).toMatch(/accepted the token.*stub-1/);

    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toMatch(/^Connected/);
    expect(await page.getByLabel('Access token').inputValue()).toBe('');

    await page.getByRole('button', { name: 'Disconnect' }).click();
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toMatch(/^Not connected/);
  });

  it('rejects a broken playbook file naming entry and field, changing nothing; then imports a valid one', async () => {
    const input = page.getByLabel('Import a playbook file');
    await input.setInputFiles({
      name: 'broken-playbook.json',
      mimeType: 'application/json',
      buffer: playbookFile([entry('ask-ok'), entry('ask-bad', { kind: 'shout' })]),
    });
    const report = page.getByTestId('playbook-import-result');
    await expect.poll(() => report.textContent()).toMatch(/broken-playbook\.json was not imported/);
    expect(await report.textContent()).toMatch(/Entry #2 \(ask-bad\): kind/);
    expect(await countRows('playbook')).toBe(0);
    expect(await countRows('outbox')).toBe(0);

    await input.setInputFiles({
      name: 'team-playbook.json',
      mimeType: 'application/json',
      buffer: playbookFile([entry('ask-one'), entry('ask-two')]),
    });
    await expect.poll(() => report.textContent()).toMatch(/2 new, 0 updated/);
    expect(await countRows('playbook')).toBe(2);
    await expect
      .poll(() => page.getByTestId('team-playbook-count').textContent())
      .toBe('2 team entries on this computer.');
  });

  it('exports a backup, deletes all local data, and restores everything from the file', async () => {
    await page.getByRole('button', { name: 'Add the sample account' }).click();
    await expect
      .poll(() => page.getByTestId('local-counts').textContent())
      .toMatch(/^1 account, 6 people, 5 notes/);
    const before = await page.getByTestId('local-counts').textContent();
    await page.screenshot({ path: `${SHOTS}/options-light.png`, fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^motive-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(backup)).toMatchObject({ format: 'motive-backup', version: 1 });

    // Keep sync and settings (full reset off): this test is about the data.
    await page.getByLabel(/full reset/).uncheck();
    await page.getByLabel(/to confirm/).fill('delete');
    await page.getByRole('button', { name: 'Delete all local data' }).click();
    await expect.poll(() => page.getByTestId('delete-result').textContent()).toMatch(/^Deleted 1 account/);
    await expect.poll(() => page.getByTestId('local-counts').textContent()).toBe('no data yet');
    expect(await countRows('accounts')).toBe(0);

    await page.getByLabel('Restore from a backup file').setInputFiles({
      name: 'motive-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    await page.getByRole('button', { name: /^Restore \d+ records$/ }).click();
    await expect
      .poll(() => page.getByTestId('backup-import-result').textContent())
      .toMatch(/^Restored 1 account, 6 people/);
    await expect.poll(() => page.getByTestId('local-counts').textContent()).toBe(before);
  });

  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violation in %s mode',
    async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.reload();
      await page.getByRole('heading', { name: 'Motive settings' }).waitFor();
      await expect.poll(() => page.getByTestId('local-counts').textContent()).not.toBe('counting…');
      // Evaluated through the debugger protocol, so the extension page's CSP does not block it.
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      await page.screenshot({ path: `${SHOTS}/options-${scheme}-axe.png`, fullPage: true });
      console.log(`axe (${scheme}):`, JSON.stringify(violations));
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    },
  );

  it('raised no uncaught error in the page along the way', () => {
    expect(pageErrors).toEqual([]);
  });

  it('fits a 320 px wide window without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.reload();
    await page.getByRole('heading', { name: 'Motive settings' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: `${SHOTS}/options-320px.png`, fullPage: true });
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
