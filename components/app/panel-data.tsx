/**
 * The panel's local data seam: one database and its repositories, provided by context so
 * component tests can hand in a fresh database and a fixed clock.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Repositories } from '@/lib/db/repositories';
import { getDatabase, type MotiveDatabase } from '@/lib/db/schema';
import { lazyRepositories } from './lazy-repositories';

export interface PanelData {
  db: MotiveDatabase;
  repos: Repositories;
  now: () => Date;
  /** Where the last-seen account is kept for the next panel's first frame (last-seen.ts); none in tests. */
  lastSeen?: Storage;
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
    // The database is constructed on first use (~2 ms of schema parsing): a first frame drawn
    // from the last-seen copy does not need it; the live queries ask for it right after.
    const database = () => db ?? getDatabase();
    const clock = now ?? (() => new Date());
    const repos = lazyRepositories({
      get db() {
        return database();
      },
      now: clock,
    });
    // Load the write path once the first screen is up, so the first tick or note does not
    // wait for it and the first render does not compete with it.
    setTimeout(() => void repos.preload(), PRELOAD_AFTER_MS);
    return {
      get db() {
        return database();
      },
      now: clock,
      repos,
      ...(lastSeen ? { lastSeen } : {}),
    };
  }, [db, now, lastSeen]);
  return <PanelDataContext.Provider value={value}>{children}</PanelDataContext.Provider>;
}

/** The database, repositories and clock of the panel. Throws outside the provider. */
export function usePanelData(): PanelData {
  const value = useContext(PanelDataContext);
  if (!value) throw new Error('usePanelData needs a PanelDataProvider.');
  return value;
}
