import type { Page } from '@playwright/test';
import { expect, openDemo, test } from './demo-profile';
import * as XLSX from '@e965/xlsx';
import { fixClock } from './reference-clock';

/**
 * 接诉即办 end to end, in Chromium against the built app with real IndexedDB: the demo street's
 * registry, a 12345 dispatch export with a merged title imported through the wizard, a ticket
 * whose address the registry does not hold located by hand, another run from 签收 to 办结 with
 * its 回访, and the month's rates counting it.
 */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test.beforeEach(({ page }) => fixClock(page));

/** A registered building of the loaded demo, read from IndexedDB. */
async function aBuilding(page: Page): Promise<{ name: string; address: string }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('street-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<{ name: string; address: string; type: string }[]>((resolve) => {
      const request = db.transaction('places').objectStore('places').getAll(undefined, 400);
      request.onsuccess = () => resolve(request.result as { name: string; address: string; type: string }[]);
    });
    db.close();
    const building = rows.find((r) => r.type === 'building' && /\d+号楼$/.test(r.address))!;
    return { name: building.name, address: building.address };
  });
}

function dispatchExport(address: string, unknown: string): Buffer {
  const rows = [
    ['12345市民服务热线派单明细（2026年11月）'],
    [
      '工单编号',
      '受理时间',
      '诉求类型',
      '问题分类',
      '诉求内容',
      '发生地址',
      '办理时限',
      '是否紧急',
      '诉求人',
      '联系电话',
    ],
    [
      'T990000000001',
      '2026-11-25 08:30',
      '投诉',
      '楼道堆物',
      '楼道堆放杂物',
      `北京市${address}门口`,
      '7个工作日',
      '否',
      '王女士',
      '13800138000',
    ],
    [
      'T990000000002',
      '2026-11-25 09:00',
      '求助',
      '路灯不亮',
      '路灯不亮',
      unknown,
      '',
      '否',
      '李先生',
      '13900139000',
    ],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 9 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '派单明细');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

async function step(
  page: Page,
  action: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  const card = page.locator('.ant-drawer');
  await card.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${action}：`) });
  await fill?.(dialog);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
}

test('a dispatch export imported, an unregistered address located by hand, a ticket run to 办结 and counted', async ({
  page,
}) => {
  test.setTimeout(200_000);
  await openDemo(page);
  const building = await aBuilding(page);
  const stem = building.address.replace(/^.*?区/, '').replace(/\d+号楼$/, '');

  await page.getByRole('menuitem', { name: '接诉即办' }).click();
  const toolbar = page.locator('.list-toolbar');
  await expect(toolbar.getByText(/共 \d+ 张工单/)).toBeVisible({ timeout: 30_000 });
  await toolbar.getByRole('button', { name: '导入' }).click();
  const wizard = page.getByRole('dialog', { name: '从 Excel 导入12345 工单' });
  const chooser = page.waitForEvent('filechooser');
  await wizard.getByRole('button', { name: '选择文件' }).click();
  await (
    await chooser
  ).setFiles({
    name: '派单明细.xlsx',
    mimeType: XLSX_TYPE,
    buffer: dispatchExport(building.address, `${stem}99号楼`),
  });
  // The header sits under the merged title.
  await expect(wizard.getByLabel('表头在第')).toHaveValue('2', { timeout: 30_000 });
  await wizard.getByRole('button', { name: '检查数据' }).click();
  await wizard.getByRole('button', { name: '导入 2 条' }).click();
  await expect(wizard.getByText('导入完成')).toBeVisible({ timeout: 30_000 });
  await wizard.getByRole('button', { name: '完成' }).click();

  await toolbar.getByPlaceholder('搜索编号、内容或地址').fill('T9900000000');
  await expect(toolbar.getByText('共 2 张工单')).toBeVisible();
  const rows = page.locator('[role=row]');
  await expect(rows.filter({ hasText: 'T990000000001' })).toContainText('已定位');
  await expect(rows.filter({ hasText: 'T990000000002' })).toContainText('未登记');

  // The registry has no building 99: the card offers the compound's buildings; a person picks.
  await rows.filter({ hasText: 'T990000000002' }).click();
  const card = page.locator('.ant-drawer');
  await expect(card).toContainText('不能唯一确定楼门院');
  await card.getByRole('button', { name: '定位到这里' }).first().click();
  await expect(card.getByText('楼门长')).toBeVisible();
  await expect(rows.filter({ hasText: 'T990000000002' })).toContainText('已定位');
  await card.getByRole('button', { name: '关闭' }).click();

  // The located ticket, run through: the building's 楼门长 is on its card.
  await rows.filter({ hasText: 'T990000000001' }).click();
  await expect(card).toContainText(building.name);
  await expect(card).toContainText('王**');
  // Classified against the street duty list in force: the street's own duty, so it is handled here.
  await card.getByLabel('职责归属（街道职责清单）').click();
  const duty = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  const dutyName = (await duty.innerText()).trim();
  await duty.click();
  await expect(page.getByText(`已归入 ${dutyName}`)).toBeVisible();
  await step(page, '签收');
  await step(page, '联系诉求人', (d) => d.getByLabel('说明').fill('已电话联系'));
  await step(page, '反馈');
  await step(page, '回访', async (d) => {
    await d.getByLabel('是否解决').click();
    await page.getByTitle('已解决').click();
    await d.getByLabel('满意度').click();
    await page.getByTitle('满意', { exact: true }).click();
  });
  await step(page, '办结');
  await expect(card.locator('.ant-tag').first()).toHaveText('已办结');
  await expect(card.locator('.ant-timeline-item')).toHaveCount(6);
  await expect(card.locator('.ant-timeline-item').first()).toContainText(dutyName);
  await card.getByRole('button', { name: '关闭' }).click();

  // The month's rates count it: November has rows, and the ranking is there.
  await page.getByRole('tab', { name: '三率' }).click();
  await expect(page).toHaveURL(/#\/tickets\/rates$/);
  const rates = page.locator('.page-body');
  await expect(rates).toContainText('2026-11');
  await expect(rates.getByRole('columnheader', { name: '解决率' })).toBeVisible();
  await expect(rates.locator('.ant-table-row').first()).toBeVisible();

  // Counted by grid and by lead office, the month's tickets are the same tickets.
  const total = async () => {
    const cells = await rates.locator('.ant-table-row td:nth-child(3)').allInnerTexts();
    return cells.reduce((sum, c) => sum + Number(c), 0);
  };
  const byCommunity = await total();
  expect(byCommunity).toBeGreaterThan(0);
  await rates.getByText('按网格').click();
  await expect(rates.getByRole('columnheader', { name: '网格' })).toBeVisible();
  expect(await total()).toBe(byCommunity);
  await rates.getByText('按承办科室').click();
  await expect(rates.getByRole('columnheader', { name: '承办科室' })).toBeVisible();
  expect(await total()).toBe(byCommunity);
  await rates.getByText('按社区').click();

  // The street's own weights: a sum other than 100 is refused at the field; saved, the scores move.
  const first = rates.locator('.ant-table-row').first();
  const community = (await first.locator('td').nth(1).innerText()).trim();
  const rowOf = () => rates.locator('.ant-table-row').filter({ hasText: community });
  const scoreBefore = (await rowOf().locator('td').last().innerText()).trim();
  await expect(rates.locator('.ant-alert')).toContainText('10/45/45');
  await rates.getByRole('button', { name: '权重设置' }).click();
  const weights = page.getByRole('dialog', { name: /三率权重/ });
  await weights.getByLabel('响应率').fill('50');
  await weights.getByRole('button', { name: /保\s*存/ }).click();
  await expect(weights.getByText('三项权重之和须为 100')).toBeVisible();
  await weights.getByLabel('解决率').fill('25');
  await weights.getByLabel('满意率').fill('25');
  await weights.getByRole('button', { name: /保\s*存/ }).click();
  await expect(weights).toBeHidden();
  await expect(rates.locator('.ant-alert')).toContainText('50/25/25');
  await expect(rowOf().locator('td').last()).not.toHaveText(scoreBefore);

  // The street's own time limits: 求助 in working days instead of 24 hours, and the card says which.
  await page.getByRole('tab', { name: '工单' }).click();
  await toolbar.getByPlaceholder('搜索编号、内容或地址').fill('T990000000002');
  await rows.filter({ hasText: 'T990000000002' }).click();
  await expect(card).toContainText('求助 · 24 小时');
  await card.getByRole('button', { name: '关闭' }).click();
  await toolbar.getByRole('button', { name: '时限规则' }).click();
  const limits = page.getByRole('dialog', { name: /办理时限规则/ });
  await limits.getByLabel('求助 计时方式').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('工作日', { exact: true }).click();
  await limits.getByLabel('求助 时限').fill('2.5');
  await limits.getByRole('button', { name: /保\s*存/ }).click();
  await expect(limits.getByText('按自然日或工作日计的时限须为整数天')).toBeVisible();
  await limits.getByLabel('求助 时限').fill('2');
  await limits.getByRole('button', { name: /保\s*存/ }).click();
  await expect(limits).toBeHidden();
  await rows.filter({ hasText: 'T990000000002' }).click();
  await expect(card).toContainText('求助 · 2 个工作日');
  await card.getByRole('button', { name: '关闭' }).click();

  // A ticket that is a burden complaint is registered as one from its card: one register, linked.
  await page.getByRole('tab', { name: '工单' }).click();
  await toolbar.getByPlaceholder('搜索编号、内容或地址').fill('T990000000002');
  await rows.filter({ hasText: 'T990000000002' }).click();
  await card.getByRole('button', { name: '登记为减负投诉' }).click();
  await expect(page).toHaveURL(/#\/access\/complaints/);
  const complaint = page.getByRole('dialog', { name: '登记减负投诉' });
  await expect(complaint.getByLabel('12345 工单号')).toHaveValue('T990000000002');
  await complaint.getByLabel('派发工作的部门').click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  const department = (await option.innerText()).trim();
  await option.click();
  await complaint.getByRole('button', { name: /保\s*存/ }).click();
  await expect(complaint).toBeHidden();
  await page.getByRole('menuitem', { name: '接诉即办' }).click();
  await toolbar.getByPlaceholder('搜索编号、内容或地址').fill('T990000000002');
  await rows.filter({ hasText: 'T990000000002' }).click();
  await expect(card).toContainText(`减负投诉：针对 ${department}`);
  await expect(card.getByRole('button', { name: '登记为减负投诉' })).toHaveCount(0);
});
