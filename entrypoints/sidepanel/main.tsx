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

// Ask for the active context and read the account's records before the first render (each
// time-limited), so the first frame can already show the account, not a loading state.
performance.mark('h9:main');
const preloading = preloadPanel(getDatabase(), location.search);

async function start(root: HTMLElement): Promise<void> {
  const preload = await preloading;
  performance.mark('h9:preloaded');
  const client = createPanelQueryClient();
  if (preload.context) client.setQueryData(activeContextQuery.queryKey, preload.context);
  queueMicrotask(()=>0);
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
