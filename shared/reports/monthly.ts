import type { TicketRateRules } from '../model/ticket';
import type { OrgUnit } from '../model/org';
import type { Coverage } from '../places/coverage';
import type { DepartmentRow } from '../access/overview';
import { PLACE_FIGURES, type PlaceFigure } from '../places/figures';
import { sizeClass, SPLIT_ABOVE, SPLIT_FIRST_ABOVE, MERGE_BELOW } from '../places/community-size';
import { lastMonths } from '../dashboard/months';
import { monthlyRates, unitRanking } from '../dashboard/tickets';
import { coverageByUnit } from '../dashboard/coverage';
import { levelBelow, OUTSIDE_UNITS } from '../dashboard/children';
import type { CategoryDeployment } from '../dashboard/coordinators';
import { monthValues, type Report, type ReportCell, type ReportSection, type ReportText } from './report';

/**
 * 工作月报: the dashboard's figures and tables for one month of a scope. Every number comes from
 * the function the dashboard draws it with (shared/dashboard, the access overview, the registry's
 * figures), so the report and the screen cannot disagree. Tickets are counted for the month and
 * the twelve months up to it; the registry, the roster, access and community sizes are states,
 * read on the day the report is made (`asOf`).
 */
export interface MonthlyReportInput {
  scope: string;
  /** The scope's own name (安贞街道) and its path (朝阳区 / 安贞街道). */
  scopeName: string;
  scopePath: string;
  /** `YYYY-MM` */
  month: string;
  /** `YYYY-MM-DD`: the day states were read. */
  asOf: string;
  /** The scope's tickets received in the twelve months ending with `month` (more are ignored). */
  tickets: Parameters<typeof monthlyRates>[0];
  /** The units one level below the scope, by code. */
  units: ReadonlyMap<string, Pick<OrgUnit, 'name'>>;
  coverage: Pick<Coverage, 'rows' | 'total'>;
  sizes: readonly { code: string; name: string; streetName: string; households?: number }[];
  deployment: readonly CategoryDeployment[];
  departments: readonly DepartmentRow[];
  /** The scope's weights of the three rates (shared/tickets/rate-rules), as the dashboard scores them. */
  rules?: TicketRateRules;
}

const d = (key: string, values?: Record<string, string | number>): ReportText => ({
  key: `dashboard.${key}`,
  ...(values ? { values } : {}),
});
const r = (key: string, values?: Record<string, string | number>): ReportText => d(`report.${key}`, values);

/** A registry figure's name in both languages, as 概览 and the coverage tab call it. */
const figureName = (key: PlaceFigure): ReportText => ({
  zh: PLACE_FIGURES[key].zh.name,
  en: PLACE_FIGURES[key].en.name,
});

const RATES = ['response', 'resolution', 'satisfaction'] as const;

export function monthlyReport(input: MonthlyReportInput): Report {
  const unitTitle = d(`unit.${levelBelow(input.scope)}`);
  const unitName = (code: string): ReportText =>
    code === OUTSIDE_UNITS ? d('outside') : (input.units.get(code)?.name ?? code);
  const asOf = r('asOf', { date: input.asOf });
  return {
    title: r('monthlyTitle', { scope: input.scopeName, ...monthValues(input.month) }),
    subtitle: r('monthlySubtitle', { path: input.scopePath, date: input.asOf }),
    sections: [
      ticketsSection(input),
      rankingSection(input, unitTitle, unitName),
      coverageSection(input, unitTitle, unitName, asOf),
      coordinatorsSection(input, asOf),
      accessSection(input, asOf),
      sizesSection(input, asOf),
    ],
  };
}

function ticketsSection(input: MonthlyReportInput): ReportSection {
  const months = lastMonths(`${input.month}-01`);
  const monthly = monthlyRates(input.tickets, months, input.rules);
  const rates = monthly[monthly.length - 1]!.rates;
  return {
    id: 'tickets',
    title: r('tickets'),
    note: r('ticketsNote', monthValues(input.month)),
    figures: [
      { label: d('tickets.count'), value: rates.tickets, link: '/tickets/rates' },
      ...RATES.map((rate) => ({
        label: d(`tickets.${rate}`),
        value: { share: rates[`${rate}Rate`] },
        link: '/tickets/rates',
      })),
      { label: d('tickets.score'), value: { score: rates.score }, link: '/tickets/rates' },
    ],
    table: {
      columns: [
        { label: d('tickets.month') },
        { label: d('tickets.count'), numeric: true },
        ...RATES.map((rate) => ({ label: d(`tickets.${rate}`), numeric: true })),
      ],
      rows: monthly.map((m) => ({
        cells: [m.month, m.rates.tickets, ...RATES.map((rate) => ({ share: m.rates[`${rate}Rate`] }))],
      })),
    },
    chart: { x: 0, bars: [1], lines: [2, 3, 4] },
  };
}

function rankingSection(
  input: MonthlyReportInput,
  unitTitle: ReportText,
  unitName: (code: string) => ReportText,
): ReportSection {
  const ranking = unitRanking(input.tickets, input.scope, input.month, input.rules);
  return {
    id: 'ranking',
    title: d('ranking.title', { month: input.month }),
    figures: [],
    table: {
      columns: [
        { label: d('ranking.rank'), numeric: true },
        { label: unitTitle },
        { label: d('tickets.count'), numeric: true },
        ...RATES.map((rate) => ({ label: d(`tickets.${rate}`), numeric: true })),
        { label: d('tickets.score'), numeric: true },
      ],
      rows: ranking.map((u) => ({
        cells: [
          u.rank,
          unitName(u.key),
          u.rates.tickets,
          ...RATES.map((rate) => ({ share: u.rates[`${rate}Rate`] })),
          { score: u.rates.score },
        ],
      })),
    },
    chart: { x: 1, bars: [], lines: [3, 4, 5], sharesAsBars: true },
  };
}

function coverageSection(
  input: MonthlyReportInput,
  unitTitle: ReportText,
  unitName: (code: string) => ReportText,
  asOf: ReportText,
): ReportSection {
  const { total } = input.coverage;
  const gaps = ['noHead', 'noWorker', 'noElderly', 'noPolice'] as const;
  return {
    id: 'coverage',
    title: d('coverage.title'),
    note: asOf,
    figures: (['coverageUnits', 'placesWithGaps'] as const).map((key) => ({
      label: figureName(key),
      value: PLACE_FIGURES[key].of(total),
      link: '/places/coverage',
    })),
    table: {
      columns: [
        { label: unitTitle },
        { label: figureName('coverageUnits'), numeric: true },
        { label: figureName('placesWithGaps'), numeric: true },
        ...gaps.map((gap) => ({ label: d(`coverage.${gap}`), numeric: true })),
        { label: d('coverage.share'), numeric: true },
      ],
      rows: coverageByUnit(input.coverage.rows, input.scope).map((u) => ({
        cells: [
          unitName(u.code),
          u.places,
          u.placesWithGaps,
          ...gaps.map((gap) => u[gap]),
          { share: u.coveredShare },
        ],
      })),
    },
    chart: { x: 0, bars: [1, 2] },
  };
}

function coordinatorsSection(input: MonthlyReportInput, asOf: ReportText): ReportSection {
  const sum = (key: 'active' | 'onRoster') => input.deployment.reduce((n, c) => n + c[key], 0);
  return {
    id: 'coordinators',
    title: d('coordinators.title'),
    note: asOf,
    figures: [
      { label: d('coordinators.active'), value: sum('active'), link: '/coordinators' },
      { label: d('coordinators.onRoster'), value: sum('onRoster'), link: '/coordinators' },
    ],
    table: {
      columns: [
        { label: d('coordinators.category') },
        { label: d('coordinators.active'), numeric: true },
        { label: d('coordinators.onRoster'), numeric: true },
        { label: d('coordinators.needed'), numeric: true },
      ],
      rows: input.deployment.map((c) => ({
        cells: [c.name, c.active, c.onRoster, c.needed ?? d('coordinators.onDemand')],
      })),
    },
    chart: { x: 0, bars: [1, 2, 3] },
  };
}

function accessSection(input: MonthlyReportInput, asOf: ReportText): ReportSection {
  const keys = ['admitted', 'refused', 'pending', 'complaints'] as const;
  const sum = (key: (typeof keys)[number]) => input.departments.reduce((n, row) => n + row[key], 0);
  return {
    id: 'access',
    title: d('access.title'),
    note: asOf,
    figures: keys.map((key) => ({
      label: d(`access.${key}`),
      value: sum(key),
      link: key === 'complaints' ? '/access/complaints' : '/access/requests',
    })),
    table: {
      columns: [
        { label: d('access.department') },
        ...keys.map((key) => ({ label: d(`access.${key}`), numeric: true })),
      ],
      rows: input.departments.map((row) => ({ cells: [row.department, ...keys.map((key) => row[key])] })),
    },
    chart: { x: 0, bars: [1, 2] },
  };
}

function sizesSection(input: MonthlyReportInput, asOf: ReportText): ReportSection {
  const known = input.sizes.filter((s): s is typeof s & { households: number } => s.households !== undefined);
  const count = (test: (h: number) => boolean) => known.filter((s) => test(s.households)).length;
  const status = (households: number | undefined): ReportCell =>
    households === undefined ? d('sizes.unknown') : d(`sizes.${sizeClass(households)}`);
  return {
    id: 'sizes',
    title: d('sizes.title'),
    note: asOf,
    figures: [
      { label: r('communities'), value: input.sizes.length, link: '/places/sizes' },
      {
        label: r('over', { count: SPLIT_ABOVE }),
        value: count((h) => h > SPLIT_ABOVE),
        link: '/places/sizes',
      },
      {
        label: r('over', { count: SPLIT_FIRST_ABOVE }),
        value: count((h) => h > SPLIT_FIRST_ABOVE),
        link: '/places/sizes',
      },
      {
        label: r('under', { count: MERGE_BELOW }),
        value: count((h) => h < MERGE_BELOW),
        link: '/places/sizes',
      },
    ],
    table: {
      columns: [
        { label: d('sizes.community') },
        { label: d('sizes.street') },
        { label: d('sizes.households'), numeric: true },
        { label: d('sizes.status') },
      ],
      rows: input.sizes.map((s) => ({
        cells: [s.name, s.streetName, s.households ?? null, status(s.households)],
      })),
    },
    chart: { x: 0, bars: [2] },
  };
}
