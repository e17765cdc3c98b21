/**
 * Test kit for the options page: renders a section with fake-indexeddb, fakeBrowser storage
 * (the real settings functions) and a scriptable fake sync client. Test-only.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { readSettings, watchSettings, writeSettings } from '@/lib/browser/settings';
import { MotiveDatabase } from '@/lib/db/schema';
import type { SyncStatus } from '@/lib/messaging/protocol';
import { APPS } from '@/lib/domain/vocabulary';
import type { PackStatus } from '@/lib/sync/selector-pack-status';
import { OptionsDepsProvider, type OptionsDeps, type PackClient, type SyncClient } from './options-deps';

export const TEST_NOW = new Date('2026-11-22T12:00:00.000Z');

export const DISCONNECTED: SyncStatus = {
  configured: false,
  lastSyncAt: null,
  pending: 0,
  inFlight: false,
  lastError: null,
};

export function fakeSync(initial: SyncStatus = DISCONNECTED) {
  let status = initial;
  const client = {
    status: vi.fn(() => Promise.resolve(status)),
    configure: vi.fn((data: Parameters<SyncClient['configure']>[0]) => {
      status = data.endpoint === null ? DISCONNECTED : { ...DISCONNECTED, configured: true };
      return Promise.resolve(status);
    }),
    test: vi.fn((): ReturnType<SyncClient['test']> =>
      Promise.resolve({ ok: true, message: 'Connected to the sync endpoint.', serverVersion: '1.2.0' }),
    ),
    savedEndpoint: vi.fn(() => Promise.resolve(status.configured ? 'https://saved.example' : null)),
    onStatusChanged: vi.fn(() => () => undefined),
  } satisfies SyncClient;
  return client;
}

export const ALL_BUILT_IN: PackStatus = {
  apps: Object.fromEntries(APPS.map((app) => [app, null])) as PackStatus['apps'],
  refused: null,
  checkedAt: null,
};

/** A pack client answering `initial`, then `afterRefresh` once asked to refresh. */
export function fakePacks(initial: PackStatus = ALL_BUILT_IN, afterRefresh: PackStatus = initial) {
  let status = initial;
  return {
    read: vi.fn(() => Promise.resolve(status)),
    refresh: vi.fn(() => {
      status = afterRefresh;
      return Promise.resolve(status);
    }),
    watch: vi.fn(() => () => undefined),
  } satisfies PackClient;
}

export interface Rendered {
  deps: OptionsDeps;
  db: MotiveDatabase;
  sync: ReturnType<typeof fakeSync>;
  downloads: { fileName: string; text: string }[];
  user: ReturnType<typeof userEvent.setup>;
  cleanup(): Promise<void>;
}

export async function renderWithDeps(
  ui: ReactElement,
  sync = fakeSync(),
  packs: PackClient = fakePacks(),
): Promise<Rendered> {
  const db = new MotiveDatabase(`options-${crypto.randomUUID()}`);
  await db.open();
  const downloads: { fileName: string; text: string }[] = [];
  const deps: OptionsDeps = {
    db,
    now: () => TEST_NOW,
    sync,
    packs,
    settings: { read: readSettings, write: writeSettings, watch: watchSettings },
    download: (fileName, text) => downloads.push({ fileName, text }),
  };
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={client}>
      <OptionsDepsProvider deps={deps}>{ui}</OptionsDepsProvider>
    </QueryClientProvider>,
  );
  return {
    deps,
    db,
    sync,
    downloads,
    user,
    async cleanup() {
      view.unmount();
      client.clear();
      db.close();
      await db.delete();
    },
  };
}

export function jsonFile(text: string, name = 'file.json'): File {
  return new File([text], name, { type: 'application/json' });
}
