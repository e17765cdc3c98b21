/**
 * What the options page needs from the outside world, injected so component tests run on
 * fake-indexeddb, fakeBrowser storage and a fake sync client, with no real messaging.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { MotiveSettings } from '@/lib/browser/settings';
import type { MotiveDatabase } from '@/lib/db/schema';
import type { SyncStatus } from '@/lib/messaging/protocol';
import type { PackStatus } from '@/lib/sync/selector-pack-status';

/** The sync engine's answers, as the background gives them (see PanelToBackground). */
export interface SyncClient {
  status(): Promise<SyncStatus>;
  configure(data: { endpoint: string; token: string } | { endpoint: null }): Promise<SyncStatus>;
  test(data: {
    endpoint: string;
    token: string;
  }): Promise<{ ok: boolean; message: string; serverVersion?: string }>;
  /** The endpoint saved now (never the token), to prefill the form; null when not configured. */
  savedEndpoint(): Promise<string | null>;
  /** Calls `listener` when the background announces a new status; returns the unsubscribe. */
  onStatusChanged(listener: (status: SyncStatus) => void): () => void;
}

export interface SettingsStore {
  read(): Promise<MotiveSettings>;
  write(patch: Partial<MotiveSettings>): Promise<MotiveSettings>;
  watch(listener: (settings: MotiveSettings) => void): () => void;
}

/** Which selector pack each app reads with (storage.local) and a way to ask for a new one. */
export interface PackClient {
  read(): Promise<PackStatus>;
  /** Asks the background to fetch the team pack now. */
  refresh(): Promise<PackStatus>;
  /** Calls `listener` when the stored pack state changes; returns the unsubscribe. */
  watch(listener: (status: PackStatus) => void): () => void;
}

export interface OptionsDeps {
  db: MotiveDatabase;
  now: () => Date;
  sync: SyncClient;
  packs: PackClient;
  settings: SettingsStore;
  /** Saves `text` as a file the user downloads. */
  download: (fileName: string, text: string) => void;
}

const OptionsDepsContext = createContext<OptionsDeps | null>(null);

export function OptionsDepsProvider({ deps, children }: { deps: OptionsDeps; children: ReactNode }) {
  return <OptionsDepsContext.Provider value={deps}>{children}</OptionsDepsContext.Provider>;
}

/** The injected dependencies; throws when a component is rendered outside the provider. */
export function useOptionsDeps(): OptionsDeps {
  const deps = useContext(OptionsDepsContext);
  if (!deps) throw new Error('useOptionsDeps needs an <OptionsDepsProvider>.');
  return deps;
}
