// The floor: the smallest React 19 page, built like the side panel (Vite, production, React plugin).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <main>
        <h1>Motive</h1>
      </main>
    </StrictMode>,
  );
}
