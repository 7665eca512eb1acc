import type { TicketRateRules } from '../model/ticket';
import type { AccessRequest, BurdenComplaint, InfoSystem, ListEdition } from '../model/lists';
import { LIST_KINDS } from '../model/lists';
import type { Whistle, WhistleCall } from '../model/whistle';
import type { WorkCalendar } from '../calendar/work-calendar';
import { ACCESS_STATUS, LIST_KIND } from '../vocabulary';
import { editionPeriod } from '../lists/editions';
import { accessOverview } from '../access/overview';
import { CITY_SYSTEM_LIMIT, communitiesOverLimit } from '../access/info-systems';
import { departmentLines } from '../whistles/overview';
import { ratesOf } from '../tickets/rates';
import type { CategoryDeployment } from '../dashboard/coordinators';
import type { Report, ReportSection, ReportText } from './report';

/**
 * 执法检查准备: what the People's Congress asks in the law's first year — were the three lists
 * issued, do 准入, 吹哨报到 and 接诉即办 run, are communities relieved, are the coordinators the
 * street's — answered for a scope from the definitions the screens use. Every line carries the
 * address of the screen that shows its evidence.
 */
export interface ReadinessInput {
  /** The scope's satisfaction points and weights (shared/tickets/rate-rules). */
  rules?: TicketRateRules;
  scopeName: string;
  scopePath: string;
  /** `YYYY-MM-DD` in Beijing, and the instant, for deadlines in days and in minutes. */
  today: string;
  now: number;
  /** The period whistles and tickets are counted over, e.g. the twelve months to today. */
  period: { from: string; to: string };
  /** Every edition of the three lists (they are city-wide), with their items' counts. */
  editions: readonly ListEdition[];
  itemCounts: ReadonlyMap<string, number>;
  /** Below: already limited to the scope (and whistles and tickets to the period). */
  requests: readonly AccessRequest[];
  complaints: readonly BurdenComplaint[];
  systems: readonly InfoSystem[];
  calendar: WorkCalendar;
  whistles: readonly Whistle[];
  calls: readonly WhistleCall[];
  tickets: Parameters<typeof ratesOf>[0];
  deployment: readonly CategoryDeployment[];
  /** Community names by code, for the communities over the limit. */
  communityNames: ReadonlyMap<string, string>;
}

const r = (key: string, values?: Record<string, string | number>): ReportText => ({
  key: `dashboard.readiness.${key}`,
  ...(values ? { values } : {}),
});

/** The edition of a list in force on `today`: published, started, not yet ended. */
export function editionInForce(
  editions: readonly ListEdition[],
  kind: ListEdition['kind'],
  today: string,
): ListEdition | undefined {
  return editions.find((e) => {
    if (e.deleted || e.kind !== kind || e.status !== 'published') return false;
    const period = editionPeriod(e, today);
    return period.kind === 'open' || (period.kind === 'closed' && period.to >= today);
  });
}

export function readinessReport(input: ReadinessInput): Report {
  return {
    title: r('title', { scope: input.scopeName }),
    subtitle: r('subtitle', { path: input.scopePath, date: input.today }),
    sections: [
      listsSection(input),
      accessSection(input),
      whistlesSection(input),
      ticketsSection(input),
      burdenSection(input),
      coordinatorsSection(input),
    ],
  };
}

function listsSection(input: ReadinessInput): ReportSection {
  const rows = LIST_KINDS.map((kind) => {
    const edition = editionInForce(input.editions, kind, input.today);
    return {
      cells: edition
        ? [
            LIST_KIND[kind],
            edition.name,
            edition.effectiveFrom ?? null,
            input.itemCounts.get(edition.id) ?? 0,
          ]
        : [LIST_KIND[kind], r('noEdition'), null, null],
      link: edition ? `/lists/${kind}?edition=${edition.id}` : `/lists/${kind}`,
    };
  });
  return {
    id: 'lists',
    title: r('lists'),
    note: r('listsNote', { date: input.today }),
    figures: [
      {
        label: r('listsInForce'),
        value: rows.filter((row) => row.cells[3] !== null).length,
        link: '/lists',
      },
    ],
    table: {
      columns: [
        { label: r('list') },
        { label: r('edition') },
        { label: r('since') },
        { label: r('items'), numeric: true },
      ],
      rows,
    },
  };
}

function accessSection(input: ReadinessInput): ReportSection {
  const overview = accessOverview(input.requests, input.complaints, [], input.calendar, input.today);
  const live = input.requests.filter((q) => !q.deleted);
  const count = (status: AccessRequest['status']) => live.filter((q) => q.status === status).length;
  const outcomes = ['admitted', 'refused', 'returned', 'revoked', 'submitted'] as const;
  const reviewed = count('admitted') + count('refused') + count('returned') + count('revoked');
  return {
    id: 'access',
    title: r('access'),
    figures: [
      { label: r('reviewed'), value: reviewed, link: '/access/requests' },
      { label: r('overdue'), value: overview.overdue.length, link: '/access/requests' },
    ],
    table: {
      columns: [{ label: r('outcome') }, { label: r('requests'), numeric: true }],
      rows: outcomes.map((status) => ({
        cells: [ACCESS_STATUS[status], count(status)],
        link: '/access/requests',
      })),
    },
  };
}

function whistlesSection(input: ReadinessInput): ReportSection {
  const lines = departmentLines(input.whistles, input.calls, input.now);
  const sum = (key: 'summoned' | 'onTime' | 'late' | 'absent' | 'awaited') =>
    lines.reduce((n, line) => n + line[key], 0);
  const link = '/whistles/overview';
  return {
    id: 'whistles',
    title: r('whistles'),
    note: r('period', input.period),
    figures: [
      {
        label: r('whistlesBlown'),
        value: input.whistles.filter((w) => !w.deleted).length,
        link: '/whistles',
      },
      { label: r('departments'), value: lines.length, link },
      { label: r('summoned'), value: sum('summoned'), link },
      { label: r('onTime'), value: sum('onTime'), link },
      { label: r('late'), value: sum('late'), link },
      { label: r('absent'), value: sum('absent'), link },
    ],
  };
}

function ticketsSection(input: ReadinessInput): ReportSection {
  const rates = ratesOf(input.tickets, input.rules?.weights, input.rules?.points);
  const link = '/tickets/rates';
  return {
    id: 'tickets',
    title: r('tickets'),
    note: r('period', input.period),
    figures: [
      { label: { key: 'dashboard.tickets.count' }, value: rates.tickets, link: '/tickets' },
      ...(['response', 'resolution', 'satisfaction'] as const).map((rate) => ({
        label: { key: `dashboard.tickets.${rate}` },
        value: { share: rates[`${rate}Rate`] },
        link,
      })),
    ],
  };
}

function burdenSection(input: ReadinessInput): ReportSection {
  const over = communitiesOverLimit(input.systems);
  return {
    id: 'burden',
    title: r('burden'),
    note: r('burdenNote', { limit: CITY_SYSTEM_LIMIT }),
    figures: [
      { label: r('overLimit', { limit: CITY_SYSTEM_LIMIT }), value: over.length, link: '/access/systems' },
      {
        label: r('complaints'),
        value: input.complaints.filter((c) => !c.deleted).length,
        link: '/access/complaints',
      },
    ],
    table: {
      columns: [{ label: r('community') }, { label: r('systems'), numeric: true }],
      rows: over.map((c) => ({
        cells: [input.communityNames.get(c.code) ?? c.code, c.count],
        link: '/access/systems',
      })),
    },
  };
}

function coordinatorsSection(input: ReadinessInput): ReportSection {
  const sum = (key: 'active' | 'onRoster') => input.deployment.reduce((n, c) => n + c[key], 0);
  return {
    id: 'coordinators',
    title: r('coordinators'),
    figures: [
      { label: { key: 'dashboard.coordinators.onRoster' }, value: sum('onRoster'), link: '/coordinators' },
      { label: { key: 'dashboard.coordinators.active' }, value: sum('active'), link: '/coordinators' },
      {
        label: r('categories'),
        value: input.deployment.filter((c) => c.onRoster > 0).length,
        link: '/coordinators/reference',
      },
    ],
  };
}
