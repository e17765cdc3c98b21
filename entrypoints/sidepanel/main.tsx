import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PanelDataProvider } from '@/components/app/panel-data';
import { preloadPanel } from '@/components/app/preload-panel';
import { createPanelQueryClient } from '@/components/app/query-client';
import { activeContextQuery } from '@/components/app/use-active-context';
import { getDatabase } from '@/lib/db/schema';
import '@/components/ui/panel.css';
import { App } from './App';

async function start(root: HTMLElement): Promise<void> {
  // Read the active context and the account's records first (each time-limited), so the
  // first frame can already show the account instead of a loading state.
  const preload = await preloadPanel(getDatabase(), location.search);
  const client = createPanelQueryClient();
  if (preload.context) client.setQueryData(activeContextQuery.queryKey, preload.context);
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <PanelDataProvider>
          <App preload={preload} />
        </PanelDataProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) void start(root);
