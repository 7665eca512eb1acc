/**
 * `npm run serve`: the sync server for a street office — the API and the built app on one
 * origin, storage in PostgreSQL (DATABASE_URL) or embedded in DATA_DIR. See config.ts for
 * the settings and cli.ts for accounts.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeStorage, ExpectedError, readConfig, type ServerConfig } from './config';
import { openStorage, serverIdOf } from './db/open';
import type { Database } from './db/database';
import { countUsers } from './auth/users';
import { purgeSessions } from './auth/sessions';
import { purgeRateLimits } from './auth/rate-limit-store';
import { purgeTombstones } from './sync/retention';
import { createSyncServer } from './sync-server';
import { loadTls } from './tls';

/** What the operator reads on start; errors go to standard error. */
const say = (text: string) => process.stdout.write(`${text}\n`);

const HOUSEKEEPING_MS = 6 * 60 * 60 * 1000;

async function housekeeping(db: Database, config: ServerConfig): Promise<void> {
  await purgeTombstones(db, config.tombstoneDays);
  await purgeSessions(db);
  await purgeRateLimits(db);
}

function addresses(host: string, port: number, scheme: 'http' | 'https'): string[] {
  if (host !== '0.0.0.0' && host !== '::')
    return [`${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}/`];
  const found = ['127.0.0.1'];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) found.push(a.address);
  }
  return found.map((a) => `${scheme}://${a}:${port}/`);
}

export async function startServer(config: ServerConfig = readConfig()) {
  // Before the database opens: a bad certificate should stop the start with nothing to undo.
  const https = loadTls({ certFile: config.tlsCertFile, keyFile: config.tlsKeyFile });
  const db = await openStorage(config);
  const serverId = await serverIdOf(db);
  const app = createSyncServer({
    db,
    serverId,
    root: existsSync(path.join(config.root, 'index.html')) ? config.root : undefined,
    sessionDays: config.sessionDays,
    trustProxy: config.trustProxy,
    https,
    logger: { level: 'warn' },
  });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ExpectedError(
        `端口 ${config.port} 已被占用，可用 PORT=<端口> 换一个。（Port ${config.port} is in use; choose another with PORT=<port>.）`,
      );
    }
    throw error;
  }
  await housekeeping(db, config).catch((e: Error) => console.error(`housekeeping failed: ${e.message}`));
  const timer = setInterval(() => {
    housekeeping(db, config).catch((e: Error) => console.error(`housekeeping failed: ${e.message}`));
  }, HOUSEKEEPING_MS);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    void app
      .close()
      .then(() => db.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { app, db, serverId };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  (async () => {
    const config = readConfig();
    const { db } = await startServer(config);
    say(`街道工作台同步服务器已启动（Street Desk sync server is running）`);
    say(`  数据 / data: ${describeStorage(config)}`);
    const scheme = config.tlsCertFile ? 'https' : 'http';
    for (const url of addresses(config.host, config.port, scheme)) say(`  地址 / address: ${url}`);
    if (scheme === 'http' && !config.trustProxy) {
      say(
        '  未启用 https：其他电脑登录时会看到明文传输警告。见 README“用 https 提供同步服务”。（No https: other computers will be warned that passwords cross the network in plain text. See README, "Serving sync over https".）',
      );
    }
    if (!existsSync(path.join(config.root, 'index.html'))) {
      say(`  未找到构建好的应用（${config.root}），只提供同步接口。（App not built; serving the API only.）`);
    }
    if ((await countUsers(db)) === 0) {
      say(`
还没有任何账号。请在另一个终端创建第一个管理员（密码从标准输入读取，不会出现在命令行里）：
No accounts yet. Create the first administrator from another terminal (the password is read
from standard input, so it never appears on the command line):

  npm run server -- user add <用户名> --role admin --scope "" --password-stdin
${config.databaseUrl ? '' : '\n使用内置数据库时，请先停止服务器再运行此命令。（With the embedded database, stop the server first, then run it.）\n'}`);
    }
  })().catch((error: unknown) => {
    console.error(error instanceof ExpectedError ? error.message : error);
    process.exit(1);
  });
}
