/**
 * The extension's settings, live: ONE query-cache entry, read once and kept current by the
 * store's watch (so a change made in Options shows in the panel, and in other sections, at
 * once). Used by the Options sections (with their injected store) and the panel.
 */
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MotiveSettings } from '@/lib/browser/settings';

export interface SettingsSource {
  read(): Promise<MotiveSettings>;
  watch(listener: (settings: MotiveSettings) => void): () => void;
}

const SETTINGS_KEY = ['settings'] as const;

/** `source` must be stable (module-level, or from a provider): a new one re-subscribes. */
export function useSettings(source: SettingsSource) {
  const client = useQueryClient();
  useEffect(() => source.watch((next) => keepSettings(client, next)), [source, client]);
  // A local source: never paused for being "offline".
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => source.read(), networkMode: 'always' });
}

/** Shows settings just written (the store's answer) without waiting for its watch. */
export function keepSettings(client: QueryClient, settings: MotiveSettings): void {
  client.setQueryData(SETTINGS_KEY, settings);
}
