import type { Locator, Page } from '@playwright/test';
import { expect, openDemo, test } from './demo-profile';
import { checkCharacter } from '../../shared/coordinators/resident-id';
import { fixClock } from './reference-clock';

/**
 * The roster and dispatch end to end, in Chromium against the built app with real IndexedDB:
 * demo street → add a coordinator (a bad resident ID refused first) → find them by pinyin
 * initials → see the ID masked, unmask it as an allowed role (recorded) → assign to a grid for
 * the week → book them again over it and see the board flag the double booking → a role that
 * may not unmask cannot.
 */

// Not a region the demo street's coordinators carry (海淀), so it never clashes with theirs.
const FIRST17 = '11010819850615321';
const RESIDENT_ID = FIRST17 + checkCharacter(FIRST17);
const WRONG_ID = FIRST17 + (checkCharacter(FIRST17) === '0' ? '1' : '0');
const MASKED_ID = `110108********${RESIDENT_ID.slice(-4)}`;

/**
 * Opens a select and clicks the first option matching; returns the option's text. A text is
 * typed first where the select can search: its list is virtual, so far options are not there.
 */
async function pick(page: Page, field: Locator, option: string | RegExp): Promise<string> {
  await field.click();
  if (typeof option === 'string' && (await field.isEditable())) await field.fill(option);
  const choice = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first();
  const text = (await choice.innerText()).trim();
  await choice.click();
  return text;
}

async function setRole(page: Page, role: string) {
  await page.evaluate((r) => {
    const key = 'street-desk.session';
    const saved = JSON.parse(localStorage.getItem(key) ?? '{"state":{},"version":1}') as {
      state: { user?: Record<string, unknown> };
    };
    saved.state.user = { id: `test-${r}`, username: r, displayName: `测试${r}`, role: r, scope: '' };
    localStorage.setItem(key, JSON.stringify(saved));
  }, role);
  await page.reload();
}

// The board's week and attendance are today's: the page lives on a fixed day.
test.beforeEach(({ page }) => fixClock(page));

test('roster and dispatch: find by pinyin, unmask as allowed, assign for a week, double booking flagged', async ({
  page,
}) => {
  // A busy CI machine makes the screens several times slower than here.
  test.setTimeout(180_000);
  await openDemo(page);

  // The demo street's roster: a few hundred coordinators.
  await page.getByRole('menuitem', { name: '协管员' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText(/共 [1-9][\d,]{2,} 人/, { timeout: 30_000 });

  // Add one; a resident ID with a wrong check character is refused on its field.
  await page.getByRole('button', { name: '新增协管员' }).click();
  const form = page.getByRole('dialog', { name: '新增协管员' });
  await form.getByLabel('姓名').fill('欧阳娜娜');
  await form.getByLabel('身份证号').fill(WRONG_ID);
  await form.getByLabel('手机').fill('139 1234 5678');
  await pick(page, form.locator('#categoryId'), '治安巡防员');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('身份证号校验位不对，请核对每一位数字')).toBeVisible();
  await expect(form.getByLabel('姓名')).toHaveValue('欧阳娜娜');
  await form.getByLabel('身份证号').fill(RESIDENT_ID.toLowerCase());
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await page.keyboard.press('Escape');

  // Find her by pinyin initials: one row, the ID and phone masked in the list.
  await page.getByPlaceholder('姓名、拼音首字母或证件/手机末几位').fill('oynn');
  await expect(page.getByTestId('roster-count')).toHaveText('共 1 人');
  const row = page.getByRole('row').filter({ hasText: '欧阳娜娜' });
  await expect(row).toContainText(MASKED_ID);
  await expect(row).toContainText('139****5678');
  await expect(row).not.toContainText(RESIDENT_ID);
  // The last digits of her ID find her too.
  await page.getByPlaceholder('姓名、拼音首字母或证件/手机末几位').fill(`oynn ${RESIDENT_ID.slice(-6)}`);
  await expect(page.getByTestId('roster-count')).toHaveText('共 1 人');

  // The card shows the ID masked; an administrator may see it, and that is recorded.
  await row.click();
  const card = page.getByTestId('coordinator-card');
  await expect(card.getByTestId('card-residentId')).toHaveText(MASKED_ID);
  await expect(card).toContainText('没有人查看过完整号码');
  await card.getByRole('button', { name: '显示 身份证号' }).click();
  await expect(card.getByTestId('card-residentId')).toHaveText(RESIDENT_ID);
  await expect(card.getByTestId('audit-trail')).toContainText('本机用户 查看了身份证号');

  // Assign her to a grid of 南新园社区 for this week (the form's default period), morning shift.
  await page.getByRole('button', { name: '派遣' }).click();
  const assign = page.getByRole('dialog', { name: '新增派遣' });
  await assign.getByText('网格', { exact: true }).click();
  await pick(page, assign.locator('#communityCode'), '南新园社区');
  const gridName = await pick(page, assign.locator('#gridCode'), /网格/);
  await assign.getByText(/^早班/).click();
  await assign.getByRole('button', { name: '保存' }).click();
  await expect(assign).toBeHidden();
  await expect(card).toContainText('早班');
  await page.keyboard.press('Escape');

  // On a street the board opens on the whole street, a line per community; 南新园社区's line
  // opens its board, which shows her, not yet double-booked.
  await page.getByRole('menuitem', { name: '派遣' }).click();
  const street = page.getByTestId('street-board');
  // The machine may be busy: the first board after a cold start can take a while.
  await expect(street.getByRole('row').filter({ hasText: '南新园社区' })).toBeVisible({ timeout: 30_000 });
  await expect(street).toContainText('全街道合计');
  await street.getByRole('row').filter({ hasText: '南新园社区' }).click();
  const boardRows = page.locator('.board-table tr.ant-table-row').filter({ hasText: '欧阳娜娜' });
  const boardRow = boardRows.first();
  await expect(boardRows).toHaveCount(1, { timeout: 30_000 });
  await expect(boardRow).toContainText(gridName);
  await expect(boardRow).not.toContainText('重复派遣');

  // Book her again at a gate post in the community for one day: the form warns, saves anyway.
  await page.getByRole('button', { name: '新增派遣' }).click();
  const again = page.getByRole('dialog', { name: '新增派遣' });
  await again.locator('#coordinatorIds').fill('oynn');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: '欧阳娜娜' })
    .click();
  // A multiple select stays open after a pick: a click on the title closes it.
  await again.getByText('新增派遣', { exact: true }).click();
  await again.getByText(/^门岗/).click();
  await expect(again.getByRole('radio', { name: /门岗/ })).toBeChecked();
  await pick(page, again.locator('#source'), '12345 工单');
  await again.getByLabel('工单编号').fill('12345-261125-0042');
  await expect(again.locator('#source')).toBeVisible();
  await expect(again.getByTestId('form-clashes')).toContainText('欧阳娜娜');
  await again.getByRole('button', { name: '保存' }).click();
  await expect(again).toBeHidden();

  // Both bookings are flagged, and the board says where they clash.
  await expect(boardRows).toHaveCount(2);
  await expect(boardRows.filter({ hasText: '重复派遣' })).toHaveCount(2);
  await expect(page.locator('.board-table tr.board-row-doubled').filter({ hasText: '欧阳娜娜' })).toHaveCount(
    2,
  );
  await expect(page.getByTestId('board-clashes')).toContainText('欧阳娜娜');
  await expect(page.getByTestId('board-doubles').locator('.ant-statistic-content-value')).not.toHaveText('0');

  // A viewer sees the ID masked and cannot unmask it; a dispatcher can.
  await setRole(page, 'viewer');
  await page.goto('/#/coordinators');
  await page.getByPlaceholder('姓名、拼音首字母或证件/手机末几位').fill('oynn');
  await page.getByRole('row').filter({ hasText: '欧阳娜娜' }).click();
  await expect(page.getByTestId('card-residentId')).toHaveText(MASKED_ID);
  await expect(page.getByRole('button', { name: '显示 身份证号' })).toBeDisabled();
  await setRole(page, 'dispatcher');
  await page.goto('/#/coordinators');
  await page.getByPlaceholder('姓名、拼音首字母或证件/手机末几位').fill('oynn');
  await page.getByRole('row').filter({ hasText: '欧阳娜娜' }).click();
  await page.getByRole('button', { name: '显示 手机' }).click();
  await expect(page.getByTestId('card-mobile')).toHaveText('139 1234 5678');
  await expect(page.getByTestId('audit-trail')).toContainText('测试dispatcher 查看了手机');
});

test('the roster reads in English too', async ({ page }) => {
  await page.goto('/#/coordinators/reference');
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Categories and departments' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '治安巡防员' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Every grid' }).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Roster' }).click();
  await expect(page.getByPlaceholder('Name, pinyin initials, last digits of ID or phone')).toBeVisible();
});
