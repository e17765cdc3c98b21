import { findBrowser } from './find-browser';

/** Firefox ESR for the Firefox end-to-end suite: FIREFOX_PATH or Debian's firefox-esr. */
export function findFirefox(): string {
  return findBrowser({
    label: 'Firefox',
    envVar: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'],
    aptPackage: 'firefox-esr',
  });
}
