/**
 * Bundles the Electron main process and preload into dist/electron/*.cjs. Bundled because the
 * sandboxed preload may require nothing but 'electron', and because the packaged app then
 * needs no node_modules at all.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (p: string) => path.join(root, p);

const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  // Electron supplies the 'electron' module at run time; the npm package is only its launcher.
  external: ['electron'],
  // electron/tsconfig.json extends the root config, whose `paths` map @shared/* to shared/.
  tsconfig: at('electron/tsconfig.json'),
  target: 'es2022',
  sourcemap: true,
  logLevel: 'error',
  define: { 'process.env.NODE_ENV': '"production"' },
};

try {
  await Promise.all([
    build({
      ...common,
      platform: 'node',
      entryPoints: [at('electron/main.ts')],
      outfile: at('dist/electron/main.cjs'),
    }),
    // The preload runs in a sandboxed renderer: a browser-like context with a tiny `require`.
    build({
      ...common,
      platform: 'browser',
      entryPoints: [at('electron/preload.ts')],
      outfile: at('dist/electron/preload.cjs'),
    }),
  ]);
} catch {
  // esbuild has already printed the errors with file and line; a stack trace would add nothing.
  console.error('Electron build failed (see above). / Electron 构建失败（见上）。');
  process.exit(1);
}
