/**
 * Bundle-size budget over the production build (deterministic bytes, gzip level 9):
 * side panel initial JS ≤ 160 KB, background ≤ 92 KB, each content script ≤ 14 KB, and no
 * React or zod inside content scripts; the panel starts from at most three script files.
 * Prints the figures.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const KB = 1024;
const gzipBytes = (file: string) => gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length;

/** JS files a page loads before anything is lazily imported: its entry scripts and their static imports. */
function initialScripts(html: string): string[] {
  const source = readFileSync(join(EXTENSION_DIR, html), 'utf8');
  const entries = [
    ...source.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...source.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!.replace(/^\//, ''));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    // Static imports only (`import … from "./x.js"` / `import "./x.js"`); dynamic import() is lazy.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      const target = join(file, '..', m[1]!).replace(/^\//, '');
      visit(target);
    }
  };
  entries.forEach(visit);
  return [...seen];
}

const figures: string[] = [];
const report = (label: string, bytes: number, budget: number) =>
  figures.push(`${label.padEnd(34)} ${(bytes / KB).toFixed(1).padStart(7)} KB gzip (budget ${budget} KB)`);

describe('bundle budget (production build)', () => {
  it('keeps the side panel’s initial JS within 160 KB gzip', () => {
    const files = initialScripts('sidepanel.html');
    expect(files.length).toBeGreaterThan(0);
    const total = files.reduce((sum, f) => sum + gzipBytes(f), 0);
    report('side panel initial JS', total, 160);
    expect(total).toBeLessThanOrEqual(160 * KB);
  });

  it('starts the side panel from at most three script files, none of them the options page’s', () => {
    // Each start-up module file costs the panel ~1–2 ms before its first frame (scripts/startup-chunks.ts).
    const files = initialScripts('sidepanel.html');
    figures.push(`side panel start-up files              ${files.length} (${files.join(', ')})`);
    expect(files.length).toBeLessThanOrEqual(3);
    expect(files.join(' ')).not.toMatch(/options/);
    // The options page shares the panel's start-up chunk but must never run the panel's entry.
    expect(initialScripts('options.html').join(' ')).not.toMatch(/sidepanel/);
    // …nor take the panel's style sheet with it.
    const optionsHtml = readFileSync(join(EXTENSION_DIR, 'options.html'), 'utf8');
    const panelStyles = [
      ...readFileSync(join(EXTENSION_DIR, 'sidepanel.html'), 'utf8').matchAll(/href="([^"]+\.css)"/g),
    ];
    expect(panelStyles.length).toBeGreaterThan(0);
    for (const [, href] of panelStyles) expect(optionsHtml).not.toContain(href);
  });

  // 80 KB until December 2026; raised to 88 KB for what the background gained then: the
  // runtime message router, the shared evidence builder, per-page account bindings and the
  // selector-pack check (css-what: a service worker has no DOM to parse selectors with).
  // Raised again to 92 KB (88.1 KB measured) for the call journal that survives a restarted
  // worker (recap), the caption language identifier (lines it cannot read are not diagnosed),
  // the call-end and heard-line event schemas, and watches that restart after a failure.
  // Raised to 94 KB (92.3 KB measured, from 90.8) for acknowledgement pages that make a sync
  // response one IndexedDB write instead of 500 (Dexie v5, issue 15), role cues that leave out
  // the seller's own people, and a detector that finds its weights without a table of every
  // bucket (issue 11).
  it('keeps the background within 94 KB gzip', () => {
    const bytes = gzipBytes('background.js');
    report('background', bytes, 94);
    expect(bytes).toBeLessThanOrEqual(94 * KB);
  });

  // 12 KB until December 2026; 14 KB since the readers gained structural caption reading, the
  // selector-pack check, the redacted snapshot and the private content-script context.
  it('keeps each content script within 14 KB gzip, with no React and no zod inside', () => {
    const scripts = readdirSync(join(EXTENSION_DIR, 'content-scripts')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const file = join('content-scripts', script);
      const bytes = gzipBytes(file);
      report(`content script ${script}`, bytes, 14);
      expect(bytes, script).toBeLessThanOrEqual(14 * KB);
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect(code, `${script} bundles React`).not.toMatch(
        /react\.(?:production|development)|__SECRET_INTERNALS|ReactCurrentOwner/,
      );
      expect(code, `${script} bundles zod`).not.toMatch(/ZodError|\$ZodType|_zod/);
    }
    console.log(`\nBundle sizes:\n${figures.join('\n')}`);
  });
});
