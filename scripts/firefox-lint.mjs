#!/usr/bin/env node
/** Lints the Firefox build with web-ext (offline) and fails on any error. */
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  'npx',
  [
    'web-ext',
    'lint',
    '--self-hosted',
    '--source-dir',
    '.output/firefox-mv2',
    '--output',
    'json',
    '--no-config-discovery',
  ],
  { encoding: 'utf8' },
);
let report;
try {
  report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
} catch {
  console.error(result.stdout, result.stderr);
  console.error('web-ext lint did not produce a JSON report.');
  process.exit(1);
}
const { errors = [], warnings = [], notices = [] } = report;
for (const item of [...errors, ...warnings])
  console.log(`${item._type}: ${item.code} ${item.file ?? ''} ${item.message}`);
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
process.exit(errors.length === 0 ? 0 : 1);
