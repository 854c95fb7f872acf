/** Builds the web app into <repo>/dist/web (served by the API server, see src/api/app.ts). */
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const here = import.meta.dirname ?? '.';

export default defineConfig({
  root: here,
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  build: {
    outDir: resolve(here, '..', '..', 'dist', 'web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3111' } },
});
