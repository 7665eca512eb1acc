import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The benchmark harness: the app's modules on a bare page, built like the app.
export default defineConfig({
  root: here('./harness'),
  base: './',
  resolve: { alias: { '@shared': here('../shared') } },
  build: { outDir: here('../dist/bench'), emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  logLevel: 'warn',
});
