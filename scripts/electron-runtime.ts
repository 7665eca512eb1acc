/**
 * Finds the Electron binary without `require('electron')`: that module downloads the binary
 * when it is missing and throws when it cannot, which must never happen inside the launcher or
 * a test. Shared by scripts/start.ts and tests/electron.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The executable's path inside an Electron distribution folder, as the electron package names it. */
export function electronBinaryName(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

export interface RuntimeLookup {
  projectRoot?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/**
 * The Electron binary to run, or null. `ELECTRON_OVERRIDE_DIST_PATH` (a folder holding the
 * binary, honoured by Electron's own launcher too) wins; otherwise the binary that
 * `node_modules/electron/install.js` unpacked, which it records in path.txt.
 */
export function findElectronRuntime({
  projectRoot = PROJECT_ROOT,
  env = process.env,
  platform = process.platform,
}: RuntimeLookup = {}): string | null {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, electronBinaryName(platform));
    if (existsSync(candidate)) return candidate;
  }
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  let relative: string;
  try {
    relative = readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  const candidate = path.join(packageDir, 'dist', relative);
  return relative !== '' && existsSync(candidate) ? candidate : null;
}

/**
 * Runs the electron package's own installer once (npm here does not run install scripts).
 * Output is captured, not shown: on failure the caller says in one line what happens instead.
 */
export function installElectronRuntime(projectRoot = PROJECT_ROOT, timeoutMs = 120_000): Promise<boolean> {
  const installer = path.join(projectRoot, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], {
      cwd: path.dirname(installer),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      windowsHide: true,
    });
    child.stdout.resume();
    child.stderr.resume();
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}

/**
 * Chromium refuses to start as root unless its sandbox is off. That happens on CI machines and
 * containers, never on a street office's desktop, where the sandbox stays on.
 */
export function electronArgs(appDir: string): string[] {
  const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
  return asRoot ? ['--no-sandbox', appDir] : [appDir];
}

/** Electron on Linux needs an X11 or Wayland display; over SSH or on a server there is none. */
export function canShowWindows(env: NodeJS.ProcessEnv = process.env): boolean {
  return process.platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
