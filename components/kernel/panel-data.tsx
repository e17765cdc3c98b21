/**
 * The panel's local data seam: one database and its repositories, provided by context so
 * component tests can hand in a fresh database and a fixed clock.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Repositories } from '@/lib/db/repositories';
import type { MotiveDatabase } from '@/lib/db/schema';
import { lazyRepositories } from './lazy-repositories';
import { PanelWritesProvider } from './panel-writes';
import { createSharedLiveQueries, type SharedLiveQueries } from './shared-live-query';

export interface PanelData {
  /**
   * The database, loaded on first use: Dexie is not in the panel's first bundle (~95 KB that
   * every opening would otherwise fetch and evaluate before its first frame).
   */
  database: () => Promise<MotiveDatabase>;
  repos: Repositories;
  now: () => Date;
  /** Live queries shared by every view that asks the same (shared-live-query.ts). */
  shared: SharedLiveQueries;
  /** Where the last-seen account is kept for the next panel's first frame (last-seen.ts); none in tests. */
  lastSeen?: Storage;
}

/** The extension's own database, with Dexie, loaded on first call. */
export function loadPanelDatabase(): Promise<MotiveDatabase> {
  return import('@/lib/db/schema').then((m) => m.getDatabase());
}

/** Long enough for the first meaningful render, short enough to beat the first click. */
const PRELOAD_AFTER_MS = 600;

const PanelDataContext = createContext<PanelData | null>(null);

/** Provides the database; by default the extension's own, with the real clock. */
export function PanelDataProvider({
  db,
  now,
  lastSeen,
  children,
}: {
  db?: MotiveDatabase;
  now?: () => Date;
  lastSeen?: Storage;
  children: ReactNode;
}) {
  const value = useMemo<PanelData>(() => {
    const database = db ? () => Promise.resolve(db) : loadPanelDatabase;
    const clock = now ?? (() => new Date());
    const repos = lazyRepositories({ database, now: clock });
    // Load the write path once the first screen is up, so the first tick or note does not
    // wait for it and the first render does not compete with it.
    setTimeout(() => void repos.preload(), PRELOAD_AFTER_MS);
    const shared = createSharedLiveQueries(database);
    return { database, now: clock, repos, shared, ...(lastSeen ? { lastSeen } : {}) };
  }, [db, now, lastSeen]);
  return (
    <PanelDataContext.Provider value={value}>
      <PanelWritesProvider>{children}</PanelWritesProvider>
    </PanelDataContext.Provider>
  );
}

/** The database, repositories and clock of the panel. Throws outside the provider. */
export function usePanelData(): PanelData {
  const value = useContext(PanelDataContext);
  if (!value) throw new Error('usePanelData needs a PanelDataProvider.');
  return value;
}
