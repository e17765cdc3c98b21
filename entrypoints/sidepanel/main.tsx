import '@/lib/domain/zod-setup';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createPanelQueryClient } from '@/components/app/query-client';
import { App } from './App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createPanelQueryClient()}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
