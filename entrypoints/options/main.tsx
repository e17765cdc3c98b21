import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createPanelQueryClient } from '@/components/kernel/query-client';
import { OptionsDepsProvider } from '@/components/options/options-deps';
import { OptionsPage } from '@/components/options/options-page';
import '@/components/options/options.css';
import { createDefaultDeps } from './default-deps';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createPanelQueryClient()}>
        <OptionsDepsProvider deps={createDefaultDeps()}>
          <OptionsPage />
        </OptionsDepsProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
