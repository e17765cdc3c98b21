/**
 * Finds a browser binary for end-to-end tests: an environment variable, then known paths;
 * when none is present and apt-get is usable as root, installs the Debian package; otherwise
 * fails saying exactly what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface BrowserSpec {
  label: string;
  envVar: string;
  candidates: readonly string[];
  aptPackage: string;
}

function firstExisting(spec: BrowserSpec): string | undefined {
  const fromEnv = process.env[spec.envVar];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return spec.candidates.find((path) => existsSync(path));
}

export function findBrowser(spec: BrowserSpec): string {
  const found = firstExisting(spec);
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`e2e: no ${spec.label} found; installing Debian’s ${spec.aptPackage} with apt-get…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', spec.aptPackage], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = firstExisting(spec);
    if (installed) return installed;
  }
  throw new Error(
    `No ${spec.label} for end-to-end tests. Install one: \`sudo apt-get install -y ${spec.aptPackage}\` ` +
      `(Debian/Ubuntu), or set ${spec.envVar} to its binary.`,
  );
}
