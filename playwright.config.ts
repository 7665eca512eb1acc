import { defineConfig } from '@playwright/test';

/**
 * End-to-end suites. `e2e` drives the built renderer in Debian's Chromium (Playwright's own
 * browser download cannot work here); `electron` drives the desktop app and skips itself,
 * saying why, where no Electron binary is installed.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const port = Number(process.env.E2E_PORT ?? 5179);
export const E2E_BASE_URL = `http://127.0.0.1:${port}`;
// E2E_ROOT serves another build than dist/renderer (several builds side by side while developing).
export const E2E_BUILD_ROOT = process.env.E2E_ROOT ?? 'dist/renderer';
const root = process.env.E2E_ROOT ? ` --root ${process.env.E2E_ROOT}` : '';
/** What every page of the suites sees: a Beijing desk in Chinese on a workstation screen. */
export const E2E_PAGE_OPTIONS = {
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  viewport: { width: 1440, height: 900 },
};

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  // Generous: the first screen of a fresh profile waits for the database to be created, slow on a busy CI machine.
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    ...E2E_PAGE_OPTIONS,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'e2e', testDir: './tests/e2e' },
    { name: 'electron', testDir: './tests/electron' },
  ],
  webServer: {
    command: `tsx scripts/serve-app.ts --port ${port}${root}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
