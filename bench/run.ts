/**
 * `npm run bench`: builds the harness (bench/harness, the app's own modules on a bare page),
 * serves it, drives it in Debian's Chromium with real IndexedDB, and writes
 * bench/results/<name>.json as {name, command, commit, date, machine, metrics}.
 *
 *   npm run bench               every benchmark
 *   npm run bench -- places     only the named ones
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createAppHost } from '../server/app-host';
import { CHROMIUM_ARGS } from '../playwright.config';
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.join(here, 'results');

export interface Metric {
  value: number;
  unit: 'ms' | 'MB' | 'count' | 'ratio';
}

export interface BenchContext {
  page: Page;
  browser: Browser;
}

export interface Benchmark {
  name: string;
  run(ctx: BenchContext): Promise<Record<string, Metric>>;
}

/** Every `bench/*.bench.ts` exports a `benchmark`. */
async function loadBenchmarks(): Promise<Benchmark[]> {
  const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts'));
  const loaded = await Promise.all(
    files.map((f) => import(path.join(here, f)) as Promise<{ benchmark: Benchmark }>),
  );
  return loaded.map((m) => m.benchmark);
}

function machine(browserVersion: string) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browserVersion,
  };
}

/**
 * The code measured: HEAD, and whether the work tree differed from it (then the result
 * describes uncommitted code and says so).
 */
function measuredCommit(): { commit: string; uncommittedChanges: boolean } {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: path.join(here, '..'), encoding: 'utf8' }).trim();
  try {
    // Results themselves may differ from HEAD while benchmarks run one after another.
    const changes = git('status', '--porcelain', '--', '.', ':(exclude)bench/results');
    return { commit: git('rev-parse', 'HEAD'), uncommittedChanges: changes.length > 0 };
  } catch {
    return { commit: 'unknown (not a git work tree)', uncommittedChanges: true };
  }
}

async function main() {
  const only = process.argv.slice(2);
  const selected = (await loadBenchmarks()).filter((b) => only.length === 0 || only.includes(b.name));
  if (selected.length === 0) throw new Error(`no benchmark named ${only.join(', ')}`);

  await build({ configFile: path.join(here, 'vite.config.ts') });
  const host = createAppHost({ root: path.join(here, '..', 'dist', 'bench') });
  await host.listen({ host: '127.0.0.1', port: 0 });
  const address = host.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  mkdirSync(RESULTS, { recursive: true });
  try {
    for (const bench of selected) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[${bench.name}] page error: ${e.message}`));
      await page.goto(`http://127.0.0.1:${port}/index.html`);
      await page.waitForFunction((name) => name in ((window.bench as object | undefined) ?? {}), bench.name);
      console.log(`bench ${bench.name} …`);
      const metrics = await bench.run({ page, browser });
      const result = {
        name: bench.name,
        command: `npm run bench -- ${bench.name}`,
        ...measuredCommit(),
        date: new Date().toISOString(),
        machine: machine(browser.version()),
        metrics,
      };
      writeFileSync(path.join(RESULTS, `${bench.name}.json`), JSON.stringify(result, null, 2) + '\n');
      console.log(JSON.stringify(metrics, null, 2));
      await context.close();
    }
  } finally {
    await browser.close();
    await host.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
