import { expect, openDemo, test } from './demo-profile';
import { fixClock } from './reference-clock';

/**
 * 工作台 end to end, in Chromium against the built app with real IndexedDB, on the demo street
 * at the reference day: the home lists the overdue access requests and the week's double
 * bookings first, and each opens the screen that lists them; in English too.
 */
test.setTimeout(180_000);
test.beforeEach(({ page }) => fixClock(page));

test('the home shows what is overdue today, and each item opens its screen', async ({ page }) => {
  await openDemo(page);

  const agenda = page.getByTestId('agenda');
  const access = agenda.getByTestId('agenda-accessOverdue');
  await expect(access).toContainText(/\d+ 件准入申请已超过 15 个工作日未作决定/);
  const overdue = Number((await access.innerText()).match(/(\d+) 件/)![1]);
  // The most urgent come first.
  await expect(agenda.locator('.ant-list-item').first()).toContainText('已超期');

  await access.getByRole('button', { name: '去处理' }).click();
  await expect(page).toHaveURL(/#\/access$/);
  // The access overview lists the same requests the home counted, and each opens.
  const list = page.locator('.ant-card').filter({ hasText: '超过 15 个工作日未决定的申请' });
  await expect(list.locator('.ant-table-row')).toHaveCount(overdue);
  await list.locator('.ant-table-row').first().click();
  await expect(
    page.locator('.ant-drawer-open, .ant-modal-wrap:not([style*="display: none"]) .ant-modal'),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('menuitem', { name: '概览' }).click();
  const bookings = agenda.getByTestId('agenda-doubleBookings');
  await expect(bookings).toContainText(/本周 \d+ 处协管员重复派遣/);
  await bookings.getByRole('button', { name: '去处理' }).click();
  await expect(page).toHaveURL(/#\/dispatch$/);
  await expect(page.getByText('重复派遣').first()).toBeVisible();

  await page.getByRole('menuitem', { name: '概览' }).click();
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByTestId('agenda')).toContainText('Due today');
  await expect(page.getByTestId('agenda-doubleBookings')).toContainText(
    /Coordinator double bookings this week: \d+/,
  );
});
