import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PanelDataProvider } from '@/components/app/panel-data';
import { createPanelQueryClient } from '@/components/app/query-client';
import '@/components/ui/panel.css';
import { App } from './App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createPanelQueryClient()}>
        <PanelDataProvider>
          <App />
        </PanelDataProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
