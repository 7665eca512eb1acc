import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Signing in over plain http to another computer: the app warns before the password leaves,
 * names the server, remembers the answer for that server only, and never sends anything when
 * the user declines. https and this computer's own address are not asked about.
 */

const LAN_SERVER = 'http://192.168.77.20:5180';
const INSECURE_KEY = 'street-desk.insecure-sync-servers';

async function openSignIn(page: Page): Promise<Locator> {
  await page.goto('/');
  const connect = page.locator('.ant-card').filter({ hasText: '连接服务器' });
  await expect(connect).toBeVisible({ timeout: 30_000 });
  await connect.getByRole('button', { name: '登录' }).click();
  await expect(connect.getByLabel('服务器地址')).toBeVisible();
  return connect;
}

async function submit(connect: Locator, server: string): Promise<void> {
  await connect.getByLabel('服务器地址').fill(server);
  await connect.getByLabel('用户名').fill('wang');
  await connect.getByLabel('密码').fill('secret password');
  await connect.getByRole('button', { name: '登录' }).click();
}

test('plain http to a LAN server asks first, remembers the answer per server, and sends nothing when declined', async ({
  page,
}) => {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/auth/login')) sent.push(request.url());
  });
  const connect = await openSignIn(page);
  const warning = page.getByRole('dialog').filter({ hasText: '这台服务器没有加密连接' });

  await submit(connect, LAN_SERVER);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(LAN_SERVER);
  await warning.getByRole('button', { name: '取消' }).click();
  await expect(warning).toBeHidden();
  expect(sent).toEqual([]);
  expect(await page.evaluate((key) => localStorage.getItem(key), INSECURE_KEY)).toBeNull();

  await connect.getByRole('button', { name: '登录' }).click();
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: '仍然连接' }).click();
  // The browser build may connect to its own origin only (CSP), so the LAN server is out of reach.
  await expect(connect.getByRole('alert')).toContainText('连不上服务器');
  expect(await page.evaluate((key) => localStorage.getItem(key), INSECURE_KEY)).toBe(
    JSON.stringify([LAN_SERVER]),
  );

  // Accepted once for this server: no second question.
  await connect.getByRole('button', { name: '登录' }).click();
  await expect(connect.getByRole('alert')).toContainText('连不上服务器');
  await expect(warning).toBeHidden();

  // Another port is another server, asked about on its own.
  await submit(connect, 'http://192.168.77.20:8080');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('http://192.168.77.20:8080');
  await warning.getByRole('button', { name: '取消' }).click();
});

test('a bare host means https, and this computer over http needs no warning', async ({ page, baseURL }) => {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/auth/login')) sent.push(request.url());
  });
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refused.push(message.text());
  });
  const connect = await openSignIn(page);
  const warning = page.getByRole('dialog').filter({ hasText: '这台服务器没有加密连接' });

  // The app host on this computer answers, though it is no sync server: the request went out unasked.
  await submit(connect, baseURL ?? '');
  await expect(connect.getByRole('alert')).toBeVisible();
  await expect(warning).toBeHidden();
  expect(sent).toEqual([`${baseURL}/api/auth/login`]);

  await submit(connect, '192.168.77.20:5180');
  await expect(connect.getByRole('alert')).toContainText('连不上服务器');
  await expect(warning).toBeHidden();
  // The request was https, and the browser build's CSP kept it to the page's own origin.
  expect(refused.join('\n')).toContain('https://192.168.77.20:5180/api/auth/login');
  expect(await page.evaluate((key) => localStorage.getItem(key), INSECURE_KEY)).toBeNull();
});
