import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  E2E_BASE_URL,
  E2E_BUILD_ROOT,
  E2E_PAGE_OPTIONS,
} from '../../playwright.config';
import { fixClock, REFERENCE_NOW } from './reference-clock';

/**
 * Suites that start from the loaded demo street share one browser profile holding it. Loading the
 * demo takes one to four minutes on the 2-core CI machine; a dozen suites each loading it made CI
 * run past half an hour. The demo is loaded once, through the welcome screen as a user does (so
 * that path stays tested every run), into a Chromium profile kept on disk; each test then starts
 * from its own copy of that profile, with real IndexedDB, so no test sees another's edits.
 *
 * The profile is keyed by the build it was made with, the origin (IndexedDB belongs to one) and
 * the reference day: a rebuilt app or a moved clock makes a fresh one instead of reusing a stale
 * demo. `places.spec.ts` still loads the demo in its own test, as a first launch does.
 */

const launchOptions = (): Parameters<typeof chromium.launchPersistentContext>[1] => ({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
  baseURL: E2E_BASE_URL,
  ...E2E_PAGE_OPTIONS,
});

function profileKey(): string {
  const build = readFileSync(resolve(E2E_BUILD_ROOT, 'index.html'));
  return createHash('sha256')
    .update(build)
    .update(E2E_BASE_URL)
    .update(REFERENCE_NOW.toISOString())
    .update(CHROMIUM_PATH)
    .digest('hex')
    .slice(0, 16);
}

async function loadDemoInto(dir: string): Promise<void> {
  const context = await chromium.launchPersistentContext(dir, launchOptions());
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await fixClock(page);
    await page.goto('/');
    await page.getByRole('button', { name: '载入' }).click();
    // '/' already shows 概览 while the demo loads, and on a busy machine the loader's toast can come
    // and go unseen: wait for the loading dialog to close, then make sure the load did not fail.
    await expect(page.getByText('正在载入示范数据')).toBeVisible();
    await expect(page.getByText('正在载入示范数据')).toBeHidden({ timeout: 480_000 });
    await expect(page.getByText(/载入示范数据失败/)).toHaveCount(0);
    await expect(page).toHaveURL(/#\/overview$/);
  } finally {
    // Closing flushes IndexedDB to disk and releases the profile's lock before it is copied.
    await context.close();
  }
}

/** The profile holding the loaded demo, made on first use and reused by later suites and runs. */
async function demoProfile(): Promise<string> {
  const ready = join(tmpdir(), `street-desk-e2e-demo-${profileKey()}`);
  if (existsSync(ready)) return ready;
  const building = mkdtempSync(`${ready}.building-`);
  try {
    await loadDemoInto(building);
    // Another run that finished first keeps its profile; this one is dropped.
    if (!existsSync(ready)) renameSync(building, ready);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return ready;
}

export const test = base.extend<{ demoContext: BrowserContext }, { demoProfileDir: string }>({
  // Made once per worker, outside any test's time: loading the demo may take minutes on CI.
  // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  demoProfileDir: [async ({}, use) => use(await demoProfile()), { scope: 'worker', timeout: 600_000 }],
  demoContext: async ({ demoProfileDir }, use) => {
    const source = demoProfileDir;
    const dir = mkdtempSync(join(tmpdir(), 'street-desk-e2e-profile-'));
    cpSync(source, dir, { recursive: true });
    // Playwright traces and screenshots this context on failure as it does its own.
    try {
      const context = await chromium.launchPersistentContext(dir, launchOptions());
      try {
        await use(context);
      } finally {
        await context.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  page: async ({ demoContext }, use) => {
    await use(demoContext.pages()[0] ?? (await demoContext.newPage()));
  },
});

/** Opens the app on the demo street, already loaded; the page's clock must be fixed before. */
export async function openDemo(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/#\/overview$/);
  await expect(page.getByRole('menuitem', { name: '概览' })).toBeVisible();
}

export { expect };
