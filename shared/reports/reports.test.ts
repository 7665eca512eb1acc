import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import * as XLSX from '@e965/xlsx';
import type { Ticket } from '../model/ticket';
import type { CoverageRow } from '../places/coverage';
import type { AccessRequest, InfoSystem, ListEdition } from '../model/lists';
import { calendarYears, workCalendar } from '../calendar/work-calendar';
import { wordDocumentBytes } from '../word/document';
import { writeWorkbook } from '../excel/xlsx-writer';
import { monthlyReport, type MonthlyReportInput } from './monthly';
import { editionInForce, readinessReport, type ReadinessInput } from './readiness';
import { localizeReport, reportSheets, reportWordDocument, type ReportWords } from './render';

const STREET = '110105/110105001';
const A = '110105001001';
const B = '110105001002';

function ticket(code: string, beijing: string, over: Partial<Ticket> = {}): Ticket {
  const received = Date.parse(`${beijing}+08:00`);
  return {
    id: `${code}-${beijing}`,
    orgPath: `${STREET}/${code}`,
    number: '1',
    kind: 'complaint',
    state: 'closed',
    receivedAt: new Date(received).toISOString(),
    contactedAt: new Date(received + 3600_000).toISOString(),
    resolution: 'resolved',
    satisfaction: 'satisfied',
    ...over,
  } as Ticket;
}

const counts = (code: string, places: number, gaps: number) =>
  ({
    code,
    name: code,
    places,
    placesWithGaps: gaps,
    registeredPlaces: places,
    registeredHouseholds: 0,
    noHead: gaps,
    noWorker: 0,
    noElderly: 0,
    noPolice: 0,
    workers: 0,
  }) as unknown as CoverageRow;

/** Keys with their values, so a test sees which words and numbers went where. */
const words: ReportWords = {
  t: (key, values) => (values ? `${key}(${Object.values(values).join(',')})` : key),
  english: false,
};

function monthlyInput(over: Partial<MonthlyReportInput> = {}): MonthlyReportInput {
  return {
    scope: STREET,
    scopeName: '安贞街道',
    scopePath: '朝阳区 / 安贞街道',
    month: '2026-11',
    asOf: '2026-12-02',
    tickets: [
      // 1 November 00:30 in Beijing is October in UTC: it counts in November.
      ticket(A, '2026-11-01T00:30:00'),
      ticket(A, '2026-11-20T10:00:00', { resolution: 'unresolved', satisfaction: 'dissatisfied' }),
      ticket(B, '2026-11-21T10:00:00'),
      ticket(B, '2026-10-05T10:00:00'),
      // After the month: not in this report.
      ticket(B, '2026-12-01T10:00:00'),
    ],
    units: new Map([
      [A, { name: '甲社区' }],
      [B, { name: '乙社区' }],
    ]),
    coverage: { rows: [counts(A, 10, 4), counts(B, 5, 0)], total: counts('', 15, 4) },
    sizes: [
      { code: A, name: '甲社区', streetName: '安贞街道', households: 5200 },
      { code: B, name: '乙社区', streetName: '安贞街道', households: 420 },
    ],
    deployment: [
      { categoryId: 'c1', name: '治安巡防员', active: 3, onRoster: 4, needed: 2 },
      { categoryId: 'c2', name: '助老员', active: 1, onRoster: 1, needed: null },
    ],
    departments: [{ department: '区民政局', admitted: 2, refused: 1, pending: 1, complaints: 3 }],
    ...over,
  };
}

describe('monthly report', () => {
  const report = localizeReport(monthlyReport(monthlyInput()), words);
  const section = (id: string) => report.sections.find((s) => s.id === id)!;

  it('is titled with the scope and the month', () => {
    expect(report.title).toBe('dashboard.report.monthlyTitle(安贞街道,2026,11,11)');
  });

  it("counts the month's tickets and their rates as the dashboard does, in its Beijing month", () => {
    const figures = section('tickets').figures.map((f) => [f.label, f.value]);
    expect(figures).toEqual([
      ['dashboard.tickets.count', 3],
      ['dashboard.tickets.response', '100.0%'],
      ['dashboard.tickets.resolution', '66.7%'],
      ['dashboard.tickets.satisfaction', '66.7%'],
      ['dashboard.tickets.score', expect.any(String)],
    ]);
    const rows = section('tickets').table!.rows;
    expect(rows).toHaveLength(12);
    expect(rows[0]!.cells[0]).toBe('2025-12');
    expect(rows.at(-1)!.cells.slice(0, 2)).toEqual(['2026-11', 3]);
    expect(rows.at(-2)!.cells.slice(0, 2)).toEqual(['2026-10', 1]);
  });

  it('ranks the communities in the month, best first, by name', () => {
    const rows = section('ranking').table!.rows.map((r) => r.cells.slice(0, 3));
    expect(rows).toEqual([
      [1, '乙社区', 1],
      [2, '甲社区', 2],
    ]);
  });

  it("sums coverage, the roster and access, and judges sizes by the standard's lines", () => {
    expect(section('coverage').figures.map((f) => f.value)).toEqual([15, 4]);
    expect(section('coverage').table!.rows[0]!.cells).toEqual(['甲社区', 10, 4, 4, 0, 0, 0, '60.0%']);
    expect(section('coordinators').figures.map((f) => f.value)).toEqual([4, 5]);
    expect(section('coordinators').table!.rows[1]!.cells[3]).toBe('dashboard.coordinators.onDemand');
    expect(section('access').figures.map((f) => f.value)).toEqual([2, 1, 1, 3]);
    expect(section('sizes').figures.map((f) => f.value)).toEqual([2, 1, 1, 1]);
    expect(section('sizes').table!.rows.map((r) => r.cells[3])).toEqual([
      'dashboard.sizes.splitUrgent',
      'dashboard.sizes.merge',
    ]);
  });

  it('names the figures of the registry in the language asked', () => {
    const english = localizeReport(monthlyReport(monthlyInput()), { ...words, english: true });
    expect(english.sections.find((s) => s.id === 'coverage')!.figures[0]!.label).toBe('Coverage units');
    expect(section('coverage').figures[0]!.label).toBe('覆盖单元');
  });

  it('writes the same figures and tables into the .docx and the .xlsx', async () => {
    const docx = await wordDocumentBytes(reportWordDocument(report, ['指标', '数值']));
    const body = strFromU8(unzipSync(docx)['word/document.xml']!);
    expect(body).toContain(report.title);
    expect(body).toContain('66.7%');
    expect(body).toContain('乙社区');

    const xlsx = await writeWorkbook(
      reportSheets(report, { name: '概要', columns: ['栏目', '指标', '数值'] }),
    );
    const book = XLSX.read(xlsx, { type: 'array' });
    expect(book.SheetNames).toHaveLength(1 + report.sections.length);
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['概要']!, { header: 1 });
    expect(summary).toContainEqual(['dashboard.report.tickets', 'dashboard.tickets.count', 3]);
    const tickets = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[1]!]!, { header: 1 });
    expect(tickets).toContainEqual(['2026-11', 3, '100.0%', '66.7%', '66.7%']);
  });
});

describe('readiness report', () => {
  const edition = (over: Partial<ListEdition>): ListEdition =>
    ({
      id: 'e',
      orgPath: '',
      kind: 'communityTasks',
      name: '2020版',
      status: 'published',
      ...over,
    }) as ListEdition;
  const editions = [
    edition({
      id: 'old',
      name: '2019版',
      status: 'retired',
      effectiveFrom: '2019-01-01',
      effectiveTo: '2019-12-31',
    }),
    edition({ id: 'now', name: '2020版', effectiveFrom: '2020-01-01' }),
    // Published, but not yet in force.
    edition({ id: 'next', kind: 'streetDuties', name: '2027版', effectiveFrom: '2027-01-01' }),
  ];
  const request = (status: AccessRequest['status']) =>
    ({
      id: status,
      orgPath: STREET,
      requestingUnit: '区民政局',
      status,
      history: [],
    }) as unknown as AccessRequest;
  const system = (name: string): InfoSystem =>
    ({ id: name, orgPath: STREET, name, owner: '市', level: 'city', communityCodes: [A] }) as InfoSystem;

  function input(over: Partial<ReadinessInput> = {}): ReadinessInput {
    return {
      scopeName: '安贞街道',
      scopePath: '朝阳区 / 安贞街道',
      today: '2026-11-25',
      now: Date.parse('2026-11-25T10:00:00+08:00'),
      period: { from: '2025-12', to: '2026-11' },
      editions,
      itemCounts: new Map([['now', 34]]),
      requests: [request('admitted'), request('admitted'), request('refused'), request('submitted')],
      complaints: [],
      systems: Array.from({ length: 8 }, (_, i) => system(`系统${i}`)),
      calendar: workCalendar(calendarYears([])),
      whistles: [],
      calls: [],
      tickets: [ticket(A, '2026-11-20T10:00:00')],
      deployment: [{ categoryId: 'c1', name: '治安巡防员', active: 3, onRoster: 4, needed: 2 }],
      communityNames: new Map([[A, '甲社区']]),
      ...over,
    };
  }

  it('finds the edition in force: published and started, not one that starts later', () => {
    expect(editionInForce(editions, 'communityTasks', '2026-11-25')?.id).toBe('now');
    expect(editionInForce(editions, 'streetDuties', '2026-11-25')).toBeUndefined();
    expect(editionInForce(editions, 'streetDuties', '2027-01-01')?.id).toBe('next');
  });

  it('lists each list with its edition, start and items, linked to the edition', () => {
    const report = localizeReport(readinessReport(input()), words);
    const lists = report.sections.find((s) => s.id === 'lists')!;
    expect(lists.figures[0]!.value).toBe(1);
    const tasks = lists.table!.rows.find((r) => r.cells[1] === '2020版')!;
    expect(tasks.cells).toEqual(['社区任务清单', '2020版', '2020-01-01', 34]);
    expect(tasks.link).toBe('/lists/communityTasks?edition=now');
    expect(lists.table!.rows[0]!.cells[1]).toBe('dashboard.readiness.noEdition');
  });

  it('counts reviewed requests, whistles, tickets, communities over the limit and the roster', () => {
    const report = localizeReport(readinessReport(input()), words);
    const figures = (id: string) => report.sections.find((s) => s.id === id)!.figures.map((f) => f.value);
    expect(figures('access')[0]).toBe(3);
    expect(figures('tickets')).toEqual([1, '100.0%', '100.0%', '100.0%']);
    expect(figures('burden')).toEqual([1, 0]);
    expect(report.sections.find((s) => s.id === 'burden')!.table!.rows[0]!.cells).toEqual(['甲社区', 8]);
    expect(figures('coordinators')).toEqual([4, 3, 1]);
    // Seven systems are within the limit.
    const seven = localizeReport(readinessReport(input({ systems: input().systems.slice(1) })), words);
    expect(seven.sections.find((s) => s.id === 'burden')!.figures[0]!.value).toBe(0);
  });
});
