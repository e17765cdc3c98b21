import { QueryClient } from '@tanstack/react-query';

/** Local sources (background, IndexedDB) work offline: never pause queries for the network. */
export function createPanelQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', staleTime: 5_000, retry: 1 },
      mutations: { networkMode: 'always' },
    },
  });
}
