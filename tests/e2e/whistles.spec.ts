import type { Locator, Page } from '@playwright/test';
import { expect, openDemo, test } from './demo-profile';
import { saveDialog } from './dialogs';
import { fixClock, referenceDay } from './reference-clock';

/**
 * 吹哨报到 end to end, in Chromium against the built app with real IndexedDB, on the demo street:
 * a ticket escalated into a whistle, two departments summoned, one reporting in on time and one
 * late, an arrival before the whistle refused, closing refused while a department on site has
 * not said what it did, the event closed and both departments evaluated, and the departments'
 * monthly lines changing by exactly that, the firm's answer entered by the street on its behalf;
 * then the same lines in English.
 */
test.setTimeout(180_000);
test.beforeEach(({ page }) => fixClock(page));

const DAY = referenceDay();

/** The monthly line of a department as numbers: summoned, on time, late, absent, awaited. */
async function lineOf(page: Page, name: string): Promise<number[]> {
  const table = page.getByTestId('whistle-departments');
  await expect(table.locator('.ant-table-row').first()).toBeVisible();
  const row = table.locator('.ant-table-row').filter({ hasText: name });
  if ((await row.count()) === 0) return [0, 0, 0, 0, 0];
  const cells = await row.getByRole('cell').allInnerTexts();
  return cells.slice(1, 6).map(Number);
}

/** Types a date-time into an Ant Design picker and confirms it. */
async function setTime(dialog: Locator, label: string, value: string) {
  const input = dialog.getByLabel(label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

async function callRow(page: Page, name: string): Promise<Locator> {
  return page.getByTestId('whistle-calls').locator('.ant-table-row').filter({ hasText: name });
}

test('a ticket escalated to a whistle: two departments report in, one late; the event closes and both are evaluated', async ({
  page,
}) => {
  await openDemo(page);

  // The departments' month before: the demo street already summoned them this month.
  await page.getByRole('menuitem', { name: '吹哨报到' }).click();
  await page.getByRole('tab', { name: '部门报到情况' }).click();
  const waterBefore = await lineOf(page, '区水务局');
  const firmBefore = await lineOf(page, '物业公司');

  // A ticket still being handled (the newest, received days ago) escalates from its card.
  await page.getByRole('menuitem', { name: '接诉即办' }).click();
  await expect(page.locator('.list-toolbar').getByText(/共 \d+ 张工单/)).toBeVisible({ timeout: 30_000 });
  await page.locator('[role=row]').nth(1).click();
  const ticketCard = page.locator('.ant-drawer');
  const number = (await ticketCard.locator('.ant-drawer-title').innerText()).replace('工单 ', '');
  await ticketCard.getByRole('button', { name: '吹哨' }).click();
  await expect(page).toHaveURL(/#\/whistles\?blow=/);

  const blow = page.getByRole('dialog', { name: `由工单 ${number} 吹哨` });
  await blow.getByLabel('事件名称').fill('E2E 地下管线漏水');
  // The list of units scrolls: type to find each.
  const units = blow.getByLabel('召集部门');
  for (const name of ['区水务局', '物业公司']) {
    await units.click();
    await units.fill(name);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: name })
      .first()
      .click();
  }
  await blow.getByLabel('事件名称').click(); // closes the dropdown
  await expect(blow.getByLabel('报到时限（分钟）')).toHaveValue('30');
  await setTime(blow, '吹哨时间', `${DAY} 09:00`);
  await saveDialog(page, blow);

  const card = page.locator('.ant-drawer').filter({ hasText: 'E2E 地下管线漏水' });
  await expect(card).toBeVisible();
  await expect(card).toContainText(`${DAY} 09:30`); // the report-in deadline
  await expect(card.getByTestId('whistle-calls').locator('.ant-table-row')).toHaveCount(2);

  // An arrival before the whistle is refused, with the reason on the field.
  await (await callRow(page, '区水务局')).getByRole('button', { name: '报到' }).click();
  let dialog = page.getByRole('dialog', { name: '区水务局 报到' });
  await setTime(dialog, '报到时间', `${DAY} 08:50`);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toContainText('报到时间早于吹哨时间');
  await setTime(dialog, '报到时间', `${DAY} 09:20`);
  await dialog.getByLabel('到场人员').fill('张三、李四');
  await saveDialog(page, dialog);
  await expect(await callRow(page, '区水务局')).toContainText('按时报到');
  await expect(await callRow(page, '区水务局')).toContainText('在场');

  await (await callRow(page, '物业公司')).getByRole('button', { name: '报到' }).click();
  dialog = page.getByRole('dialog', { name: '物业公司 报到' });
  await setTime(dialog, '报到时间', `${DAY} 09:50`);
  await saveDialog(page, dialog);
  await expect(await callRow(page, '物业公司')).toContainText('迟到');

  // Closing waits for what each department on site did.
  await card.getByRole('button', { name: '结束事件' }).click();
  dialog = page.getByRole('dialog', { name: /^结束事件：/ });
  await dialog.getByLabel('处置结果').fill('管线已修复');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toContainText('未填写处置情况');
  await expect(dialog).toContainText('区水务局');
  await dialog.getByRole('button', { name: '取消' }).click();
  await page.getByRole('button', { name: '放弃' }).click();
  for (const name of ['区水务局', '物业公司']) {
    await (await callRow(page, name)).getByRole('button', { name: '填写处置' }).click();
    dialog = page.getByRole('dialog', { name: `${name} 的处置情况` });
    await dialog.getByLabel('处置情况').fill('到场抢修');
    await saveDialog(page, dialog);
  }
  await card.getByRole('button', { name: '结束事件' }).click();
  dialog = page.getByRole('dialog', { name: /^结束事件：/ });
  await dialog.getByLabel('处置结果').fill('管线已修复');
  await expect(dialog.getByRole('checkbox')).toBeChecked();
  await saveDialog(page, dialog);
  await expect(card.getByRole('button', { name: '结束事件' })).toHaveCount(0);
  await expect(await callRow(page, '区水务局')).not.toContainText('在场');

  // The street evaluates both; the late one gets 2 for timeliness.
  for (const [name, timeliness] of [
    ['区水务局', 5],
    ['物业公司', 2],
  ] as const) {
    await (await callRow(page, name)).getByRole('button', { name: '评价' }).click();
    dialog = page.getByRole('dialog', { name: `评价 ${name}` });
    await dialog
      .locator('.ant-rate')
      .first()
      .locator('.ant-rate-star')
      .nth(timeliness - 1)
      .click();
    await saveDialog(page, dialog);
  }
  await expect(await callRow(page, '物业公司')).toContainText('4.0'); // (2 + 5 + 5) / 3
  // The firm has no login of its own: the street enters its answer (双考核), marked as entered for it.
  await (await callRow(page, '物业公司')).getByRole('button', { name: '代录回复' }).click();
  dialog = page.getByRole('dialog', { name: '代 物业公司 录入回复' });
  await dialog.getByLabel('回复内容').fill('夜间人手不足，已调整值班');
  await saveDialog(page, dialog);
  await expect(await callRow(page, '物业公司')).toContainText('夜间人手不足');
  await expect(await callRow(page, '物业公司')).toContainText('街道代录');
  await card.getByRole('button', { name: '关闭' }).click();

  // The month's lines moved by exactly this event.
  await page.getByRole('tab', { name: '部门报到情况' }).click();
  const [s, on, late, absent, awaited] = waterBefore;
  await expect.poll(() => lineOf(page, '区水务局')).toEqual([s! + 1, on! + 1, late!, absent!, awaited!]);
  await expect
    .poll(() => lineOf(page, '物业公司'))
    .toEqual([firmBefore[0]! + 1, firmBefore[1]!, firmBefore[2]! + 1, firmBefore[3]!, firmBefore[4]!]);

  // The ticket moved on to 反馈 with the event's outcome.
  await page.getByRole('menuitem', { name: '接诉即办' }).click();
  await page.locator('.list-toolbar').getByPlaceholder('搜索编号、内容或地址').fill(number);
  await page.locator('[role=row]').filter({ hasText: number }).click();
  await expect(page.locator('.ant-drawer')).toContainText('已反馈');
  await expect(page.locator('.ant-drawer')).toContainText('管线已修复');
  await page.locator('.ant-drawer').getByRole('button', { name: '关闭' }).click();

  // In English, the same lines.
  await page.getByRole('menuitem', { name: '吹哨报到' }).click();
  await page.getByRole('tab', { name: '部门报到情况' }).click();
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Department report-in' })).toBeVisible();
  const table = page.getByTestId('whistle-departments');
  for (const header of ['Summoned', 'On time', 'Late', 'Absent', 'Average score'])
    await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
  await expect(table.locator('.ant-table-row').filter({ hasText: '物业公司' })).toBeVisible();
  await expect(page.getByTestId('whistle-rates')).toContainText('per 1,000 tickets');
});
