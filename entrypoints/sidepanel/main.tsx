import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { readAccountRecordsDirect } from '@/components/kernel/account-records-direct';
import { loadPanelDatabase, PanelDataProvider } from '@/components/kernel/panel-data';
import { preloadPanel } from '@/components/kernel/preload-panel';
import { createPanelQueryClient } from '@/components/kernel/query-client';
import { primeActiveContext } from '@/components/kernel/active-context';
import { readMirroredContext } from '@/lib/browser/active-context-mirror';
import '@/components/ui/panel.css';
import '@/components/recap/recap.css';
import '@/components/objections/objection-cards.css';
import { App } from './App';

// Ask for the active context and read the account's records before the first render (each
// time-limited, or at once from the last-seen copy), so the first frame already shows the account.
const lastSeen = pageStorage();
const preloading = preloadPanel(
  {
    database: loadPanelDatabase,
    lastSeen,
    readDirect: (id) => readAccountRecordsDirect(id),
    readMirror: readMirroredContext,
  },
  location.search,
);

/** The page's localStorage, or none where it is blocked (reading it can throw). */
function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

async function start(root: HTMLElement): Promise<void> {
  const preload = await preloading;
  const client = createPanelQueryClient();
  primeActiveContext(client, preload);
  const reactRoot = createRoot(root);
  // Rendered in this task: a scheduled render would wait a task, often behind an empty frame.
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <QueryClientProvider client={client}>
          <PanelDataProvider lastSeen={lastSeen}>
            <App preload={preload} />
          </PanelDataProvider>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
}

const root = document.getElementById('root');
if (root) void start(root);
