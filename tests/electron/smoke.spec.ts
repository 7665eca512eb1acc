/**
 * Starts the built desktop app in Electron and checks that the window, the app:// page and the
 * preload bridge come up. Skips, saying why, where no Electron binary can be found.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { DesktopApi } from '../../shared/desktop-api';
import {
  PROJECT_ROOT,
  canShowWindows,
  electronArgs,
  findElectronRuntime,
} from '../../scripts/electron-runtime';

const runtime = findElectronRuntime();

/** Skips the test and says why in the run's output too (the list reporter does not show skip reasons). */
function skipBecause(reason: string): void {
  console.warn(`Electron smoke test skipped: ${reason}`);
  test.skip(true, reason);
}

test('the desktop window opens on the app with its navigation and bridge', async () => {
  if (runtime === null) {
    skipBecause(
      'no Electron binary. npm here does not run install scripts, and the download needs network. ' +
        'Set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron 45 binary (`electron`, or ' +
        '`electron.exe` on Windows), or run `node node_modules/electron/install.js` where the download works.',
    );
  }
  if (!canShowWindows())
    skipBecause('Electron needs a display: set DISPLAY (for example, run under xvfb-run).');

  const env = { ...process.env };
  // Inherited from some tool shells, it would make the binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  // A throwaway profile: never the developer's real IndexedDB.
  const profile = mkdtempSync(path.join(tmpdir(), 'street-desk-electron-'));
  const app = await electron.launch({
    executablePath: runtime ?? undefined,
    args: [`--user-data-dir=${profile}`, ...electronArgs('.')],
    cwd: PROJECT_ROOT,
    env: env as Record<string, string>,
  });
  try {
    const page = await app.firstWindow();
    expect(page.url()).toMatch(/^app:\/\/street-desk\/index\.html/);

    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toBe('街道工作台 Street Desk');

    await expect(page.getByText('概览', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('楼门院', { exact: true }).first()).toBeVisible();

    const info = await page.evaluate(() => (window as { streetDesk?: DesktopApi }).streetDesk?.getAppInfo());
    expect(info).toMatchObject({ host: 'electron' });
    // Node must not leak into the page.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  } finally {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
