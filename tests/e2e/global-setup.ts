/**
 * Builds the extension once before the e2e specs, unless the caller already did
 * (scripts/test.mjs builds first and sets MOTIVE_E2E_PREBUILT=1).
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from './harness/chromium';

export default function setup(): void {
  findChromium();
  if (process.env.MOTIVE_E2E_PREBUILT !== '1') {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }
}
