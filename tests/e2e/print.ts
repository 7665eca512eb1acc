import type { Page } from '@playwright/test';

/**
 * The browser's print dialog would block the page: suites that print replace `window.print` with
 * a counter (call before the first navigation) and read how often it was called.
 */
export async function countPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}

/** How many times the page asked to print since it loaded. */
export const printCalls = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { printed: number }).printed);
