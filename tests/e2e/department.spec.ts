import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';

/**
 * 双考核 through a department's own login: the sync server (embedded PostgreSQL in a temporary
 * folder) holds a street's whistle event that summoned two departments, both evaluated. The
 * 城管执法队's account signs in, sees only its own call, answers the evaluation and syncs; the
 * street's office then reads the answer marked as the department's own, not entered for it.
 */
const PORT = Number(process.env.E2E_DEPARTMENT_PORT ?? 5404);
const BASE = `http://127.0.0.1:${PORT}`;
const ROOT = process.env.E2E_ROOT ?? path.join(process.cwd(), 'dist', 'renderer');
const STREET = '110105/110105021';
const STREET_USER = { username: 'street1', name: '南磨房街道办', password: 'street-one-password' };
const DEPARTMENT = { username: 'cgzf', password: 'department-password' };
const ids = (n: number) => `0190a1b2-c3d4-7e5f-8a9b-0000000000${String(n).padStart(2, '0')}`;
const OURS = { id: ids(1), name: '南磨房城管执法队' };
const OTHERS = { id: ids(2), name: '南磨房派出所' };
const WHISTLE = ids(3);
const ANSWER = '已加派夜间巡查并于三日内清理完毕';

let dataDir: string;
let server: ChildProcess | undefined;

function cli(args: string[], input?: string) {
  const result = spawnSync('npx', ['tsx', 'server/cli.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    input,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`server cli ${args.join(' ')}: ${result.stderr}`);
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server?.exitCode !== null && server?.exitCode !== undefined)
      throw new Error('the sync server exited');
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the sync server did not start');
}

/** What the street has on the server: two units, an event summoning both, each evaluated. */
async function seed(): Promise<void> {
  const login = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: STREET_USER.username, password: STREET_USER.password }),
  });
  const { token } = (await login.json()) as { token: string };
  const blownAt = '2026-11-20T01:00:00.000Z';
  const evaluation = (note: string) => ({
    timeliness: 3,
    attitude: 4,
    result: 3,
    note,
    at: '2026-11-20T06:00:00.000Z',
  });
  const records: [string, string, Record<string, unknown>][] = [
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
  const stamp = Date.now().toString(36).padStart(11, '0');
  const push = await fetch(`${BASE}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      clientId: 'seed',
      mutations: records.map(([table, id, fields], i) => ({
        clientId: 'seed',
        mutationId: i + 1,
        hlc: `${stamp}-0000${i}-seed`,
        table,
        id,
        op: 'create',
        changedFields: { orgPath: STREET, ...fields },
      })),
    }),
  });
  expect(push.status).toBe(200);
  const body = (await push.json()) as { lastMutationId: number; rejected: unknown[] };
  expect(body.rejected).toEqual([]);
  expect(body.lastMutationId).toBe(records.length);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(tmpdir(), 'street-desk-department-e2e-'));
  cli(
    [
      'user',
      'add',
      STREET_USER.username,
      '--name',
      STREET_USER.name,
      '--role',
      'street',
      '--scope',
      STREET,
      '--password-stdin',
    ],
    STREET_USER.password,
  );
  startServer();
  await waitForServer();
  await seed();
  // The account names the unit it speaks for, which the server must already hold; the CLI
  // works on the data folder, which the running server keeps locked.
  await stopServer();
  cli(
    [
      'user',
      'add',
      DEPARTMENT.username,
      '--role',
      'department',
      '--scope',
      STREET,
      '--responder',
      OURS.name,
      '--password-stdin',
    ],
    DEPARTMENT.password,
  );
  startServer();
  await waitForServer();
});

function startServer(): void {
  server = spawn('npx', ['tsx', 'server/main.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PORT: String(PORT), HOST: '127.0.0.1', ROOT },
    stdio: 'ignore',
    detached: true,
  });
}

/** Stops the server (it runs under npx: the whole group it started) and waits for it to exit. */
async function stopServer(): Promise<void> {
  const running = server;
  server = undefined;
  if (!running?.pid || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  try {
    process.kill(-running.pid, 'SIGTERM');
  } catch {
    return;
  }
  await exited;
  // The group's server process may outlive npx by a moment; its lock goes with it.
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

test.afterAll(async () => {
  await stopServer();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(browser: Browser, username: string, password: string, shown: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/#/sync`);
  await expect(page.getByText('登录同步服务器')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText(`${shown}（${username}）`)).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'online', { timeout: 30_000 });
  return page;
}

test('a department answers its evaluation through its own login; the street reads it as the department’s', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const department = await signIn(browser, DEPARTMENT.username, DEPARTMENT.password, OURS.name);

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
  const street = await signIn(browser, STREET_USER.username, STREET_USER.password, STREET_USER.name);
  await street.evaluate(() => (location.hash = '#/whistles'));
  await street.getByText('南新园3号楼地下室群租').first().click();
  await expect(street.getByText(ANSWER)).toBeVisible({ timeout: 30_000 });
  await expect(street.getByText('部门答复').first()).toBeVisible();
});
