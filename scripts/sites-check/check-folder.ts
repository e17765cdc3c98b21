/**
 * `npm run sites:check -- <folder>`: every saved page under a folder, one row each: app,
 * capture, read status, turns/messages/people read, and which selector sets matched or failed.
 * A page's URL is the first reader URL in the page's own comments or in its `.source.md`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readerForUrl } from '../../lib/sites/registry';
import { checkPage, type PageCheck } from './check-page';

export interface FolderRow {
  app: string;
  capture: string;
  status: string;
  /** Caption turns (calls), messages (email) or people (CRM). */
  items: number;
  matched: string[];
  failed: string[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The first URL in `texts` that a Motive reader covers. */
export function captureUrl(...texts: string[]): string | undefined {
  for (const text of texts) {
    for (const [url] of text.matchAll(/https:\/\/[^\s"'<>)`]+/g)) if (readerForUrl(url)) return url;
  }
  return undefined;
}

const itemsOf = (check: PageCheck) =>
  check.captions?.length ?? check.context.thread?.messages.length ?? check.context.people.length;

export function checkFolder(dir: string): FolderRow[] {
  return htmlFiles(dir)
    .sort()
    .map((file) => {
      const capture = relative(dir, file);
      const html = readFileSync(file, 'utf8');
      const source = file.replace(/\.html$/, '.source.md');
      const url = captureUrl(html, existsSync(source) ? readFileSync(source, 'utf8') : '');
      if (!url) return { app: '?', capture, status: 'no URL found', items: 0, matched: [], failed: [] };
      try {
        const check = checkPage(html, url);
        return {
          app: check.app,
          capture,
          status: check.context.readStatus,
          items: itemsOf(check),
          matched: check.selectors.matched.map((m) => m.name),
          failed: check.selectors.failed,
        };
      } catch (error) {
        return {
          app: '?',
          capture,
          status: `error: ${(error as Error).message}`,
          items: 0,
          matched: [],
          failed: [],
        };
      }
    });
}

/** A plain-text table, columns padded to their widest cell. */
export function formatTable(rows: readonly FolderRow[]): string {
  const cells = [
    ['app', 'capture', 'read', 'items', 'matched', 'failed'],
    ...rows.map((r) => [
      r.app,
      r.capture,
      r.status,
      String(r.items),
      r.matched.join(', '),
      r.failed.join(', '),
    ]),
  ];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => Array.from(row[i]!).length)));
  return cells
    .map((row) =>
      row
        .map((cell, i) => cell + ' '.repeat(widths[i]! - Array.from(cell).length))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
