import type { Benchmark, Metric } from './run';

/**
 * whistles.json (吹哨报到, issue 13): the overview of a district-year — 5,000 events, 30 units,
 * each department's year and months (whistlesOverviewYearMs, target < 300 ms); with a district
 * month's 吹哨率 over 50,000 tickets added (whistlesOverviewWithRateMs: reading the month's
 * tickets is most of it); the open-events board of the district (target < 100 ms).
 */
export const benchmark: Benchmark = {
  name: 'whistles',
  async run({ page }) {
    page.setDefaultTimeout(600_000);
    const setup = await page.evaluate(() => window.bench.whistles.reset());
    console.log('setup:', JSON.stringify(setup));
    const overview = await page.evaluate(() => window.bench.whistles.overviewYear());
    console.log('overview:', JSON.stringify(overview));
    const board = await page.evaluate(() => window.bench.whistles.openBoard());
    console.log('board:', JSON.stringify(board));
    const ms = (value: number): Metric => ({ value: Math.round(value), unit: 'ms' });
    return {
      whistlesOverviewYearMs: ms(overview.departmentsMs),
      whistlesOverviewWithRateMs: ms(overview.ms),
      whistlesOverviewReadMs: ms(overview.readMs),
      whistlesRateMonthMs: ms(overview.rateMs),
      whistlesOpenBoardMs: ms(board.ms),
      whistlesOpenEvents: { value: board.open, unit: 'count' },
    };
  },
};
