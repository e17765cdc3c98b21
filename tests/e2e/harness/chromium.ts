/**
 * Finds a Chromium for end-to-end tests: CHROME_PATH, Debian's binary, a system Chrome; when
 * none is present and apt-get is usable as root, installs Debian's `chromium`; otherwise fails
 * saying exactly what to install. (The Debian wrapper /usr/bin/chromium adds its own flags, so
 * the real binary is preferred.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
];

function firstExisting(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

export function findChromium(): string {
  const found = firstExisting();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('e2e: no Chromium found; installing Debian’s chromium with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = firstExisting();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium for end-to-end tests. Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
      'or set CHROME_PATH to a Chrome/Chromium binary.',
  );
}
