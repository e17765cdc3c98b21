/**
 * Second-annotator agreement study on the training corpus.
 *
 *   npx tsx scripts/train/agreement.ts export [--ref trainset-writer] [--seed 20261203] [--size 300]
 *     draws a seeded sample from `tests/corpus/train.jsonl` (at HEAD) and every
 *     `tests/corpus/written/*.jsonl` at `--ref`, and writes ids + text (+ the seller's
 *     context, never labels) to `tests/corpus/agreement/sample-text.jsonl`, with the exact
 *     blobs read in `sample-manifest.json`.
 *   npx tsx scripts/train/agreement.ts compare
 *     reads the blind labels in `second-annotator.jsonl`, the original labels from the same
 *     blobs, and writes `comparison.json` plus a markdown summary on stdout.
 *
 * Sources are read by git blob id so the study can be rerun after the files change.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { MOTIVATIONS, ROLES } from '../../lib/domain/vocabulary';
import { compareAnnotators, seededSample, type LabelSet } from './agreement-stats';

const DIR = 'tests/corpus/agreement';
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 28 });

interface Source {
  origin: string;
  path: string;
  ref: string;
  blob: string;
}
interface SampledItem extends LabelSet {
  id: string;
  text: string;
  context?: string;
}

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return (i >= 0 ? args[i + 1] : undefined) ?? fallback;
}

function findSources(ref: string): Source[] {
  const written = git('ls-tree', '-r', '--name-only', ref, 'tests/corpus/written')
    .split('\n')
    .filter((p) => p.endsWith('.jsonl'));
  const paths: [string, string][] = [
    ['HEAD', 'tests/corpus/train.jsonl'],
    ...written.map((p): [string, string] => [ref, p]),
  ];
  return paths.map(([r, path]) => ({
    origin: basename(path),
    path,
    ref: git('rev-parse', r).trim(),
    blob: git('rev-parse', `${r}:${path}`).trim(),
  }));
}

/** Reads one source; the sample id is `<file>#<id>` so ids from different files never clash. */
function readSource(source: Source): SampledItem[] {
  return git('cat-file', 'blob', source.blob)
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const raw = JSON.parse(line) as Record<string, unknown>;
      if (typeof raw.id !== 'string' || typeof raw.text !== 'string')
        throw new Error(`${source.path}:${i + 1}: needs id and text`);
      return {
        id: `${source.origin}#${raw.id}`,
        text: raw.text,
        ...(typeof raw.context === 'string' ? { context: raw.context } : {}),
        motivations: Array.isArray(raw.motivations) ? (raw.motivations as string[]) : [],
        roles: Array.isArray(raw.roles) ? (raw.roles as string[]) : [],
      };
    });
}

function exportSample(args: string[]) {
  const seed = Number(option(args, 'seed', '20261203'));
  const size = Number(option(args, 'size', '300'));
  const sources = findSources(option(args, 'ref', 'trainset-writer'));
  const pool = sources.flatMap(readSource);
  const sample = seededSample(pool, size, seed);
  mkdirSync(DIR, { recursive: true });
  writeFileSync(
    `${DIR}/sample-manifest.json`,
    JSON.stringify({ seed, size, pool: pool.length, sources }, null, 2) + '\n',
  );
  // Text only: the second annotator must not see the original labels.
  const lines = sample.map(({ id, context, text }) =>
    JSON.stringify({ id, ...(context ? { context } : {}), text }),
  );
  writeFileSync(`${DIR}/sample-text.jsonl`, lines.join('\n') + '\n');
  console.log(`sampled ${sample.length} of ${pool.length} items from ${sources.length} files (seed ${seed})`);
}

function readSecondAnnotator(): Map<string, LabelSet> {
  const labels = new Map<string, LabelSet>();
  readFileSync(`${DIR}/second-annotator.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .forEach((line, i) => {
      const { id, motivations, roles } = JSON.parse(line) as { id: string } & LabelSet;
      const where = `second-annotator.jsonl:${i + 1}`;
      for (const m of motivations)
        if (!(MOTIVATIONS as readonly string[]).includes(m)) throw new Error(`${where}: ${m}`);
      for (const r of roles) if (!(ROLES as readonly string[]).includes(r)) throw new Error(`${where}: ${r}`);
      if (labels.has(id)) throw new Error(`${where}: ${id} labelled twice`);
      labels.set(id, { motivations, roles });
    });
  return labels;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const k = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));

function compare() {
  const manifest = JSON.parse(readFileSync(`${DIR}/sample-manifest.json`, 'utf8')) as { sources: Source[] };
  const sampleIds = readFileSync(`${DIR}/sample-text.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { id: string }).id);
  const originals = new Map(manifest.sources.flatMap(readSource).map((item) => [item.id, item]));
  const second = readSecondAnnotator();
  const missing = sampleIds.filter((id) => !second.has(id));
  if (missing.length || second.size !== sampleIds.length)
    throw new Error(`second annotator must label exactly the sample (${missing.length} missing)`);
  const report = compareAnnotators(originals, second);
  writeFileSync(`${DIR}/comparison.json`, JSON.stringify(report, null, 2) + '\n');
  const out = [
    `items ${report.items}; mean kappa ${k(report.meanKappa)}; exact-set agreement ${pct(report.exactSetAgreement)}`,
    `negatives: original ${report.negatives.first}, second ${report.negatives.second}, both ${report.negatives.both}`,
    `roles: mean kappa ${k(report.meanRoleKappa)}; exact-set agreement ${pct(report.roleExactSetAgreement)}`,
    '',
    '| motivation | kappa | original | second | both |',
    '| --- | --- | --- | --- | --- |',
    ...MOTIVATIONS.map((m) => {
      const a = report.perMotivation[m];
      return `| ${m} | ${k(a.kappa)} | ${a.first} | ${a.second} | ${a.both} |`;
    }),
    '',
    '| role | kappa | original | second | both |',
    '| --- | --- | --- | --- | --- |',
    ...ROLES.map((r) => {
      const a = report.perRole[r];
      return `| ${r} | ${k(a.kappa)} | ${a.first} | ${a.second} | ${a.both} |`;
    }),
    '',
    '| original → second | items |',
    '| --- | --- |',
    ...report.confusions.map((c) => `| ${c.from} → ${c.to} | ${c.count} |`),
  ];
  console.log(out.join('\n'));
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'export') exportSample(rest);
else if (command === 'compare') compare();
else {
  console.error('usage: agreement.ts export [--ref <git ref>] [--seed n] [--size n] | compare');
  process.exit(2);
}
