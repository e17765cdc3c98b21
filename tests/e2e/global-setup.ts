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
    // Vitest sets NODE_ENV=test, which would make the build bundle React's development copy:
    // the e2e suite must test (and the bundle budget must measure) what users install.
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', env });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit', env });
  }
}
