/**
 * The hosts Motive reads, per app, as match patterns. This list is the single source for the
 * manifest's host permissions, the content scripts' `matches` and the sender guard: no
 * `<all_urls>`, nothing else. Pure data: safe to import from wxt.config.ts and content scripts.
 */
import type { AppId, Surface } from '../domain/vocabulary';

export interface AppHosts {
  app: AppId;
  surface: Surface;
  /** Chrome match patterns (https only). */
  matches: readonly string[];
}

export const APP_HOSTS: readonly AppHosts[] = [
  // Lightning Experience lives on *.lightning.force.com; classic and setup on *.my.salesforce.com.
  {
    app: 'salesforce',
    surface: 'crm',
    matches: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'],
  },
  // app.hubspot.com for US data centres, app-eu1 for the EU one.
  { app: 'hubspot', surface: 'crm', matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'] },
  // Every Pipedrive company gets a subdomain: <company>.pipedrive.com.
  { app: 'pipedrive', surface: 'crm', matches: ['https://*.pipedrive.com/*'] },
  // Dynamics 365 orgs: <org>.crm.dynamics.com, crm4 (EMEA), crm11 (UK)… all under dynamics.com.
  { app: 'dynamics', surface: 'crm', matches: ['https://*.dynamics.com/*'] },
  { app: 'gmail', surface: 'email', matches: ['https://mail.google.com/*'] },
  // Work accounts on office.com / office365.com, consumer accounts on live.com; Microsoft has
  // been moving work mailboxes to outlook.cloud.microsoft since 2024 (same web app).
  {
    app: 'outlook',
    surface: 'email',
    matches: [
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
      'https://outlook.cloud.microsoft/*',
    ],
  },
  { app: 'meet', surface: 'call', matches: ['https://meet.google.com/*'] },
  // The web client is served from app.zoom.us/wc and <vanity>.zoom.us/wc.
  { app: 'zoom', surface: 'call', matches: ['https://zoom.us/*', 'https://*.zoom.us/*'] },
  {
    app: 'teams',
    surface: 'call',
    matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
  },
];

export function matchesFor(surface: Surface): string[] {
  return APP_HOSTS.filter((a) => a.surface === surface).flatMap((a) => a.matches);
}

export const ALL_APP_MATCHES: readonly string[] = APP_HOSTS.flatMap((a) => a.matches);

/** True when `url` is an https URL that one of the app match patterns covers. */
export function isAppUrl(url: string | undefined): boolean {
  return appForUrl(url) !== undefined;
}

/** The app whose match patterns cover `url`, or undefined. */
export function appForUrl(url: string | undefined): AppHosts | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return APP_HOSTS.find((a) => a.matches.some((pattern) => hostMatches(pattern, parsed.hostname)));
}

function hostMatches(pattern: string, hostname: string): boolean {
  const host = pattern.slice('https://'.length, pattern.indexOf('/', 'https://'.length));
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === host;
}
