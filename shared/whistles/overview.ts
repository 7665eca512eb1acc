import { beijingMonth, beijingMonthNamer } from '../access/dates';
import type { Whistle, WhistleCall } from '../model/whistle';
import type { CallFacts, WhistleFacts } from './facts';
import { callStatus, deadlineMs, scoreOf, statusBy, type CallStatus } from './rules';

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

/** What the lines need of an event, worked out once per event rather than once per call. */
interface EventFacts {
  deadline: number;
  closed: boolean;
  /** The month's tally when lines are kept per month. */
  monthLines?: Tally;
}

type Line = DepartmentLine & { scoreSum: number };
type Tally = Map<string, Line>;

function lineIn(tally: Tally, responderId: string): Line {
  let line = tally.get(responderId);
  if (!line) {
    line = {
      responderId,
      summoned: 0,
      onTime: 0,
      late: 0,
      absent: 0,
      awaited: 0,
      averageScore: null,
      evaluated: 0,
      scoreSum: 0,
    };
    tally.set(responderId, line);
  }
  return line;
}

function finish(tally: Tally): DepartmentLine[] {
  return [...tally.values()]
    .map(({ scoreSum, ...line }) => ({
      ...line,
      averageScore: line.evaluated > 0 ? scoreSum / line.evaluated : null,
    }))
    .sort((a, b) => b.summoned - a.summoned || a.responderId.localeCompare(b.responderId));
}

/**
 * Counts every call of a known event into the total and, when the event has one, its month's
 * tally: one pass over the calls, the call's status and score worked out once for both.
 */
function count(facts: ReadonlyMap<string, EventFacts>, calls: readonly CallFacts[], now: number): Tally {
  const total: Tally = new Map();
  for (const call of calls) {
    const event = facts.get(call.whistleId);
    if (!event || call.deleted) continue;
    const counted = COUNTED[statusBy(call.arrivedAt, event.deadline, event.closed, now)];
    const score = call.evaluation ? scoreOf(call.evaluation) : null;
    add(lineIn(total, call.responderId), counted, score);
    if (event.monthLines) add(lineIn(event.monthLines, call.responderId), counted, score);
  }
  return total;
}

function add(line: Line, counted: (typeof COUNTED)[CallStatus], score: number | null): void {
  line.summoned += 1;
  line[counted] += 1;
  if (score !== null) {
    line.evaluated += 1;
    line.scoreSum += score;
  }
}

const factsOf = (whistle: WhistleFacts, blownMs?: number, monthLines?: Tally): EventFacts => ({
  deadline: deadlineMs(whistle, blownMs),
  closed: Boolean(whistle.closedAt),
  ...(monthLines ? { monthLines } : {}),
});

/**
 * Department lines for the events in `whistles` (already chosen by period and scope), most
 * summoned first. Calls of other events are ignored, so a caller may pass all calls.
 */
export function departmentLines(
  whistles: readonly WhistleFacts[],
  calls: readonly CallFacts[],
  now: number,
): DepartmentLine[] {
  const facts = new Map<string, EventFacts>();
  for (const w of whistles) facts.set(w.id, factsOf(w));
  return finish(count(facts, calls, now));
}

/**
 * Department lines for each month of the events given, and for all of them: a year's overview.
 * One pass over the events and one over the calls; each event's time is parsed once.
 */
export function linesByMonth(
  whistles: readonly WhistleFacts[],
  calls: readonly CallFacts[],
  now: number,
): { total: DepartmentLine[]; months: Map<string, DepartmentLine[]> } {
  const nameMonth = beijingMonthNamer();
  const tallies = new Map<string, Tally>();
  const facts = new Map<string, EventFacts>();
  for (const w of whistles) {
    const blown = Date.parse(w.blownAt);
    const month = nameMonth(blown);
    let tally = tallies.get(month);
    if (!tally) tallies.set(month, (tally = new Map()));
    facts.set(w.id, factsOf(w, blown, tally));
  }
  const total = count(facts, calls, now);
  const months = new Map<string, DepartmentLine[]>();
  for (const [month, tally] of [...tallies].sort(([a], [b]) => a.localeCompare(b)))
    months.set(month, finish(tally));
  return { total: finish(total), months };
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
