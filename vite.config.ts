import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const { version } = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string };

// One config for the renderer build and for the unit tests (vitest reads `test`).
export default defineConfig({
  root: here('./renderer'),
  // Relative asset URLs: the same build is served from app:// in Electron and from http:// to browsers.
  base: './',
  plugins: [react()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  resolve: { alias: { '@shared': here('./shared') } },
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    sourcemap: true,
  },
  worker: { format: 'es' },
  test: {
    root: here('.'),
    include: [
      '{shared,renderer,electron,server}/**/*.test.{ts,tsx}',
      'tests/{server,property,source}/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
});
