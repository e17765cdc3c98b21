#!/usr/bin/env node
/**
 * Enforces `engines.node` from package.json (run by `preinstall`, `npm start` and `npm test`).
 * npm's own engine-strict cannot be used: it checks every dependency too, and wxt 0.21.4
 * declares Node ≥ 22 although it builds and tests fine on Node 20.19+ (toolchain.md). So this
 * checks only what the toolchain really needs: vite 8 and eslint 10 need 20.19 or newer.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const parse = (v) => v.replace(/^v/, '').split('.').map(Number);
const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** True when `version` ("20.20.2") satisfies `range` ("^20.19.0 || >=24.0.0"; ^ and >= only). */
export function satisfies(version, range) {
  const v = parse(version);
  return range.split('||').some((part) => {
    const p = part.trim();
    if (p.startsWith('>=')) return compare(v, parse(p.slice(2))) >= 0;
    if (p.startsWith('^')) {
      const min = parse(p.slice(1));
      return v[0] === min[0] && compare(v, min) >= 0;
    }
    throw new Error(`check-node: unsupported range part "${p}"`);
  });
}

/** null when `version` is fine, else the message to print. */
export function checkNode(version, range) {
  return satisfies(version, range)
    ? null
    : `This is Node ${version}; Motive needs Node ${range} (vite and eslint require it). Install Node 20.19 or newer (e.g. nvm install 20) and run again.`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const problem = checkNode(process.versions.node, engines.node);
  if (problem) {
    console.error(`✗ ${problem}`);
    process.exit(1);
  }
}
