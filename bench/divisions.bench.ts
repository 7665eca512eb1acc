import type { Benchmark, Metric } from './run';

/**
 * divisions.json (区划调整, issue 16): split 南新园社区 (8,500 households, ~280 places with gates,
 * workers, assignments, a year of tickets) into three, applied locally with the app's own capture
 * and catalog (divisionSplitApplyMs, target < 5 s), and the longest main-thread task meanwhile
 * (target < 200 ms). BENCH_DIVISIONS_SCALE (default 1) shrinks the street for a check run.
 * divisionSplitSyncMs (a street client seeing the split, target < 10 s) needs the sync server in
 * the run and is not measured yet.
 */
export const benchmark: Benchmark = {
  name: 'divisions',
  async run({ page }) {
    page.setDefaultTimeout(600_000);
    const scale = Number(process.env.BENCH_DIVISIONS_SCALE ?? '1');
    const setup = await page.evaluate((s) => window.bench.divisions.reset(s), scale);
    console.log('setup:', JSON.stringify(setup));
    const split = await page.evaluate(() => window.bench.divisions.split());
    console.log('split:', JSON.stringify(split));
    const ms = (value: number): Metric => ({ value: Math.round(value), unit: 'ms' });
    return {
      divisionSplitApplyMs: ms(split.ms),
      divisionSplitLongestTaskMs: ms(split.longestTaskMs),
      divisionSplitMoved: { value: split.moved, unit: 'count' },
      divisionScale: { value: scale, unit: 'count' },
    };
  },
};
