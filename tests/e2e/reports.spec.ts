import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, openDemo, test } from './demo-profile';
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { fixClock } from './reference-clock';

/**
 * 报表 end to end, in Chromium against the built app on the demo street at the reference day:
 * the monthly report agrees with the dashboard, downloads as .docx and .xlsx whose contents are
 * the figures on screen, and the readiness report names a list edition in force whose line
 * opens the edition.
 */
// Both reports read a street's year; a busy 2-core machine slows that several times.
test.setTimeout(300_000);
test.beforeEach(({ page }) => fixClock(page));

const bytesOf = async (download: Promise<Download>) => readFile((await (await download).path())!);

/** A section's figures as shown: label → value. */
async function figuresOf(section: Locator): Promise<Map<string, string>> {
  const figures = new Map<string, string>();
  for (const figure of await section.getByTestId('report-figure').all())
    figures.set(
      (await figure.locator('dt').innerText()).trim(),
      (await figure.locator('dd').innerText()).trim(),
    );
  return figures;
}

test('the monthly report agrees with the dashboard and exports to Word and Excel; the readiness report opens its evidence', async ({
  page,
}) => {
  await openDemo(page);
  await page.getByRole('menuitem', { name: '数据看板' }).click();
  // The dashboard's November row: what the report must say too.
  const dashboardRow = page.getByTestId('dashboard-tickets').locator('.ant-table-row').last();
  await expect(dashboardRow).toContainText('2026-11');
  const [, count, response, resolution, satisfaction] = await dashboardRow.locator('td').allInnerTexts();

  await page.getByRole('tab', { name: '工作月报' }).click();
  await expect(page).toHaveURL(/#\/dashboard\/monthly$/);
  const report = page.getByTestId('report');
  await expect(report.locator('h1')).toHaveText('南磨房地区 2026年11月 工作月报');
  const tickets = report.getByTestId('report-tickets');
  await expect(tickets.locator('.echart svg')).toBeVisible();
  const figures = await figuresOf(tickets);
  expect([...figures.values()]).toEqual([count, response, resolution, satisfaction, expect.any(String)]);
  expect(figures.get('工单数')).toBe(count);
  expect(figures.get('解决率')).toBe(resolution);

  // Word: the title, every figure of the tickets section and the November row of its table.
  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word' }).click();
  const word = await docx;
  expect(word.suggestedFilename()).toBe('南磨房地区 2026年11月 工作月报.docx');
  const body = strFromU8(
    unzipSync(new Uint8Array(await bytesOf(Promise.resolve(word))))['word/document.xml']!,
  );
  expect(body).toContain('南磨房地区 2026年11月 工作月报');
  for (const [label, value] of figures) {
    expect(body).toContain(label);
    expect(body).toContain(value);
  }
  const coverage = await figuresOf(report.getByTestId('report-coverage'));
  for (const value of coverage.values()) expect(body).toContain(`<w:t xml:space="preserve">${value}</w:t>`);

  // Excel: the summary sheet holds each figure beside its section, the tickets sheet the month.
  const xlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const book = XLSX.read(await bytesOf(xlsx), { type: 'buffer' });
  expect(book.SheetNames[0]).toBe('概要');
  const summary = XLSX.utils.sheet_to_json<string[]>(book.Sheets['概要']!, { header: 1, raw: false });
  for (const [label, value] of figures) expect(summary).toContainEqual(['接诉即办', label, value]);
  const sheet = book.Sheets[book.SheetNames[1]!]!;
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false });
  expect(rows).toContainEqual(['2026-11', count, response, resolution, satisfaction]);
  const sections = await report.locator('section h2').allInnerTexts();
  expect(book.SheetNames).toHaveLength(1 + sections.length);

  // The readiness report follows on the same data.
  await readinessShowsEvidence(page);
});

async function readinessShowsEvidence(page: Page) {
  await page.getByRole('tab', { name: '执法检查准备' }).click();
  await expect(page).toHaveURL(/#\/dashboard\/readiness$/);
  const lists = page.getByTestId('report-lists');
  const tasks = lists.locator('.ant-table-row').filter({ hasText: '社区任务清单' });
  const edition = await tasks.locator('td').nth(1).innerText();
  expect(edition).toMatch(/版$/);
  await expect(tasks.locator('td').nth(2)).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  expect(Number(await tasks.locator('td').nth(3).innerText())).toBeGreaterThan(0);
  await expect(page.getByTestId('report-tickets').getByTestId('report-figure').first()).toContainText(/\d/);

  await tasks.getByRole('link', { name: '社区任务清单' }).click();
  await expect(page).toHaveURL(/#\/lists\/communityTasks\?edition=/);
  await expect(page.locator('.edition-select').first()).toContainText(edition);

  // In English the same report reads in English.
  await page.getByText('EN', { exact: true }).click();
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Inspection readiness' })).toBeVisible();
  await expect(page.getByTestId('report-lists').locator('h2')).toHaveText('The three lists');
  await expect(
    page.getByTestId('report-lists').locator('.ant-table-row').filter({ hasText: 'Community tasks' }),
  ).toContainText(edition);
}
