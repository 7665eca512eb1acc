import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { expect, openDemo, test } from './demo-profile';
import { saveDialog } from './dialogs';
import { countPrints, printCalls } from './print';
import { REFERENCE_NOW, fixClock } from './reference-clock';

/**
 * 社区考核 end to end, in Chromium against the built app on the demo street at the reference day:
 * a round for the current half-year is created and computed, a value opens its numerator and
 * denominator, a manual score refuses to save without its reason, the round goes to review and
 * is published (and then refuses editing), and a community's report card prints and saves as
 * .xlsx and .docx holding what the screen shows; in English too.
 */
// Computing a round reads the street's year; a busy 2-core machine slows that several times.
test.setTimeout(300_000);
test.beforeEach(async ({ page }) => {
  await fixClock(page);
  await countPrints(page);
});

const bytesOf = async (download: Promise<Download>) => readFile((await (await download).path())!);

/** The table row of a community, found by its report-card link (the table is virtual). */
const rowOf = (page: Page, code: string): Locator =>
  page.locator('.ant-table-row').filter({ has: page.getByTestId(`card-${code}`) });

const totalOf = async (page: Page, code: string) =>
  (await rowOf(page, code).locator('strong').first().innerText()).trim();

test('a round: created, computed, drilled, scored with its reason, reviewed, published and frozen; a report card printed and saved', async ({
  page,
}) => {
  await openDemo(page);
  await page.getByRole('menuitem', { name: '社区考核' }).click();
  await expect(page).toHaveURL(/#\/assessment$/);

  // The reference day is in November: the current half-year is the second.
  const year = Number(
    new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(REFERENCE_NOW),
  );
  // The demo street comes with the half-year that has ended, as a draft to work on.
  await expect(page.getByText(`${year}年上半年社区考核`)).toBeVisible();
  await page.getByRole('button', { name: '新建考核' }).click();
  let dialog = page.getByRole('dialog', { name: '新建考核' });
  const name = `E2E ${year}年下半年社区考核`;
  await dialog.getByLabel('考核名称').fill(name);
  await dialog.getByLabel('年度').fill(String(year));
  await dialog.getByLabel('周期').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '下半年' }).click();
  await saveDialog(page, dialog);
  await expect(page).toHaveURL(/#\/assessment\/[^/]+$/);
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByTestId('round-status')).toHaveText('草稿');

  // Compute: every community gets a line.
  await page.getByRole('button', { name: '计算', exact: true }).click();
  await expect(page.getByText(/计算于 .*，共 \d+ 个社区/)).toBeVisible({ timeout: 120_000 });
  const count = Number(
    /共 (\d+) 个社区/.exec(await page.getByText(/计算于 .*，共 \d+ 个社区/).innerText())![1],
  );
  expect(count).toBeGreaterThan(0);

  // The first community's resolution opens its numerator and denominator, agreeing with the cell.
  const firstCell = page.locator('[data-testid^="cell-"][data-testid$="-ticketResolution"]').first();
  const code = (await firstCell.getAttribute('data-testid'))!
    .replace(/^cell-/, '')
    .replace(/-ticketResolution$/, '');
  const community = (await rowOf(page, code).locator('.ant-table-cell').nth(1).innerText()).trim();
  expect(community.length).toBeGreaterThan(0);
  const shown = (await firstCell.innerText()).trim();
  await firstCell.click();
  dialog = page.getByRole('dialog', { name: new RegExp(`^${community} · `) });
  const drill = dialog.getByTestId('drill');
  const cellOf = (label: string) =>
    drill.locator('th', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::td[1]');
  const numerator = (await cellOf('分子').innerText()).trim();
  const denominator = (await cellOf('分母').innerText()).trim();
  expect(numerator).toMatch(/^\d+$/);
  expect(denominator).toMatch(/^\d+$/);
  expect(Number(numerator)).toBeLessThanOrEqual(Number(denominator));
  await expect(cellOf('指标值')).toHaveText(shown);
  if (Number(denominator) > 0 && shown.endsWith('%'))
    expect(Number.parseFloat(shown)).toBeCloseTo((100 * Number(numerator)) / Number(denominator), 0);
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();

  // A manual score: refused without its reason, saved with it; the total follows.
  await page.getByTestId(`cell-${code}-manual`).click();
  dialog = page.getByRole('dialog', { name: new RegExp(`^${community} · `) });
  await dialog.getByLabel('得分（0–100）').fill('88');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('请填写评分理由')).toBeVisible();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('评分理由').fill('E2E 现场检查记录：台账齐全');
  await saveDialog(page, dialog);
  await expect(page.getByTestId(`cell-${code}-manual`)).toHaveText(/88/);
  const total = await totalOf(page, code);
  expect(total).toMatch(/\d/);

  // Review, then publish: the round freezes and no longer offers editing.
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByTestId('round-status')).toHaveText('审核中');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '发布' }).click();
  await expect(page.getByTestId('round-status')).toHaveText('已发布', { timeout: 120_000 });
  await expect(page.getByTestId('frozen-note')).toContainText('不能再修改');
  for (const label of ['重新计算', '计算', '修改指标', '退回修改', '删除'])
    await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(0);
  expect(await totalOf(page, code)).toBe(total);
  // The manual score now opens read-only, with its reason, not the score form.
  await page.getByTestId(`cell-${code}-manual`).click();
  dialog = page.getByRole('dialog', { name: new RegExp(`^${community} · `) });
  await expect(dialog.getByTestId('drill')).toBeVisible();
  await expect(dialog).toContainText('E2E 现场检查记录：台账齐全');
  await expect(dialog.getByLabel('评分理由')).toHaveCount(0);
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();

  // The report card: printed, and saved as Word, holding the name and the total on screen.
  await page.getByTestId(`card-${code}`).click();
  dialog = page.getByRole('dialog', { name: `${community}社区考核成绩单` });
  await expect(dialog).toContainText(`综合得分: ${total}`);
  await dialog.getByRole('button', { name: '打印' }).click();
  const printRoot = page.locator('.print-root');
  await expect(printRoot).toContainText(`${community}社区考核成绩单`);
  await expect(printRoot).toContainText(total);
  await expect.poll(() => printCalls(page)).toBe(1);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(printRoot).toHaveCount(0);

  const docx = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出 Word' }).click();
  const word = await docx;
  expect(word.suggestedFilename()).toBe(`${community}考核成绩单.docx`);
  const body = strFromU8(
    unzipSync(new Uint8Array(await bytesOf(Promise.resolve(word))))['word/document.xml']!,
  );
  expect(body).toContain(`${community}社区考核成绩单`);
  expect(body).toContain(total);
  expect(body).toContain('E2E 现场检查记录：台账齐全');
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();

  // In English: the same round and report card, saved as Excel.
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByTestId('round-status')).toHaveText('Published');
  await expect(page.getByTestId('frozen-note')).toContainText('can no longer');
  await page.getByTestId(`card-${code}`).click();
  dialog = page.getByRole('dialog', { name: `Assessment report card: ${community}` });
  await expect(dialog).toContainText(`Total score: ${total}`);
  const xlsx = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export to Excel' }).click();
  const book = XLSX.read(await bytesOf(xlsx), { type: 'buffer' });
  const cells = book.SheetNames.flatMap((sheet) =>
    XLSX.utils.sheet_to_json<string[]>(book.Sheets[sheet]!, { header: 1, raw: false }).flat().map(String),
  );
  expect(cells).toContain(`Assessment report card: ${community}`);
  expect(cells.some((c) => c.includes(total))).toBe(true);
  expect(cells.some((c) => c.includes('E2E 现场检查记录：台账齐全'))).toBe(true);
});
