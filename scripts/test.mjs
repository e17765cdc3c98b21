#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first failure.
 * format → lint → types → unit/integration/server → builds → Firefox lint → e2e (incl. bundle budget).
 * Ends with a plain "N passed, N failed" line summed over every vitest run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkNode } from './check-node.mjs';

const nodeProblem = checkNode(
  process.versions.node,
  JSON.parse(readFileSync('package.json', 'utf8')).engines.node,
);
if (nodeProblem) {
  console.error(`✗ ${nodeProblem}`);
  process.exit(1);
}

const started = Date.now();
const reportDir = join('test-results', 'vitest');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const vitest = (name, projects, env = {}) => ({
  name,
  cmd: 'npx',
  args: [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reportDir, `${name}.json`)}`,
  ],
  env,
});

const steps = [
  { name: 'format', cmd: 'npx', args: ['prettier', '--check', '.', '--log-level', 'warn'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '--max-warnings', '0', '.'] },
  { name: 'types', cmd: 'npx', args: ['tsc', '--noEmit'] },
  vitest('unit', ['unit']),
  vitest('server', ['server']),
  { name: 'build chrome', cmd: 'npx', args: ['wxt', 'build'] },
  { name: 'build firefox', cmd: 'npx', args: ['wxt', 'build', '-b', 'firefox'] },
  { name: 'firefox lint', cmd: 'node', args: ['scripts/firefox-lint.mjs'] },
  vitest('e2e', ['e2e'], { MOTIVE_E2E_PREBUILT: '1' }),
];

let failedStep;
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  console.log(
    `  ${step.name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (result.status !== 0) {
    failedStep = step.name;
    break;
  }
}

let passed = 0;
let failed = 0;
for (const name of ['unit', 'server', 'e2e']) {
  const file = join(reportDir, `${name}.json`);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
if (failedStep && failed === 0) failed = 1;
console.log(
  `\nnpm test finished in ${((Date.now() - started) / 1000).toFixed(0)} s${failedStep ? `; failed at: ${failedStep}` : ''}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
