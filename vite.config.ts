/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The dev server injects inline scripts (React Refresh) and talks HMR over a WebSocket, which the page's
 * Content-Security-Policy forbids: it is removed there only. Builds, previews and the e2e tests keep it.
 */
const cspOnlyInBuilds: Plugin = {
  name: 'replica-lab:csp-only-in-builds',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<!-- Lab files are untrusted[^]*?\/>/, ''),
};

export default defineConfig({
  plugins: [react(), cspOnlyInBuilds],
  worker: { format: 'es' }, // module workers (the default would be 'iife')
  build: { target: 'es2022' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tools/**/*.test.ts', 'bench/**/*.test.ts'],
          setupFiles: ['./src/test-setup-locales.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./src/test-setup-locales.ts', './src/test-setup.ts'],
        },
      },
    ],
  },
});
