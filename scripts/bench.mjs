#!/usr/bin/env node
/**
 * `npm run bench`: builds the extension, then runs every tests/bench/*.bench.ts in turn and
 * prints their figures. Benchmarks print; they never assert on time.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;

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
process.exit(failures === 0 ? 0 : 1);
