import { expect, openDemo, test } from './demo-profile';
import { fixClock } from './reference-clock';

/**
 * 数据看板 end to end, in Chromium against the built app on the demo street at the reference day:
 * the tickets chart's table has the twelve months, clicking a unit drills from the district to
 * the street to a community, and the tables read in English.
 */
test.setTimeout(180_000);
test.beforeEach(({ page }) => fixClock(page));

test('the dashboard shows a year of tickets and drills from district to community', async ({ page }) => {
  await openDemo(page);

  await page.getByRole('menuitem', { name: '数据看板' }).click();
  await expect(page).toHaveURL(/#\/dashboard$/);
  const tickets = page.getByTestId('dashboard-tickets');
  await expect(tickets.locator('.ant-table-row')).toHaveCount(12);
  await expect(tickets.locator('.ant-table-row').first()).toContainText('2025-12');
  await expect(tickets.locator('.ant-table-row').last()).toContainText('2026-11');
  await expect(tickets.locator('.echart svg')).toBeVisible();

  // Up to the district: its streets are ranked; the demo street opens by its name.
  const breadcrumb = page.locator('.app-header-scope');
  await breadcrumb.getByText('朝阳区').click();
  const ranking = page.getByTestId('dashboard-ranking');
  await expect(ranking.getByRole('columnheader', { name: '街道' })).toBeVisible();
  await ranking.locator('.ant-table-row').getByText('南磨房地区').click();
  await expect(breadcrumb).toContainText('南磨房地区');

  await expect(ranking.getByRole('columnheader', { name: '社区（村）' })).toBeVisible();
  const community = ranking.locator('.ant-table-row a').first();
  const name = await community.innerText();
  await community.click();
  await expect(breadcrumb).toContainText(name);
  await expect(ranking.getByRole('columnheader', { name: '网格' })).toBeVisible();
  await expect(tickets.locator('.ant-table-row')).toHaveCount(12);

  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Dashboards' })).toBeVisible();
  await expect(tickets.getByRole('columnheader', { name: 'Resolution rate' })).toBeVisible();
  await expect(ranking.getByRole('columnheader', { name: 'Grid' })).toBeVisible();
  await expect(
    page.getByTestId('dashboard-sizes').getByRole('columnheader', { name: 'Households' }),
  ).toBeVisible();
});
