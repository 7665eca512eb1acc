import type { Page } from '@playwright/test';
import { expect, openDemo, test } from './demo-profile';
import { saveDialog } from './dialogs';
import { fixClock } from './reference-clock';

/**
 * 双报到 end to end, in Chromium against the built app with real IndexedDB, on the demo street:
 * a party member registered with a community (the phone shown masked), a 3-hour service added
 * in the member's drawer, and the member's and the community's hours of the year moving by
 * exactly that; deleting the member says its activity goes with it.
 */
test.setTimeout(180_000);
test.beforeEach(({ page }) => fixClock(page));

/** The hours of the year of a community's figures line (0 when it has no line yet). */
async function communityHours(page: Page, community: string): Promise<number> {
  const table = page.getByTestId('dual-figures');
  await expect(table.locator('.ant-table-row').first()).toBeVisible();
  const row = table.locator('.ant-table-row').filter({ hasText: community });
  if ((await row.count()) === 0) return 0;
  const cells = await row.getByRole('cell').allInnerTexts();
  return Number(cells[4]);
}

test('a party member registers with a community, serves 3 hours, and the year’s hours move by 3', async ({
  page,
}) => {
  await openDemo(page);

  await page.getByRole('menuitem', { name: '吹哨报到' }).click();
  await page.getByRole('tab', { name: '双报到' }).click();
  await expect(page).toHaveURL(/#\/whistles\/dual$/);
  const members = page.getByTestId('dual-members');
  await expect(members.locator('.ant-table-row').first()).toBeVisible();

  await page.getByRole('button', { name: '新增报到' }).click();
  let dialog = page.getByRole('dialog', { name: '新增报到' });
  await dialog.getByLabel('报到社区').click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  const community = await option.innerText();
  await option.click();
  const before = await communityHours(page, community);
  await dialog.getByLabel('名称/姓名').fill('E2E 测试党员');
  await dialog.getByLabel('工作单位').fill('区教委');
  await dialog.getByLabel('手机号').fill('138 1234 5678');
  await saveDialog(page, dialog);

  // The street has some hundreds of members: find the new one by name.
  await page.getByLabel('搜索名称、姓名或工作单位').fill('E2E');
  const row = members.locator('.ant-table-row').filter({ hasText: 'E2E 测试党员' });
  await expect(members.locator('.ant-table-row')).toHaveCount(1);
  await expect(row).toContainText('在职党员');
  await expect(row).toContainText(community);
  await expect(row).toContainText('138****5678');
  await expect(row).not.toContainText('13812345678');
  await expect(row).not.toContainText('1234 5678');

  // The member's drawer: add a service of 3 hours today.
  await row.getByRole('cell', { name: 'E2E 测试党员' }).click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: 'E2E 测试党员 的服务记录' });
  await expect(drawer.getByTestId('member-year-total')).toHaveText('2026 年共 0 次、0 小时');
  await drawer.getByRole('button', { name: '新增服务' }).click();
  dialog = page.getByRole('dialog', { name: '新增服务' });
  await dialog.getByLabel('时长（小时）').fill('3');
  await dialog.getByLabel('服务内容').fill('楼道堆物清理');
  await saveDialog(page, dialog);
  await expect(drawer.locator('.ant-table-row')).toHaveCount(1);
  await expect(drawer.getByTestId('member-year-total')).toHaveText('2026 年共 1 次、3 小时');
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();

  const cells = await row.getByRole('cell').allInnerTexts();
  expect(cells.slice(6, 8).map(Number)).toEqual([1, 3]);
  await expect.poll(() => communityHours(page, community)).toBe(before + 3);

  // Deleting the member says that its activity goes with it.
  await row.getByRole('button', { name: '删除' }).click();
  const confirm = page.locator('.ant-popconfirm:visible');
  await expect(confirm).toContainText('将同时删除 1 条服务记录');
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(row).toHaveCount(0);
  await expect.poll(() => communityHours(page, community)).toBe(before);
});
