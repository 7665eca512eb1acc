import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Browser } from '@playwright/test';
import { createAppHost } from '../server/app-host';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Fresh profiles opened: the median is reported, so one slow start does not decide it. */
const RUNS = 5;

/**
 * Run in the page before the app: notes the frame in which the welcome screen's first choice
 * (载入) is there. Waiting for it from outside would add Playwright's polling, up to half a
 * second, to the figure.
 */
const READY_WATCH = `
  const observer = new MutationObserver(() => {
    const buttons = document.querySelectorAll('button');
    if (![...buttons].some((b) => b.textContent.includes('载入'))) return;
    observer.disconnect();
    // After the frame that shows it is painted: a task queued from its animation frame.
    requestAnimationFrame(() => setTimeout(() => { window.coldReadyAt = performance.now(); }));
  });
  observer.observe(document, { childList: true, subtree: true });
`;

/**
 * appColdStartMs (issue 15): the built app opened in a fresh browser profile — nothing cached,
 * no database yet — from navigation to the first screen a user can act on (the welcome screen's
 * choices, with the navigation beside them). Measured on the page's own clock
 * (performance.now() counts from navigation start).
 */
export async function measureColdStart(browser: Browser): Promise<{ medianMs: number; runsMs: number[] }> {
  const root = path.join(here, '..', 'dist', 'renderer');
  await build({ configFile: path.join(here, '..', 'vite.config.ts'), logLevel: 'warn' });
  const host = createAppHost({ root });
  await host.listen({ host: '127.0.0.1', port: 0 });
  const address = host.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const runsMs: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
      // A string: a function would be serialised with the helpers tsx wraps named functions in.
      await context.addInitScript(READY_WATCH);
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/index.html`);
      await page.getByRole('button', { name: '载入' }).waitFor({ state: 'visible', timeout: 60_000 });
      runsMs.push(
        await page
          .waitForFunction(() => (window as unknown as { coldReadyAt?: number }).coldReadyAt)
          .then((handle) => handle.jsonValue() as Promise<number>),
      );
      await context.close();
    }
  } finally {
    await host.close();
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, runsMs };
}
