/**
 * The registry of the apps Motive reads: per app its label, surface, hosts (as match patterns)
 * and, for call apps, where its captions switch is. Everything else is derived from it by the
 * functions below, each taking the registry as data: the manifest's host permissions
 * (wxt.config.ts), the content scripts' `matches`, the background's sender guard, the captions
 * help, and the e2e host mapping (tests/e2e/harness). No `<all_urls>`, nothing else.
 * Pure data: safe to import from wxt.config.ts and content scripts. Adding an app: its row
 * here, its reader folder, its fixtures (a test proves nothing else needs editing).
 */
import { APP_NAMES, type AppId, type Surface } from '../domain/vocabulary';

export interface AppHosts {
  app: AppId;
  /** How the app is named to people (kept in lib/domain/vocabulary: resolution reasons say it too). */
  label: string;
  surface: Surface;
  /** Chrome match patterns (https only). */
  matches: readonly string[];
  /** Call apps: told to the rep when captions are off, how to turn them on. */
  captionsHelp?: string;
}

export const APP_HOSTS: readonly AppHosts[] = [
  // Lightning Experience lives on *.lightning.force.com; classic and setup on *.my.salesforce.com.
  {
    app: 'salesforce',
    label: APP_NAMES.salesforce,
    surface: 'crm',
    matches: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'],
  },
  // app.hubspot.com for US data centres, app-eu1 for the EU one.
  {
    app: 'hubspot',
    label: APP_NAMES.hubspot,
    surface: 'crm',
    matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  },
  // Every Pipedrive company gets a subdomain: <company>.pipedrive.com.
  { app: 'pipedrive', label: APP_NAMES.pipedrive, surface: 'crm', matches: ['https://*.pipedrive.com/*'] },
  // Dynamics 365 orgs: <org>.crm.dynamics.com, crm4 (EMEA), crm11 (UK)… all under dynamics.com.
  { app: 'dynamics', label: APP_NAMES.dynamics, surface: 'crm', matches: ['https://*.dynamics.com/*'] },
  { app: 'gmail', label: APP_NAMES.gmail, surface: 'email', matches: ['https://mail.google.com/*'] },
  // Work accounts on office.com / office365.com, consumer accounts on live.com; Microsoft has
  // been moving work mailboxes to outlook.cloud.microsoft since 2024 (same web app).
  {
    app: 'outlook',
    label: APP_NAMES.outlook,
    surface: 'email',
    matches: [
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
      'https://outlook.cloud.microsoft/*',
    ],
  },
  {
    app: 'meet',
    label: APP_NAMES.meet,
    surface: 'call',
    matches: ['https://meet.google.com/*'],
    captionsHelp: 'In Meet, click the CC button in the bottom toolbar (or press c).',
  },
  // The web client is served from app.zoom.us/wc and <vanity>.zoom.us/wc.
  {
    app: 'zoom',
    label: APP_NAMES.zoom,
    surface: 'call',
    matches: ['https://zoom.us/*', 'https://*.zoom.us/*'],
    captionsHelp: 'In Zoom, click Captions (CC) in the meeting toolbar, then Show Captions.',
  },
  {
    app: 'teams',
    label: APP_NAMES.teams,
    surface: 'call',
    matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
    captionsHelp: 'In Teams, open More (…) → Language and speech → Turn on live captions.',
  },
];

// ---- Derived from a registry (the real one below; tests pass one with a fake app) ----

/** The manifest's `host_permissions`: every app's patterns, once each. */
export function hostPermissionsOf(registry: readonly AppHosts[]): string[] {
  return [...new Set(registry.flatMap((a) => a.matches))];
}

/** A content script's `matches`: the patterns of the apps on `surface`. */
export function matchesOf(registry: readonly AppHosts[], surface: Surface): string[] {
  return registry.filter((a) => a.surface === surface).flatMap((a) => a.matches);
}

/** The app whose match patterns cover `url` (https only), or undefined. */
export function appForUrlIn(registry: readonly AppHosts[], url: string | undefined): AppHosts | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return registry.find((a) => a.matches.some((pattern) => hostMatches(pattern, parsed.hostname)));
}

/** The sender guard's host test: true when `url` belongs to an app of the registry. */
export function appUrlCheckOf(registry: readonly AppHosts[]): (url: string | undefined) => boolean {
  return (url) => appForUrlIn(registry, url) !== undefined;
}

/** Host names (wildcards kept) an e2e fixture server must answer for. */
export function hostNamesOf(registry: readonly AppHosts[]): string[] {
  return [...new Set(registry.flatMap((a) => a.matches.map(patternHost)))];
}

/** Per call app, how to turn its captions on. */
export function captionsHelpOf(registry: readonly AppHosts[]): Partial<Record<AppId, string>> {
  return Object.fromEntries(registry.flatMap((a) => (a.captionsHelp ? [[a.app, a.captionsHelp]] : [])));
}

// ---- The real registry's answers ----

export function matchesFor(surface: Surface): string[] {
  return matchesOf(APP_HOSTS, surface);
}

export const ALL_APP_MATCHES: readonly string[] = hostPermissionsOf(APP_HOSTS);

/** True when `url` is an https URL that one of the app match patterns covers. */
export const isAppUrl: (url: string | undefined) => boolean = appUrlCheckOf(APP_HOSTS);

/** The app whose match patterns cover `url`, or undefined. */
export function appForUrl(url: string | undefined): AppHosts | undefined {
  return appForUrlIn(APP_HOSTS, url);
}

function patternHost(pattern: string): string {
  return pattern.slice('https://'.length, pattern.indexOf('/', 'https://'.length));
}

function hostMatches(pattern: string, hostname: string): boolean {
  const host = patternHost(pattern);
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === host;
}
