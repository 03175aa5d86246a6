import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

// Layer walls (docs: shared/design/architecture.md). Type-only imports are blocked too.
const SIM_MAY_NOT_IMPORT = {
  paths: [
    { name: 'react', message: 'src/sim is pure TypeScript: no React.' },
    { name: 'react-dom', message: 'src/sim is pure TypeScript: no React.' },
    { name: 'zustand', message: 'src/sim knows nothing of the store.' },
  ],
  patterns: [
    { group: ['react/*', 'react-dom/*', 'zustand/*'], message: 'src/sim is pure TypeScript: no React, no zustand.' },
    { group: ['**/store', '**/store/**'], message: 'src/sim may not import the store.' },
    { group: ['**/ui', '**/ui/**'], message: 'src/sim may not import the UI.' },
    { group: ['**/worker', '**/worker/**'], message: 'src/sim may not import the worker adapter.' },
  ],
};
const UI_MAY_NOT_IMPORT = {
  patterns: [
    {
      group: ['**/sim', '**/sim/**'],
      message: 'src/ui never imports the engine: use protocol, store, actions or i18n.',
    },
  ],
};

export default defineConfig([
  globalIgnores(['.bench', 'dist', 'coverage', 'playwright-report', 'test-results', 'reports', 'node_modules']),
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['*.config.ts', 'e2e/**', 'tools/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['src/sim/**'], rules: { 'no-restricted-imports': ['error', SIM_MAY_NOT_IMPORT] } },
  { files: ['src/ui/**'], rules: { 'no-restricted-imports': ['error', UI_MAY_NOT_IMPORT] } },
  {
    // Hard cap per source file (conventions.md §11); tests and e2e specs are exempt.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.spec.ts', 'e2e/**'],
    rules: { 'max-lines': ['error', { max: 500, skipBlankLines: true, skipComments: true }] },
  },
]);
