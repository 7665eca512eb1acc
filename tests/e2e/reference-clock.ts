import type { Page } from '@playwright/test';

/**
 * The day end-to-end tests live on: a Wednesday in 2026, a year whose holiday arrangement the
 * app ships. Suites whose steps count days (access deadlines, the board's week, attendance)
 * fix the page's clock here so they mean the same on any real date. Time still flows from
 * this moment (Playwright's clock, installed, runs in real time), so timers and animations
 * behave as usual.
 */
export const REFERENCE_NOW = new Date('2026-11-25T10:00:00+08:00');

/** Installs the reference clock in the page; call before the page's first navigation. */
export async function fixClock(page: Page): Promise<void> {
  await page.clock.install({ time: REFERENCE_NOW });
}

/** `YYYY-MM-DD` in Beijing, `days` calendar days from the reference day. */
export function referenceDay(days = 0): string {
  return new Date(REFERENCE_NOW.getTime() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
