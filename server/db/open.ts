import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './database';
import { openPostgres } from './postgres';
import { openPglite } from './pglite';
import { migrate } from './migrations';
import { ExpectedError, type ServerConfig } from '../config';

const LOCK_FILE = '.in-use.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Embedded PostgreSQL serves one process: a second opening the same folder would corrupt
 * it. The holder writes its pid to a lock file; a stale lock (its process gone) is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new ExpectedError(
          `数据目录 ${dataDir} 正由进程 ${pid}（同步服务器）使用。请先停止它，或改用 DATABASE_URL 连接 PostgreSQL。（The data folder is in use by process ${pid}, the sync server. Stop it first, or use PostgreSQL through DATABASE_URL.）`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new ExpectedError(`无法锁定数据目录 ${dataDir}。（Could not lock the data folder.）`);
}

/** Opens the configured storage and brings its schema up to date. */
export async function openStorage(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  let db: Database;
  if (config.databaseUrl) {
    db = openPostgres({ connectionString: config.databaseUrl });
  } else {
    const unlock = lockDataDir(config.dataDir);
    try {
      const embedded = await openPglite(config.dataDir);
      db = {
        ...embedded,
        close: async () => {
          await embedded.close();
          unlock();
        },
      };
    } catch (error) {
      unlock();
      throw error;
    }
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000') {
      throw new ExpectedError(
        `无法连接 PostgreSQL（${code}）：请检查 DATABASE_URL 与数据库是否运行。（Cannot reach PostgreSQL, ${code}: check DATABASE_URL and that the database is running.）`,
      );
    }
    throw error;
  }
  return db;
}

export async function serverIdOf(db: Database): Promise<string> {
  const [row] = await db.query<{ server_id: string }>('SELECT server_id FROM sync_state WHERE id = 1');
  return row!.server_id;
}
