/**
 * Serves the built renderer to browsers on this machine:
 *   tsx scripts/serve-app.ts [--port N] [--host H]
 * Playwright's webServer uses it, and the launcher falls back to it when Electron is missing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { createAppHost } from '../server/app-host';
import { PROJECT_ROOT } from './electron-runtime';

export const RENDERER_ROOT = path.join(PROJECT_ROOT, 'dist', 'renderer');
/** Fixed, because IndexedDB data belongs to the origin: a different port is an empty app. */
export const DEFAULT_PORT = 5170;
export const DEFAULT_HOST = '127.0.0.1';

/** An error whose message is the whole story for the user; printed without a stack. */
export class ExpectedError extends Error {}

export const NOT_BUILT_MESSAGE =
  '未找到构建好的应用（dist/renderer/index.html），请先运行 npm run build。（The app is not built — run `npm run build` first.）';

export function portInUseMessage(port: number): string {
  return `端口 ${port} 已被占用，请关闭占用它的程序，或用 PORT=<端口> 换一个端口。（Port ${port} is already in use — stop the program using it, or choose another with PORT=<port>.）`;
}

export interface ServeOptions {
  root?: string;
  host?: string;
  port?: number;
}

export async function serveApp({
  root = RENDERER_ROOT,
  host = DEFAULT_HOST,
  port = DEFAULT_PORT,
}: ServeOptions = {}): Promise<FastifyInstance> {
  if (!existsSync(path.join(root, 'index.html'))) throw new ExpectedError(NOT_BUILT_MESSAGE);
  const app = createAppHost({ root });
  try {
    await app.listen({ host, port });
  } catch (error) {
    await app.close().catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ExpectedError(portInUseMessage(port));
    if (code === 'EACCES')
      throw new ExpectedError(`无权使用端口 ${port}。（Not allowed to use port ${port}; try PORT=5170.）`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new ExpectedError(`无法在地址 ${host} 上提供服务。（Cannot serve on host ${host}.）`);
    }
    throw error;
  }
  // Ctrl+C or the test runner stopping us: close the listener so the port frees at once.
  const stop = () => {
    void app.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return app;
}

const USAGE = '用法 / usage: tsx scripts/serve-app.ts [--port N] [--host H] [--root DIR]';

export function parseServeArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const options: ServeOptions = {};
  const port = (text: string | undefined) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1 || value > 65535) {
      throw new ExpectedError(`端口无效：${text ?? ''}。（Not a valid port: ${text ?? ''}.）`);
    }
    return value;
  };
  if (env.PORT) options.port = port(env.PORT);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--port' && value !== undefined) options.port = port(value);
    else if (arg === '--host' && value !== undefined) options.host = value;
    else if (arg === '--root' && value !== undefined) options.root = path.resolve(value);
    else throw new ExpectedError(USAGE);
    i++;
  }
  return options;
}

/** Runs `main`, printing expected errors as their one-line message and exiting 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ExpectedError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCli(async () => {
    const options = parseServeArgs(process.argv.slice(2));
    await serveApp(options);
    const host = options.host ?? DEFAULT_HOST;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${options.port ?? DEFAULT_PORT}/`;
    console.log(`街道工作台：${url} （Street Desk is served at this address; Ctrl+C to stop）`);
  });
}
