import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element. Restore <div id="root"> in index.html.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
