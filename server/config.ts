import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SESSION_DAYS } from './auth/sessions';
import { DEFAULT_TOMBSTONE_DAYS } from './sync/retention';

/** An error whose message is the whole story for the operator; printed without a stack. */
export class ExpectedError extends Error {}

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Under the project's data/ folder, which git ignores. */
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, 'data', 'server');
export const DEFAULT_RENDERER_ROOT = path.join(PROJECT_ROOT, 'dist', 'renderer');
/** Not the app host's 5170: a browser keeps each origin's local data apart. */
export const DEFAULT_PORT = 5180;

export interface ServerConfig {
  /** PostgreSQL connection string; without it, embedded PostgreSQL in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  port: number;
  host: string;
  root: string;
  sessionDays: number;
  tombstoneDays: number;
  trustProxy: boolean;
  /** PEM files for https (server/tls.ts); without them the server speaks plain http. */
  tlsCertFile?: string;
  tlsKeyFile?: string;
}

function positive(
  name: string,
  text: string | undefined,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new ExpectedError(
      `${name} 应为 1–${max} 的整数：${text}。（${name} must be an integer 1–${max}: ${text}.）`,
    );
  }
  return n;
}

/**
 * Settings from the environment: DATABASE_URL, DATA_DIR, PORT, HOST, ROOT, SESSION_DAYS,
 * TOMBSTONE_DAYS, TRUST_PROXY, TLS_CERT, TLS_KEY.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR || DEFAULT_DATA_DIR),
    port: positive('PORT', env.PORT, DEFAULT_PORT, 65535),
    // Workstations and field laptops of the office connect over the LAN.
    host: env.HOST || '0.0.0.0',
    root: path.resolve(env.ROOT || DEFAULT_RENDERER_ROOT),
    sessionDays: positive('SESSION_DAYS', env.SESSION_DAYS, DEFAULT_SESSION_DAYS, 365),
    tombstoneDays: positive('TOMBSTONE_DAYS', env.TOMBSTONE_DAYS, DEFAULT_TOMBSTONE_DAYS, 3650),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    tlsCertFile: env.TLS_CERT ? path.resolve(env.TLS_CERT) : undefined,
    tlsKeyFile: env.TLS_KEY ? path.resolve(env.TLS_KEY) : undefined,
  };
}

/** Where the data lives, for messages (never the password in a connection string). */
export function describeStorage(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): string {
  if (!config.databaseUrl) return `内置数据库 PGlite（embedded PostgreSQL）：${config.dataDir}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL：${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'PostgreSQL（DATABASE_URL）';
  }
}
