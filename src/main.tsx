import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootApp } from './store/boot.ts';
import { disarmRenderFault } from './store/testHooks.ts';
import { App } from './ui/App.tsx';
import { RecoveryBoundary } from './ui/recovery/RecoveryBoundary.tsx';
import { RenderFaultProbe } from './ui/recovery/RenderFaultProbe.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element. Restore <div id="root"> in index.html.');

// The worker, window.replicaLab and the first lab start outside React (StrictMode runs effects twice).
const recovery = bootApp(window);

// A fault while drawing shows the recovery screen, never a blank page (RenderFaultProbe: the ?fault=render test hook).
createRoot(container).render(
  <StrictMode>
    <RecoveryBoundary actions={recovery} onReset={disarmRenderFault}>
      <RenderFaultProbe />
      <App />
    </RecoveryBoundary>
  </StrictMode>,
);
