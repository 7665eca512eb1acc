/**
 * The tickets benchmark inside Chromium: a district's registry of 100,000 places (40 streets of
 * 2,500), a big street's year of 40,000 tickets as a 12345 export, imported by the app's own Excel
 * worker with its address matching; address matching alone against the whole district; the
 * ticket list's filter over the street's year; the three rates and ranking of a district month.
 * bench/tickets.bench.ts drives it.
 */
import * as XLSX from '@e965/xlsx';
import type { Place } from '@shared/model/place';
import type { Ticket } from '@shared/model/ticket';
import { addressMatcher } from '@shared/tickets/address-matcher';
import { rank, ratesBy } from '@shared/tickets/rates';
import { calendarYears, workCalendar } from '@shared/calendar/work-calendar';
import { newId } from '@shared/ids';
import { StreetDeskDb, withoutCapture } from '../../renderer/db/database';
import { ExcelWorkerClient } from '../../renderer/features/excel/worker-client';
import { ticketsInScope } from '../../renderer/features/tickets/tickets-repository';
import { rowOf } from '../../renderer/features/tickets/use-tickets';
import { deadlineRuleUnits } from '../../renderer/db/ticket-rules';
import { deadlineRulesResolver } from '@shared/tickets/deadline-rules';
import { filterTickets, type TicketFilter } from '../../renderer/features/tickets/ticket-filter';
import { communityCodeOf } from '@shared/org/paths';
import { CHUNK_ROWS } from '../../renderer/features/excel/batches';
import { indexedDbFloor } from './floor';

export const name = 'tickets';

const DB = 'bench-tickets';
const FLOOR_DB = 'bench-tickets-floor';
const STREETS = 40;
const PLACES_PER_STREET = 2_500;
const TICKETS = 40_000;
const STREET_CODE = (s: number) => `110105${String(s + 1).padStart(3, '0')}`;
const COMPOUNDS = [
  '南新园',
  '双龙南里',
  '东四三条',
  '幸福里',
  '光华里',
  '团结湖',
  '农光里',
  '劲松',
  '潘家园',
  '华威里',
];

// Street-specific words, so compounds differ across streets as real ones mostly do.
const STREET_WORDS = '东西南北中前后左右上下新旧大小长青红白金银春夏秋冬梅兰竹菊松柏桃李杨柳安康宁和平'.split(
  '',
);

function registry(): Place[] {
  const places: Place[] = [];
  for (let s = 0; s < STREETS; s++) {
    const street = STREET_CODE(s);
    for (let i = 0; i < PLACES_PER_STREET; i++) {
      const community = `${street}${String(Math.floor(i / 250) + 1).padStart(3, '0')}`;
      // A compound per community; its name carries the street's word.
      const compound = `${STREET_WORDS[s]}${COMPOUNDS[Math.floor(i / 250)]}`;
      const building = (i % 250) + 1;
      places.push({
        id: newId(),
        orgPath: `110105/${street}/${community}`,
        code: `${community}${String(i % 250).padStart(4, '0')}`,
        type: 'building',
        name: `${compound}${building}号楼`,
        address: `朝阳区${compound}${building}号楼`,
        households: 60,
        residents: 150,
        servicePointIds: [],
      });
    }
  }
  return places;
}

const VARIANTS = [
  (a: string) => a,
  (a: string) => `北京市${a}门口`,
  (a: string) => `${a}2单元302室`,
  (a: string) => a.replace(/(\d+)号楼/, '$1#'),
  (a: string) => `${a.replace(/\d+号楼$/, '')}小区附近`,
];

function addressesOf(places: readonly Place[], n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    VARIANTS[i % VARIANTS.length]!(places[(i * 7919) % places.length]!.address),
  );
}

let places: Place[] = [];
let workbook: Uint8Array | undefined;

/** Longest main-thread task while `work` runs. */
async function watched<T>(work: () => Promise<T>) {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const started = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { result, ms, longestTaskMs: longest };
  } finally {
    observer.disconnect();
  }
}

export const api = {
  async reset(): Promise<{ places: number }> {
    await StreetDeskDb.delete(DB);
    const db = new StreetDeskDb(DB);
    await db.open();
    places = registry();
    await withoutCapture(db, ['places'], () => db.places.bulkAdd(places));
    db.close();
    const street = places.filter((p) => p.orgPath.startsWith(`110105/${STREET_CODE(0)}/`));
    const rows: (string | number)[][] = [
      ['12345市民服务热线派单明细'],
      [
        '工单编号',
        '受理时间',
        '诉求类型',
        '问题分类',
        '诉求内容',
        '发生地址',
        '办理时限',
        '是否紧急',
        '诉求人',
        '联系电话',
      ],
    ];
    const addresses = addressesOf(street, TICKETS);
    for (let i = 0; i < TICKETS; i++) {
      const day = new Date(Date.UTC(2026, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10);
      rows.push([
        `G${String(i).padStart(8, '0')}`,
        `${day} 09:${String(i % 60).padStart(2, '0')}`,
        ['投诉', '求助', '咨询', '举报', '建议'][i % 5]!,
        '楼道堆物',
        '楼道堆放杂物，影响通行',
        addresses[i]!,
        i % 3 ? '' : '7个工作日',
        '否',
        '王女士',
        `1380013${String(i % 10_000).padStart(4, '0')}`,
      ]);
    }
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '派单明细');
    workbook = XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as Uint8Array;
    return { places: places.length };
  },

  /** The street's year of tickets through the app's import: read, match, check, commit. */
  async importTickets() {
    const client = new ExcelWorkerClient();
    const copy = new Uint8Array(workbook!).slice().buffer;
    try {
      // Each step's time, so a slow import says which part is slow (reading the workbook,
      // matching and checking, or writing).
      const phases = { openMs: 0, prepareMs: 0, planMs: 0, commitMs: 0 };
      const timed = async <T>(phase: keyof typeof phases, step: () => Promise<T>) => {
        const started = performance.now();
        try {
          return await step();
        } finally {
          phases[phase] = performance.now() - started;
        }
      };
      const watch = await watched(async () => {
        const opened = await timed('openMs', () =>
          client.call('open', { bytes: copy, fileName: 'tickets.xlsx', entity: 'tickets' }, {}, [copy]),
        );
        const prepared = await timed('prepareMs', () =>
          client.call('prepare', { sheet: opened.suggested! }, {}),
        );
        const plan = await timed('planMs', () =>
          client.call(
            'plan',
            {
              mapping: prepared.mapping,
              options: { dbName: DB, scope: `110105/${STREET_CODE(0)}`, today: '2026-11-01', user: 'bench' },
            },
            {},
          ),
        );
        const batch = await timed('commitMs', () =>
          client.call(
            'commit',
            {
              dbName: DB,
              batch: {
                id: 'bench-tickets',
                fileName: 'tickets.xlsx',
                startedAt: new Date().toISOString(),
                by: 'bench',
                scope: '',
              },
            },
            {},
          ),
        );
        return { counts: plan.counts, batch: batch.status };
      });
      const db = new StreetDeskDb(DB);
      await db.open();
      const stored = await db.tickets.toArray();
      db.close();
      return { ...watch, phases, stored: stored.length, linked: stored.filter((t) => t.placeId).length };
    } finally {
      client.terminate();
    }
  },

  /**
   * The IndexedDB floor (floor.ts) for the tickets the import wrote: bare, or (`indexed`) with
   * the ticket indexes the app keeps to find a ticket by number, place, month and state
   * (renderer/db/schema.ts).
   */
  async indexedDbFloor(indexed = false): Promise<{ ms: number; rows: number }> {
    const db = new StreetDeskDb(DB);
    await db.open();
    const records = await db.tickets.toArray();
    db.close();
    return indexedDbFloor(records as unknown as ({ id: string } & Record<string, unknown>)[], {
      table: 'tickets',
      dbName: FLOOR_DB,
      chunkRows: CHUNK_ROWS,
      indexes: indexed ? ['number', 'placeId', 'receivedAt', 'state'] : [],
    });
  },

  /** Address matching alone: 40,000 tickets against the district's 100,000 places. */
  matchOnly() {
    const indexStarted = performance.now();
    const matcher = addressMatcher(places);
    const indexMs = performance.now() - indexStarted;
    const addresses = addressesOf(places, TICKETS);
    const started = performance.now();
    let linked = 0;
    for (const a of addresses) if (matcher.match(a).placeId) linked++;
    const ms = performance.now() - started;
    return { indexMs, ms, perTicketMs: ms / TICKETS, linked };
  },

  /** The list's filters over the street's year, as the screen runs them after the first read. */
  async listFilters() {
    const db = new StreetDeskDb(DB);
    await db.open();
    const readStarted = performance.now();
    const tickets = await ticketsInScope(db, `110105/${STREET_CODE(0)}`);
    const calendar = workCalendar(calendarYears([]));
    const now = Date.parse('2026-11-01T10:00:00+08:00');
    // The rules as the screen resolves them, from the street and district units.
    const rulesOf = deadlineRulesResolver(await deadlineRuleUnits(db));
    const rows = tickets.map((t) => rowOf(t, calendar, now, rulesOf));
    const loadMs = performance.now() - readStarted;
    db.close();
    const filters: TicketFilter[] = [
      { words: '' },
      { words: '', state: 'received' },
      { words: '', deadline: 'overdue' },
      { words: '南新园0' },
      { words: '楼道 5号楼', state: 'received', deadline: 'overdue' },
      { words: 'G0001' },
      { words: '', link: 'vague' },
    ];
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const f of filters) {
        const t = performance.now();
        filterTickets(rows, f);
        times.push(performance.now() - t);
      }
    }
    times.sort((a, b) => a - b);
    return {
      rows: rows.length,
      loadMs,
      p95Ms: times[Math.floor(times.length * 0.95)]!,
      maxMs: times[times.length - 1]!,
    };
  },

  /** The three rates and ranking of a district month: 60,000 tickets by community. */
  rates() {
    const tickets: Ticket[] = [];
    for (let i = 0; i < 60_000; i++) {
      const place = places[(i * 104_729) % places.length]!;
      const received = Date.UTC(2026, 9, 1) + (i % 30) * 86_400_000;
      tickets.push({
        id: String(i),
        orgPath: place.orgPath,
        number: String(i),
        source: 'hotline',
        kind: 'complaint',
        content: '',
        address: place.address,
        receivedAt: new Date(received).toISOString(),
        urgent: i % 30 === 0,
        state: 'closed',
        linkStatus: 'linked',
        contactedAt: new Date(received + (i % 40) * 3_600_000).toISOString(),
        resolution: i % 4 ? 'resolved' : 'unresolved',
        satisfaction: i % 5 ? 'satisfied' : 'dissatisfied',
      });
    }
    const started = performance.now();
    const ranking = rank(ratesBy(tickets, (t) => communityCodeOf(t.orgPath)));
    return { ms: performance.now() - started, communities: ranking.length };
  },
};

declare global {
  interface BenchApis {
    tickets: typeof api;
  }
}
