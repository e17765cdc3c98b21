import { describe, expect, it } from 'vitest';
import { contentScriptSenderCheck } from '../messaging/guards';
import { MAPPED_HOSTS } from '../../tests/e2e/harness/extension';
import config from '../../wxt.config';
import {
  APP_HOSTS,
  appUrlCheckOf,
  captionsHelpOf,
  hostNamesOf,
  hostPermissionsOf,
  isAppUrl,
  matchesOf,
  type AppHosts,
} from './hosts';

/** An app Motive does not read, added to the registry as a new app would be. */
const FAKE_APP = {
  app: 'fakecrm',
  label: 'Fake CRM',
  surface: 'crm',
  matches: ['https://*.fakecrm.example/*'],
} as unknown as AppHosts;
const FAKE_CALL = {
  app: 'fakecall',
  label: 'Fake Call',
  surface: 'call',
  matches: ['https://call.fake.example/*'],
  captionsHelp: 'In Fake Call, press CC.',
} as unknown as AppHosts;
const withFake = [...APP_HOSTS, FAKE_APP, FAKE_CALL];

const SELF = { id: 'motive', baseUrl: 'chrome-extension://motive/' };
const sender = (url: string) => ({ id: 'motive', url, tab: { id: 3 }, frameId: 0 });

type ManifestFn = (env: { browser: string }) => { host_permissions: string[] };

describe('every fact about an app is derived from its registry row', () => {
  it('the manifest asks for exactly the hosts the registry derives', () => {
    const manifest = (config.manifest as unknown as ManifestFn)({ browser: 'chrome' });
    expect(manifest.host_permissions).toEqual(hostPermissionsOf(APP_HOSTS));
    expect(hostPermissionsOf(withFake)).toContain('https://*.fakecrm.example/*');
    expect(hostPermissionsOf(withFake)).not.toContain('<all_urls>');
  });

  it('the content scripts of its surface match its hosts', () => {
    expect(matchesOf(APP_HOSTS, 'crm')).not.toContain('https://*.fakecrm.example/*');
    expect(matchesOf(withFake, 'crm')).toContain('https://*.fakecrm.example/*');
    expect(matchesOf(withFake, 'email')).not.toContain('https://*.fakecrm.example/*');
  });

  it('the sender guard accepts its pages once it is registered, and not before', () => {
    const url = 'https://acme.fakecrm.example/deal/1';
    expect(contentScriptSenderCheck(appUrlCheckOf(APP_HOSTS))(sender(url), SELF)).toMatch(/does not read/);
    expect(contentScriptSenderCheck(appUrlCheckOf(withFake))(sender(url), SELF)).toBeNull();
    // The background's guard is the same derivation over the real registry.
    expect(isAppUrl(url)).toBe(false);
    expect(isAppUrl('https://mail.google.com/mail/u/0/')).toBe(true);
  });

  it('the e2e fixture server answers for its hosts', () => {
    expect(MAPPED_HOSTS).toEqual([...hostNamesOf(APP_HOSTS), 'www.example.com']);
    expect(hostNamesOf(withFake)).toEqual(expect.arrayContaining(['*.fakecrm.example', 'call.fake.example']));
    // The hosts Microsoft moved to are in the mapping (the hand copy once lacked them).
    expect(MAPPED_HOSTS).toEqual(
      expect.arrayContaining(['outlook.cloud.microsoft', 'teams.cloud.microsoft']),
    );
  });

  it('a call app brings its captions help', () => {
    expect(captionsHelpOf(withFake)).toMatchObject({ fakecall: 'In Fake Call, press CC.' });
    expect(Object.keys(captionsHelpOf(APP_HOSTS)).sort()).toEqual(['meet', 'teams', 'zoom']);
  });

  it('every app row has a label, and every app has one row', () => {
    expect(APP_HOSTS.map((a) => a.app).sort()).toEqual([...new Set(APP_HOSTS.map((a) => a.app))].sort());
    for (const row of APP_HOSTS) expect(row.label.length).toBeGreaterThan(0);
  });
});
