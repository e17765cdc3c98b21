/**
 * Builds the extension for Chromium and Firefox once before the e2e specs, unless the caller
 * already did (scripts/test.mjs builds both first and sets MOTIVE_E2E_PREBUILT=1), and makes
 * sure both browsers are present (installed with apt-get when run as root).
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from './harness/chromium';
import { findFirefox } from './harness/firefox-binary';

export default function setup(): void {
  findChromium();
  findFirefox();
  if (process.env.MOTIVE_E2E_PREBUILT !== '1') {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
  }
}
