/**
 * Chromium for end-to-end tests: CHROME_PATH, Debian's binary or a system Chrome, installed
 * with apt-get when missing and run as root. (The Debian wrapper /usr/bin/chromium adds its
 * own flags, so the real binary is preferred.)
 */
import { findBrowser } from './find-browser';

export function findChromium(): string {
  return findBrowser({
    label: 'Chromium',
    envVar: 'CHROME_PATH',
    candidates: [
      '/usr/lib/chromium/chromium',
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/opt/google/chrome/chrome',
    ],
    aptPackage: 'chromium',
  });
}
