/**
 * The maintainer's check for when an app changes its DOM: read a saved page with its app's
 * reader and say what was extracted and which selectors matched or failed.
 */
import { documentFrom } from '../../tests/fixtures/sites/load-fixture';
import { createSelectorTrace, type SelectorOutcome } from '../../lib/sites/dom/selector-set';
import { readerForUrl } from '../../lib/sites/registry';
import type { PageRead } from '../../lib/sites/site-reader';

export interface PageCheck {
  app: string;
  url: string;
  /** What the URL parser made of the URL (null: not a page this reader reads). */
  parsedUrl: unknown;
  context: PageRead;
  captions?: { speaker: string; text: string }[];
  defersToFrame?: boolean;
  selectors: { matched: SelectorOutcome[]; failed: string[] };
}

/** Checks `html` as if loaded at `url`; throws when no reader covers the URL's host. */
export function checkPage(html: string, url: string): PageCheck {
  const reader = readerForUrl(url);
  if (!reader) throw new Error(`No Motive reader for ${url}: is the host one of lib/sites/hosts.ts?`);
  const doc = documentFrom(html, url);
  const trace = createSelectorTrace();
  const context = reader.read(doc, new URL(url), trace);
  const captions = reader.captions?.entries(doc, trace).map(({ speaker, text }) => ({ speaker, text }));
  // A selector set counts as failed only when no use of it ever matched.
  const matchedNames = new Set(trace.outcomes.filter((o) => o.matched !== null).map((o) => o.name));
  const failed = [...new Set(trace.outcomes.filter((o) => o.matched === null).map((o) => o.name))].filter(
    (name) => !matchedNames.has(name),
  );
  const matched = trace.outcomes.filter(
    (o, i, all) => o.matched !== null && all.findIndex((x) => x.name === o.name) === i,
  );
  return {
    app: reader.app,
    url,
    parsedUrl: reader.parseUrl(new URL(url)),
    context,
    ...(captions ? { captions } : {}),
    ...(reader.defersToFrame ? { defersToFrame: reader.defersToFrame(doc) } : {}),
    selectors: { matched, failed },
  };
}

/** Parses `<html-file> --url <url>`; returns a usage message when something is missing. */
export function parseArgs(argv: readonly string[]): { file: string; url: string } | { usage: string } {
  const usage = 'Usage: npm run sites:check -- <html-file> --url <page-url>';
  const urlIndex = argv.indexOf('--url');
  const url = urlIndex >= 0 ? argv[urlIndex + 1] : undefined;
  const file = argv.find((arg, i) => !arg.startsWith('--') && i !== urlIndex + 1);
  if (!file || !url) return { usage };
  return { file, url };
}
