import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

const ROOT = process.env.E2E_ROOT ?? path.join(process.cwd(), 'dist', 'renderer');

export interface Account {
  username: string;
  password: string;
  /** What the app shows beside the username once signed in (the account's name or unit). */
  name: string;
}

/** A record a test puts on the server: its table, id and fields (orgPath included). */
export type SeedRecord = [table: string, id: string, fields: Record<string, unknown>];

/**
 * The sync server as the e2e specs run it: `server/main.ts` on embedded PostgreSQL in a
 * temporary folder, serving the built app, with accounts made by its own CLI.
 */
export class TestSyncServer {
  readonly base: string;
  private readonly dataDir: string;
  private child: ChildProcess | undefined;

  constructor(
    private readonly port: number,
    name: string,
  ) {
    this.base = `http://127.0.0.1:${port}`;
    this.dataDir = mkdtempSync(path.join(tmpdir(), `street-desk-${name}-e2e-`));
  }

  /**
   * `server/cli.ts` on the data folder. The running server keeps the folder locked: add an
   * account while it is stopped.
   */
  cli(args: string[], input?: string): void {
    const result = spawnSync('npx', ['tsx', 'server/cli.ts', ...args], {
      env: { ...process.env, DATA_DIR: this.dataDir, DATABASE_URL: '' },
      input,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`server cli ${args.join(' ')}: ${result.stderr}`);
  }

  addUser(account: Account, options: string[]): void {
    this.cli(['user', 'add', account.username, ...options, '--password-stdin'], account.password);
  }

  async start(): Promise<void> {
    this.child = spawn('npx', ['tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        DATA_DIR: this.dataDir,
        DATABASE_URL: '',
        PORT: String(this.port),
        HOST: '127.0.0.1',
        ROOT,
      },
      stdio: 'ignore',
      detached: true,
    });
    for (let i = 0; i < 240; i++) {
      if (this.child.exitCode !== null) throw new Error('the sync server exited');
      try {
        if ((await fetch(`${this.base}/`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('the sync server did not start');
  }

  /** Stops the server (it runs under npx: the whole group it started) and waits for it to exit. */
  async stop(): Promise<void> {
    const running = this.child;
    this.child = undefined;
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

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** Pushes records as `account`, as a client would create them; every one must be accepted. */
  async seed(account: Account, records: readonly SeedRecord[]): Promise<void> {
    const login = await fetch(`${this.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: account.username, password: account.password }),
    });
    const { token } = (await login.json()) as { token: string };
    const stamp = Date.now().toString(36).padStart(11, '0');
    const push = await fetch(`${this.base}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        clientId: 'seed',
        mutations: records.map(([table, id, changedFields], i) => ({
          clientId: 'seed',
          mutationId: i + 1,
          hlc: `${stamp}-${String(i).padStart(5, '0')}-seed`,
          table,
          id,
          op: 'create',
          changedFields,
        })),
      }),
    });
    expect(push.status).toBe(200);
    const body = (await push.json()) as { lastMutationId: number; rejected: unknown[] };
    expect(body.rejected).toEqual([]);
    expect(body.lastMutationId).toBe(records.length);
  }

  /** A new browser context signed in to this server as `account`, online. */
  async signIn(browser: Browser, account: Account): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${this.base}/#/sync`);
    await expect(page.getByText('登录同步服务器')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel('服务器地址')).toHaveValue(this.base);
    await page.getByLabel('用户名').fill(account.username);
    await page.getByLabel('密码').fill(account.password);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByText(`${account.name}（${account.username}）`)).toBeVisible();
    await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'online', {
      timeout: 30_000,
    });
    return { context, page };
  }
}
