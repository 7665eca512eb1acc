import { expect, test, type Page } from '@playwright/test';
import { fixClock } from './reference-clock';

/**
 * The 楼门院 registry end to end, in Chromium against the built app, with real IndexedDB:
 * first launch → demo street → pick a community → add a building with its head → find it
 * by pinyin initials → reload → find it again → coverage numbers moved.
 */

async function statValue(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator('.ant-statistic-content-value').innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

async function coverageNumbers(page: Page) {
  await page.getByRole('tab', { name: '覆盖情况' }).click();
  await expect(page.getByTestId('coverage-noWorker')).toBeVisible();
  const placesCard = page.locator('.ant-card').filter({ hasText: '覆盖单元' }).first();
  const places = Number(
    (await placesCard.locator('.ant-statistic-content-value').innerText()).replace(/[^\d]/g, ''),
  );
  return {
    places,
    noWorker: await statValue(page, 'coverage-noWorker'),
    noHead: await statValue(page, 'coverage-noHead'),
  };
}

// Last visits and terms of office are read against today: the page lives on a fixed day.
test.beforeEach(({ page }) => fixClock(page));

test('first launch, demo street, add a building, find it by pinyin, reload, coverage changes', async ({
  page,
}) => {
  // The demo street brings its lists, coordinators and a month of attendance: minutes on a busy CI machine.
  test.setTimeout(300_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '欢迎使用街道工作台' })).toBeVisible();
  // Every section is in the navigation, in Chinese.
  for (const label of [
    '概览',
    '三张清单',
    '社区准入',
    '协管员',
    '派遣',
    '楼门院',
    '接诉即办',
    '同步',
    '设置',
  ]) {
    await expect(page.getByRole('menuitem', { name: label })).toBeVisible();
  }

  // Load the demo street (南磨房地区 is preselected).
  await page.getByRole('button', { name: '载入' }).click();
  // It lands on the overview, whose 楼门院 is the list's count (one definition, shared/places/figures).
  // '/' already shows 概览 while the demo loads: wait for the load to finish, then the landing.
  await expect(page.getByText(/已载入示范数据/)).toBeVisible({ timeout: 240_000 });
  await expect(page).toHaveURL(/#\/overview$/);
  const onOverview = Number(
    (await page.getByTestId('overview-places').locator('.ant-statistic-content-value').innerText()).replace(
      /\D/g,
      '',
    ),
  );
  await page.getByRole('menuitem', { name: '楼门院' }).click();
  await expect(page.getByTestId('place-count')).toHaveText(`共 ${onOverview} 条`);

  // Pick 南新园社区 in the scope tree: the street is selected after loading; open it.
  const tree = page.locator('.scope-tree');
  const street = tree.locator('.ant-tree-treenode').filter({ hasText: '南磨房地区' });
  await street.locator('.ant-tree-switcher').click();
  await tree
    .locator('.ant-tree-title')
    .filter({ hasText: /^南新园社区/ })
    .click();
  await expect(page.getByTestId('scope-breadcrumb')).toContainText('南新园社区');

  const before = await coverageNumbers(page);
  expect(before.places).toBeGreaterThan(0);

  // Add a building with its responsible person; a wrong mobile number is refused first.
  await page.getByRole('tab', { name: '楼门院' }).click();
  await page.getByRole('button', { name: '新增楼门院' }).click();
  const dialog = page.getByRole('dialog', { name: '新增楼门院' });
  await dialog.getByLabel('名称').fill('南新园99号楼');
  await dialog.getByLabel('地址').fill('南磨房地区南新园小区99号楼');
  await dialog.getByLabel('户数').fill('120');
  await dialog.getByLabel('人数').fill('300');
  await dialog.getByLabel('姓名').fill('王秀英');
  await dialog.getByLabel('手机').fill('1391234567');
  await dialog.getByRole('checkbox', { name: '党员' }).check();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('手机号码应为 11 位数字，以 13–19 开头')).toBeVisible();
  // Nothing typed was lost.
  await expect(dialog.getByLabel('名称')).toHaveValue('南新园99号楼');
  await dialog.getByLabel('手机').fill('139 1234 5678');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  // The card opens on the new building, readable aloud, the phone masked.
  const card = page.getByTestId('place-card');
  await expect(card).toContainText('南新园99号楼');
  await expect(card.locator('.readout pre')).toContainText('楼长：王秀英（党员），139****5678');
  await page.keyboard.press('Escape');

  // Find it by pinyin initials.
  const search = page.getByPlaceholder('地址、楼号、楼门长姓名或拼音首字母，如 nxy');
  await search.fill('nxy99');
  await expect(page.getByRole('row').filter({ hasText: '南新园99号楼' })).toBeVisible();
  await expect(page.getByTestId('place-count')).toHaveText('共 1 条');
  await search.fill('wxy');
  await expect(page.getByRole('row').filter({ hasText: '南新园99号楼' })).toBeVisible();

  // Reload: the data is in IndexedDB, the scope is remembered.
  await page.reload();
  await expect(page.getByTestId('scope-breadcrumb')).toContainText('南新园社区');
  await page.getByPlaceholder('地址、楼号、楼门长姓名或拼音首字母，如 nxy').fill('nxy99');
  await expect(page.getByRole('row').filter({ hasText: '南新园99号楼' })).toBeVisible();

  // Coverage moved: one more place, and it has no covering worker yet.
  const after = await coverageNumbers(page);
  expect(after.places).toBe(before.places + 1);
  expect(after.noWorker).toBe(before.noWorker + 1);
  expect(after.noHead).toBe(before.noHead);

  // Delete a community worker from the list: cancelling keeps it, confirming removes it, and
  // neither click opens the row's form behind the confirmation.
  await page.getByRole('menuitem', { name: '楼门院' }).click();
  await page.getByRole('tab', { name: '社区工作者' }).click();
  const workerCount = page.getByText(/^共 \d+ 条$/);
  // The places list's own count shows until the workers' view has loaded its rows: wait for them.
  await expect(page).toHaveURL(/#\/places\/workers/);
  await expect(page.locator('.vtable-row').first().getByRole('button', { name: '删除' })).toBeVisible();
  await expect(workerCount).toHaveText(/^共 [1-9]\d* 条$/);
  const workersBefore = Number((await workerCount.innerText()).replace(/\D/g, ''));
  const firstRow = page.locator('.vtable-row').first();
  const name = await firstRow.locator('.vtable-cell').first().innerText();
  await firstRow.getByRole('button', { name: '删除' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await firstRow.getByRole('button', { name: '删除' }).click();
  await expect(page.locator('.ant-popconfirm')).toContainText(name);
  await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
  await expect(workerCount).toHaveText(`共 ${workersBefore - 1} 条`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
