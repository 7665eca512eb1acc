import { beijingMonth } from '../access/dates';
import type { Whistle, WhistleCall } from '../model/whistle';
import { callStatus, scoreOf, type CallStatus } from './rules';

/**
 * The figures of 吹哨报到, one definition each, for the overview, the home and reports:
 * per department and month, summoned / on time / late / absent / still awaited and the
 * average score; per street, the 吹哨率.
 */
export interface DepartmentLine {
  responderId: string;
  /** Calls to events blown in the period. */
  summoned: number;
  onTime: number;
  late: number;
  /** The event closed and the department never came. */
  absent: number;
  /** Not come yet on an open event (waiting or overdue). */
  awaited: number;
  /** Mean of the evaluated events' scores; null when none was evaluated. */
  averageScore: number | null;
  evaluated: number;
}

/** `YYYY-MM` of an instant in Beijing: the month an event counts in. */
export const monthOf = beijingMonth;

const COUNTED: Record<CallStatus, 'onTime' | 'late' | 'absent' | 'awaited'> = {
  onTime: 'onTime',
  late: 'late',
  absent: 'absent',
  waiting: 'awaited',
  overdue: 'awaited',
};

/**
 * Department lines for the events in `whistles` (already chosen by period and scope), most
 * summoned first. Calls of other events are ignored, so a caller may pass all calls.
 */
export function departmentLines(
  whistles: readonly Whistle[],
  calls: readonly WhistleCall[],
  now: number,
): DepartmentLine[] {
  const byId = new Map(whistles.map((w) => [w.id, w]));
  const lines = new Map<string, DepartmentLine & { scoreSum: number }>();
  for (const call of calls) {
    const whistle = byId.get(call.whistleId);
    if (!whistle || call.deleted) continue;
    let line = lines.get(call.responderId);
    if (!line) {
      line = {
        responderId: call.responderId,
        summoned: 0,
        onTime: 0,
        late: 0,
        absent: 0,
        awaited: 0,
        averageScore: null,
        evaluated: 0,
        scoreSum: 0,
      };
      lines.set(call.responderId, line);
    }
    line.summoned += 1;
    line[COUNTED[callStatus(call, whistle, now)]] += 1;
    if (call.evaluation) {
      line.evaluated += 1;
      line.scoreSum += scoreOf(call.evaluation);
    }
  }
  return [...lines.values()]
    .map(({ scoreSum, ...line }) => ({
      ...line,
      averageScore: line.evaluated > 0 ? scoreSum / line.evaluated : null,
    }))
    .sort((a, b) => b.summoned - a.summoned || a.responderId.localeCompare(b.responderId));
}

/** Department lines for each month of the events given, and for all of them: a year's overview. */
export function linesByMonth(
  whistles: readonly Whistle[],
  calls: readonly WhistleCall[],
  now: number,
): { total: DepartmentLine[]; months: Map<string, DepartmentLine[]> } {
  const byMonth = new Map<string, Whistle[]>();
  for (const w of whistles) {
    const month = monthOf(w.blownAt);
    const list = byMonth.get(month);
    if (list) list.push(w);
    else byMonth.set(month, [w]);
  }
  const callsByMonth = new Map<string, WhistleCall[]>();
  const monthOfWhistle = new Map<string, string>();
  for (const [month, list] of byMonth) for (const w of list) monthOfWhistle.set(w.id, month);
  for (const call of calls) {
    const month = monthOfWhistle.get(call.whistleId);
    if (month === undefined) continue;
    const list = callsByMonth.get(month);
    if (list) list.push(call);
    else callsByMonth.set(month, [call]);
  }
  const months = new Map<string, DepartmentLine[]>();
  for (const [month, list] of [...byMonth].sort(([a], [b]) => a.localeCompare(b)))
    months.set(month, departmentLines(list, callsByMonth.get(month) ?? [], now));
  return { total: departmentLines(whistles, calls, now), months };
}

/**
 * 吹哨率: whistles per 1,000 tickets. Too high and the street leans on departments; too low and
 * problems it cannot solve stay unsolved. The band is data (no published standard): a street
 * outside it is flagged for a look, not judged.
 */
export const WHISTLE_RATE_BAND = { low: 0.5, high: 10 } as const;

export type RateVerdict = 'low' | 'normal' | 'high' | 'noTickets';

export interface WhistleRate {
  whistles: number;
  tickets: number;
  /** Per 1,000 tickets; null without tickets. */
  perThousand: number | null;
  verdict: RateVerdict;
}

export function whistleRate(whistles: number, tickets: number): WhistleRate {
  if (tickets === 0) return { whistles, tickets, perThousand: null, verdict: 'noTickets' };
  const perThousand = (whistles * 1000) / tickets;
  const verdict =
    perThousand < WHISTLE_RATE_BAND.low ? 'low' : perThousand > WHISTLE_RATE_BAND.high ? 'high' : 'normal';
  return { whistles, tickets, perThousand, verdict };
}

/** How an event's summoned departments stand, for the board. */
export type EventTally = Record<CallStatus, number> & { summoned: number };

export function tallyOf(whistle: Whistle, calls: readonly WhistleCall[], now: number): EventTally {
  const tally: EventTally = { summoned: 0, onTime: 0, late: 0, waiting: 0, overdue: 0, absent: 0 };
  for (const call of calls) {
    if (call.deleted) continue;
    tally.summoned += 1;
    tally[callStatus(call, whistle, now)] += 1;
  }
  return tally;
}

/**
 * The board's order: open events with a department overdue first, then the other open ones
 * (the longest waiting first), then closed events, newest first.
 */
export function boardRank(whistle: Pick<Whistle, 'closedAt'>, tally: Pick<EventTally, 'overdue'>): number {
  if (whistle.closedAt !== undefined) return 2;
  return tally.overdue > 0 ? 0 : 1;
}

export function byBoardOrder<T extends { whistle: Whistle; rank: number }>(a: T, b: T): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  return a.rank < 2
    ? a.whistle.blownAt.localeCompare(b.whistle.blownAt)
    : b.whistle.blownAt.localeCompare(a.whistle.blownAt);
}
