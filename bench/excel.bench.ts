import { readdirSync, readFileSync } from 'node:fs';
import type { Benchmark, Metric } from './run';

/**
 * excel.json (issue 5): a generated 240,000-row × 15-column coordinator roster (Chinese names,
 * IDs as text, phones, date cells), in Chromium. Import = file bytes to validated rows in
 * IndexedDB through the app's Excel worker (read, header, checks, dry-run plan, batch commit
 * captured in the outbox); parse-only = SheetJS reading the same file alone with the same
 * options, in the same kind of worker; export = the 240,000 rows from IndexedDB back to .xlsx.
 * The IndexedDB floor (the same rows and outbox entries written with bare IndexedDB) is
 * measured too, because it bounds how close import can come to parsing alone.
 */
/**
 * Resident memory of this run's Chromium renderer processes, sampled from /proc. The worker's
 * JS heap is not visible to the page (performance.memory does not exist in workers), and the
 * parsed workbook lives there: the renderer process's RSS holds both threads' heaps.
 */
function rendererRssSampler(): { stop(): number } {
  const children = new Map<number, number[]>();
  const read = (pid: number, file: string) => {
    try {
      return readFileSync(`/proc/${pid}/${file}`, 'utf8');
    } catch {
      return '';
    }
  };
  const renderers = (): number[] => {
    children.clear();
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!Number.isInteger(pid)) continue;
      // The 4th field of stat is the parent; the 2nd (the name) may hold spaces, hence the ')'.
      const stat = read(pid, 'stat');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(pid);
      children.set(ppid, list);
    }
    const found: number[] = [];
    const walk = (pid: number) => {
      for (const child of children.get(pid) ?? []) {
        if (read(child, 'cmdline').includes('--type=renderer')) found.push(child);
        walk(child);
      }
    };
    walk(process.pid);
    return found;
  };
  const rssBytes = (pid: number) => {
    const kb = /VmRSS:\s+(\d+) kB/.exec(read(pid, 'status'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  };
  let pids = renderers();
  let peak = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    // New renderers (a worker's process is the page's, but a new page is not): look again now and then.
    if (++ticks % 20 === 0) pids = renderers();
    peak = Math.max(
      peak,
      pids.reduce((sum, pid) => sum + rssBytes(pid), 0),
    );
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

// EXCEL_BENCH_ROWS: a smaller roster while working on the benchmark; results are for 240,000.
const ROWS = Number(process.env.EXCEL_BENCH_ROWS ?? 240_000);

export const benchmark: Benchmark = {
  name: 'excel',
  async run({ page }) {
    page.setDefaultTimeout(0);
    await page.evaluate(() => window.bench.excel.reset());
    const file = await page.evaluate((n) => window.bench.excel.makeRoster(n), ROWS);
    console.log(`roster: ${ROWS} rows, ${(file.bytes / 2 ** 20).toFixed(1)} MB`);
    const parse = await page.evaluate(() => window.bench.excel.parseOnly());
    if (parse.rows !== ROWS + 1) throw new Error(`SheetJS read ${parse.rows} rows, expected ${ROWS + 1}`);
    console.log(`parse only: ${parse.ms.toFixed(0)} ms`);
    const rss = rendererRssSampler();
    const imported = await page.evaluate(() => window.bench.excel.importRoster());
    const importRendererPeak = rss.stop();
    console.log(
      'import:',
      JSON.stringify({ ms: imported.ms, steps: imported.steps, counts: imported.result.counts }),
    );
    if (imported.stored !== ROWS || imported.result.counts.new !== ROWS) {
      throw new Error(
        `imported ${imported.stored} of ${ROWS} rows: ${JSON.stringify(imported.result.counts)}`,
      );
    }
    const exported = await page.evaluate(() => window.bench.excel.exportRoster());
    console.log(`export: ${exported.ms.toFixed(0)} ms, ${(exported.bytes / 2 ** 20).toFixed(1)} MB`);
    const floor = await page.evaluate(() => window.bench.excel.indexedDbFloor());
    console.log(`IndexedDB floor: ${floor.ms.toFixed(0)} ms for ${floor.rows} rows + outbox entries`);

    const ms = (value: number): Metric => ({ value: Math.round(value), unit: 'ms' });
    const ratio = (value: number): Metric => ({ value: Math.round(value * 100) / 100, unit: 'ratio' });
    const mb = (value: number): Metric => ({ value: Math.round(value * 10) / 10, unit: 'MB' });
    return {
      importRoster240kMs: ms(imported.ms),
      parseOnlyRoster240kMs: ms(parse.ms),
      importToParseRatio: ratio(imported.ms / parse.ms),
      exportRoster240kMs: ms(exported.ms),
      importLongestMainThreadTaskMs: ms(imported.longestTaskMs),
      // The renderer process at its peak during import (page and Excel worker together).
      importPeakHeapMB: mb(importRendererPeak / 2 ** 20),
      importMainThreadPeakHeapMB: mb(imported.peakHeapMB),
      // Where the import's time goes, and what IndexedDB alone costs for its writes.
      importReadMs: ms(imported.steps.read ?? 0),
      importHeaderMs: ms(imported.steps.header ?? 0),
      importCheckMs: ms(imported.steps.check ?? 0),
      importCommitMs: ms(imported.steps.commit ?? 0),
      indexedDbFloorRoster240kMs: ms(floor.ms),
      importWithoutFloorToParseRatio: ratio((imported.ms - floor.ms) / parse.ms),
      exportLongestMainThreadTaskMs: ms(exported.longestTaskMs),
      rosterFileMB: mb(file.bytes / 2 ** 20),
      exportFileMB: mb(exported.bytes / 2 ** 20),
    };
  },
};
