import { expect, test } from '@playwright/test';
import { TestSyncServer, type SeedRecord } from './sync-server';

/**
 * 双考核 through a department's own login: the sync server (embedded PostgreSQL in a temporary
 * folder) holds a street's whistle event that summoned two departments, both evaluated. The
 * 城管执法队's account signs in, sees only its own call, answers the evaluation and syncs; the
 * street's office then reads the answer marked as the department's own, not entered for it.
 */
const PORT = Number(process.env.E2E_DEPARTMENT_PORT ?? 5404);
const STREET = '110105/110105021';
const STREET_USER = { username: 'street1', name: '南磨房街道办', password: 'street-one-password' };
const ids = (n: number) => `0190a1b2-c3d4-7e5f-8a9b-0000000000${String(n).padStart(2, '0')}`;
const OURS = { id: ids(1), name: '南磨房城管执法队' };
const OTHERS = { id: ids(2), name: '南磨房派出所' };
const WHISTLE = ids(3);
const ANSWER = '已加派夜间巡查并于三日内清理完毕';
// The app shows a department's account by the unit it speaks for.
const DEPARTMENT = { username: 'cgzf', password: 'department-password', name: OURS.name };

const server = new TestSyncServer(PORT, 'department');

/** What the street has on the server: two units, an event summoning both, each evaluated. */
async function seed(): Promise<void> {
  const blownAt = '2026-11-20T01:00:00.000Z';
  const evaluation = (note: string) => ({
    timeliness: 3,
    attitude: 4,
    result: 3,
    note,
    at: '2026-11-20T06:00:00.000Z',
  });
  const records: SeedRecord[] = [
    ['responders', OURS.id, { name: OURS.name, kind: 'station', contact: '010-1234' }],
    ['responders', OTHERS.id, { name: OTHERS.name, kind: 'station', contact: '110' }],
    [
      'whistles',
      WHISTLE,
      {
        title: '南新园3号楼地下室群租',
        reason: 'enforcement',
        address: '南新园小区3号楼',
        ticketIds: [],
        blownAt,
        state: 'open',
        reportWithinMin: 30,
      },
    ],
    [
      'whistleCalls',
      ids(4),
      {
        whistleId: WHISTLE,
        responderId: OURS.id,
        arrivedAt: '2026-11-20T01:50:00.000Z',
        people: '2 人',
        evaluation: evaluation('晚到二十分钟'),
      },
    ],
    [
      'whistleCalls',
      ids(5),
      {
        whistleId: WHISTLE,
        responderId: OTHERS.id,
        arrivedAt: '2026-11-20T01:20:00.000Z',
        people: '3 人',
        evaluation: evaluation('派出所另案'),
      },
    ],
  ];
  await server.seed(
    STREET_USER,
    records.map(([table, id, fields]) => [table, id, { orgPath: STREET, ...fields }]),
  );
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server.addUser(STREET_USER, ['--name', STREET_USER.name, '--role', 'street', '--scope', STREET]);
  await server.start();
  await seed();
  // The account names the unit it speaks for, which the server must already hold; the CLI
  // works on the data folder, which the running server keeps locked.
  await server.stop();
  server.addUser(DEPARTMENT, ['--role', 'department', '--scope', STREET, '--responder', OURS.name]);
  await server.start();
});

test.afterAll(() => server.dispose());

test('a department answers its evaluation through its own login; the street reads it as the department’s', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { page: department } = await server.signIn(browser, DEPARTMENT);

  // The department's menu holds what it may use; its whistle page lists its own call only.
  const menu = department.getByRole('menu').first();
  await expect(menu.getByRole('menuitem', { name: '吹哨报到' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: '楼门院' })).toHaveCount(0);
  await expect(menu.getByRole('menuitem', { name: '接诉即办' })).toHaveCount(0);
  await menu.getByRole('menuitem', { name: '吹哨报到' }).click();
  await expect(department.getByText(`${OURS.name}：被召集记录`)).toBeVisible();
  const row = department.locator('.ant-table-row').filter({ hasText: '南新园3号楼地下室群租' });
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  await expect(row).toContainText('及时 3 · 态度 4 · 效果 3');
  await expect(department.getByText('派出所另案')).toHaveCount(0);

  // An empty answer is refused at its field; then the answer is saved and synced.
  await row.getByRole('button', { name: '回复评价' }).click();
  const dialog = department.getByRole('dialog', { name: `${OURS.name} 回复评价` });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toBeVisible();
  await dialog.getByLabel('回复内容').fill(ANSWER);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText(ANSWER);
  await expect(department.getByTestId('sync-status')).not.toContainText('待同步', { timeout: 30_000 });

  // The street's office pulls it: the answer is the department's own, not entered for it.
  const { page: street } = await server.signIn(browser, STREET_USER);
  await street.evaluate(() => (location.hash = '#/whistles'));
  await street.getByText('南新园3号楼地下室群租').first().click();
  await expect(street.getByText(ANSWER)).toBeVisible({ timeout: 30_000 });
  await expect(street.getByText('部门答复').first()).toBeVisible();
});
