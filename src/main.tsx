import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootApp } from './store/boot.ts';
import { App } from './ui/App.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element. Restore <div id="root"> in index.html.');

// The worker, window.replicaLab and the first lab start outside React (StrictMode runs effects twice).
bootApp(window);

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
