/**
 * `npm start` (after `npm run build`): runs the desktop app in Electron, or, where no Electron
 * runtime can be had, serves the same app to a browser on a fixed local address.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  PROJECT_ROOT,
  canShowWindows,
  electronArgs,
  findElectronRuntime,
  installElectronRuntime,
} from './electron-runtime';
import {
  DEFAULT_PORT,
  ExpectedError,
  NOT_BUILT_MESSAGE,
  parseServeArgs,
  runCli,
  serveApp,
} from './serve-app';

function assertBuilt(): void {
  const built = ['dist/renderer/index.html', 'dist/electron/main.cjs', 'dist/electron/preload.cjs'].every(
    (p) => existsSync(path.join(PROJECT_ROOT, p)),
  );
  if (!built) throw new ExpectedError(NOT_BUILT_MESSAGE);
}

async function obtainRuntime(): Promise<string | null> {
  const found = findElectronRuntime();
  if (found !== null || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return found;
  // Only the npm registry may be reachable, so this download often fails; say why we wait.
  const notice = setTimeout(
    () =>
      console.log(
        '正在尝试获取 Electron 运行时（最多 2 分钟）…（Trying to obtain the Electron runtime, up to 2 minutes…）',
      ),
    3_000,
  );
  try {
    await installElectronRuntime();
  } finally {
    clearTimeout(notice);
  }
  return findElectronRuntime();
}

function runElectron(runtime: string): Promise<number> {
  const env = { ...process.env };
  // Inherited from some tool shells, it would make the binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(runtime, electronArgs('.'), { cwd: PROJECT_ROOT, stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const FALLBACK_REASONS = {
  noRuntime: ['未能获取 Electron 运行时', 'Electron runtime unavailable'],
  noDisplay: ['没有图形显示，无法打开 Electron 窗口', 'no display for the Electron window'],
} as const;

async function serveInBrowser(reason: keyof typeof FALLBACK_REASONS): Promise<void> {
  const { port = DEFAULT_PORT } = parseServeArgs([]);
  // Listen first, so the address printed is one that works.
  await serveApp({ host: '127.0.0.1', port });
  const [zh, en] = FALLBACK_REASONS[reason];
  console.log(`${zh}，改为浏览器模式：http://localhost:${port} （${en} — open this address in a browser）`);
}

runCli(async () => {
  assertBuilt();
  const runtime = await obtainRuntime();
  if (runtime === null) return serveInBrowser('noRuntime');
  if (!canShowWindows()) return serveInBrowser('noDisplay');
  try {
    process.exit(await runElectron(runtime));
  } catch {
    // The binary exists but cannot start (wrong platform, not executable): the browser still works.
    await serveInBrowser('noRuntime');
  }
});
