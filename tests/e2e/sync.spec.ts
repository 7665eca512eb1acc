import { expect, test, type Page } from '@playwright/test';
import { TestSyncServer } from './sync-server';

/**
 * Sync end to end: the sync server (embedded PostgreSQL in a temporary folder) serves the
 * built app; two browser contexts are two street offices with their own IndexedDB. Both
 * sign in, go offline, edit the same building, come back online; the conflict shows on the
 * office that synced second, and the value picked there reaches the other office.
 */
const PORT = Number(process.env.E2E_SYNC_PORT ?? 5403);
const STREET = '110105/110105021';
const COMMUNITY = `${STREET}/110105021001`;
const PLACE_ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const USERS = [
  { username: 'office1', name: '南磨房一号', password: 'office-one-password' },
  { username: 'office2', name: '南磨房二号', password: 'office-two-password' },
];

const server = new TestSyncServer(PORT, 'sync');

/** What the street already holds on the server: a community and a building in it. */
async function seed(): Promise<void> {
  await server.seed(USERS[0]!, [
    [
      'orgUnits',
      '0190a1b2-c3d4-7e5f-8a9b-000000000001',
      {
        orgPath: COMMUNITY,
        code: '110105021001',
        name: '南新园社区',
        level: 'community',
        parentCode: '110105021',
        households: 8500,
        residents: 19800,
        source: 'user',
      },
    ],
    [
      'places',
      PLACE_ID,
      {
        orgPath: COMMUNITY,
        code: '1101050210010001',
        type: 'building',
        name: '南新园1号楼',
        address: '南磨房地区南新园小区1号楼',
        households: 120,
        residents: 300,
        servicePointIds: [],
      },
    ],
  ]);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  for (const u of USERS) server.addUser(u, ['--name', u.name, '--role', 'street', '--scope', STREET]);
  await server.start();
  await seed();
});

test.afterAll(() => server.dispose());

const status = (page: Page) => page.getByTestId('sync-status');

/** In-app navigation (hash routes): no reload, so no second start of the app. */
async function go(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), `#${route}`);
}

const office = (browser: Parameters<TestSyncServer['signIn']>[0], user: (typeof USERS)[number]) =>
  server.signIn(browser, user);

async function renameBuilding(page: Page, name: string): Promise<void> {
  await go(page, '/places');
  await page.getByRole('row').filter({ hasText: '南新园1号楼' }).first().click();
  const drawer = page.locator('.ant-drawer').filter({ has: page.getByTestId('place-card') });
  await expect(drawer).toBeVisible();
  await drawer.getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog', { name: /编辑/ });
  await dialog.getByLabel('名称').fill(name);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Escape');
}

async function buildingName(page: Page): Promise<string> {
  return page.evaluate(
    (id) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('street-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('places').objectStore('places').get(id);
          get.onsuccess = () => resolve((get.result as { name: string }).name);
          get.onerror = () => reject(get.error);
        };
      }),
    PLACE_ID,
  );
}

/** The 立即同步 button of the Sync page, and its report when done. */
async function syncNow(page: Page): Promise<void> {
  await go(page, '/sync');
  // The report of an earlier sync may still be on screen; only a new one says this sync is done.
  await expect(page.getByText(/^同步完成/)).toHaveCount(0, { timeout: 10_000 });
  await page
    .locator('.ant-card-extra')
    .getByRole('button', { name: /立即同步/ })
    .click();
  await expect(page.getByText(/^同步完成/)).toBeVisible({ timeout: 30_000 });
  await expect(status(page)).not.toContainText('待同步');
}

test('two offices edit the same building offline; after syncing, the conflict shows on one side', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const a = await office(browser, USERS[0]!);
  const b = await office(browser, USERS[1]!);
  for (const { page } of [a, b]) {
    await go(page, '/places');
    await expect(page.getByRole('row').filter({ hasText: '南新园1号楼' })).toBeVisible({ timeout: 30_000 });
  }

  // Both lose the network and rename the building.
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await expect(status(a.page)).toHaveAttribute('data-state', 'offline');
  await renameBuilding(a.page, '南新园1号楼(一号办公室)');
  await renameBuilding(b.page, '南新园1号楼(二号办公室)');
  await expect(status(a.page)).toContainText('待同步 1');
  await expect(status(b.page)).toContainText('待同步 1');

  // A comes back first and syncs by itself; then B.
  await a.context.setOffline(false);
  await expect(status(a.page)).not.toContainText('待同步', { timeout: 30_000 });
  await b.context.setOffline(false);
  await expect(status(b.page)).not.toContainText('待同步', { timeout: 30_000 });

  // B met A's change: the conflict is listed there with both values, who and when.
  await go(b.page, '/sync/conflicts');
  const conflict = b.page.getByTestId('conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('南新园1号楼');
  await expect(conflict.getByTestId('conflict-mine')).toContainText('南新园1号楼(二号办公室)');
  await expect(conflict.getByTestId('conflict-mine')).toContainText('南磨房二号');
  await expect(conflict.getByTestId('conflict-theirs')).toContainText('南新园1号楼(一号办公室)');
  await expect(conflict.getByTestId('conflict-theirs')).toContainText('南磨房一号');
  // A synced first and saw no conflict.
  await go(a.page, '/sync/conflicts');
  await expect(a.page.getByText('没有冲突')).toBeVisible();

  // Both hold the same winner once A has pulled.
  await syncNow(a.page);
  const winner = await buildingName(b.page);
  expect(await buildingName(a.page)).toBe(winner);

  // B keeps A's value instead: a new change, which reaches A.
  const other = winner === '南新园1号楼(二号办公室)' ? 'theirs' : 'mine';
  const chosen = other === 'theirs' ? '南新园1号楼(一号办公室)' : '南新园1号楼(二号办公室)';
  await conflict.getByTestId(`conflict-${other}`).getByRole('button', { name: '采用这个' }).click();
  await expect(b.page.getByText('没有冲突')).toBeVisible();
  await syncNow(b.page);
  await syncNow(a.page);
  expect(await buildingName(a.page)).toBe(chosen);
  expect(await buildingName(b.page)).toBe(chosen);

  await a.context.close();
  await b.context.close();
});

test('a third computer signs in from the first-launch screen; the place card shows the history from the server', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.base}/`);
  const connect = page.locator('.ant-card').filter({ hasText: '连接服务器' });
  await expect(connect).toBeVisible({ timeout: 30_000 });
  await connect.getByRole('button', { name: '登录' }).click();
  await expect(connect.getByLabel('服务器地址')).toHaveValue(server.base);
  await connect.getByLabel('用户名').fill(USERS[0]!.username);
  await connect.getByLabel('密码').fill('wrong password');
  await connect.getByRole('button', { name: '登录' }).click();
  await expect(connect.getByRole('alert')).toBeVisible();
  await connect.getByLabel('密码').fill(USERS[0]!.password);
  await connect.getByRole('button', { name: '登录' }).click();
  await expect(status(page)).toHaveAttribute('data-state', 'online', { timeout: 30_000 });

  await go(page, '/places');
  const row = page.getByRole('row').filter({ hasText: '南新园1号楼' }).first();
  await expect(row).toBeVisible({ timeout: 30_000 });
  await row.click();
  const drawer = page.locator('.ant-drawer').filter({ has: page.getByTestId('place-card') });
  await drawer.getByRole('button', { name: '查看修改记录' }).click();
  const history = drawer.getByTestId('record-history');
  // Created by office 1, renamed by both offices, then the pick made on office 2.
  await expect(history).toContainText('新建');
  await expect(history).toContainText('南磨房一号');
  await expect(history).toContainText('南磨房二号');
  await expect(history).toContainText('冲突');
  await expect(history.getByText('修改', { exact: true })).toHaveCount(3);
  await context.close();
});
