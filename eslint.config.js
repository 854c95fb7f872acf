import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import layers from './eslint-rules/layers.js';

const srcDir = fileURLToPath(new URL('./src', import.meta.url));

/** ARCHITECTURE.md's import rules: what each part of src/ may import (besides itself). */
const allowed = {
  domain: [],
  formats: ['domain'],
  extract: ['domain'],
  normalize: ['domain'],
  contract: ['domain'],
  store: ['domain'],
  reference: ['domain', 'formats'],
  ingest: ['domain', 'formats', 'extract', 'normalize', 'store', 'contract', 'reference'],
  service: [
    'domain',
    'formats',
    'extract',
    'normalize',
    'store',
    'contract',
    'reference',
    'ingest',
    'config.ts',
  ],
  api: ['service', 'contract', 'config.ts'],
  cli: ['api', 'service', 'contract', 'config.ts', 'server-main.ts', 'server-address.ts'],
  web: ['contract', 'domain'],
  'config.ts': ['domain'],
  // The composition roots start the server: they wire the adapters (anything, any file).
  'main.ts': '*',
  'server-main.ts': '*',
  'server-mode.ts': '*',
  'ingest-worker-main.ts': '*',
  'server-address.ts': [],
  'web-build.ts': [],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', '.fourchette/', 'tmp/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    // Tests and test fixtures compose real parts of several layers on purpose.
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/**/testing/**'],
    plugins: { fourchette: { rules: { layers } } },
    rules: {
      'fourchette/layers': [
        'error',
        {
          srcDir,
          allowed,
          // The web app takes only the pure formatting modules of domain/, not its whole index
          // (the bundle stays small).
          deepImportsAllowed: { web: ['domain'] },
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^node:(fs|fs/promises|child_process|net|http|https|worker_threads|os|process)$',
              message:
                'domain/ is pure (ARCHITECTURE.md): no I/O; take the values as arguments and read files in reference/ or ingest/',
            },
          ],
        },
      ],
    },
  },
);
