#!/usr/bin/env node
/**
 * `npm run bench`: builds the extension, then runs every tests/bench/*.bench.ts in turn and
 * prints their figures. Benchmarks print figures and their ratios to a floor measured in the
 * same run, with the machine load beside them; they never assert on time.
 * `npm run bench -- sync caption` runs only the benchmarks whose file name contains a word
 * (`npm run bench -- objection`: caption → live objection card in Chromium, objection-card.bench.ts).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

const only = process.argv.slice(2);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
const load = () =>
  `load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} (1/5/15 min) on ${cpus().length} CPUs`;

const started = Date.now();
console.log(`npm run bench: ${load()}`);
if (!run('npx', ['wxt', 'build'])) process.exit(1);
const files = readdirSync('tests/bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failures = 0;
for (const file of files) {
  console.log(`\n━━ ${file}`);
  if (!run('npx', ['tsx', `tests/bench/${file}`])) failures++;
}
console.log(`\n${files.length} benchmarks in ${((Date.now() - started) / 1000).toFixed(0)} s; ${load()}`);
process.exit(failures === 0 ? 0 : 1);
