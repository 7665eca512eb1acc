import { describe, expect, it } from 'vitest';
import type { Whistle, WhistleCall } from '../model/whistle';
import {
  callStatus,
  checkArrival,
  checkClose,
  checkEvaluation,
  checkReply,
  mayAnswer,
  mayStateAction,
  reportDeadline,
  scoreOf,
} from './rules';
import {
  boardRank,
  byBoardOrder,
  departmentLines,
  linesByMonth,
  monthOf,
  tallyOf,
  whistleRate,
} from './overview';

// 2026-03-02 09:00 in Beijing; every time below is derived from it.
const BLOWN = '2026-03-02T01:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(BLOWN) + minutes * 60_000).toISOString();
const NOW = Date.parse(at(120));

function whistle(over: Partial<Whistle> = {}): Whistle {
  return {
    id: 'w1',
    orgPath: '110105/110105001',
    title: '地下室漏水',
    reason: 'residents',
    ticketIds: [],
    blownAt: BLOWN,
    state: 'open',
    reportWithinMin: 30,
    ...over,
  };
}
function call(over: Partial<WhistleCall> = {}): WhistleCall {
  return {
    id: `c${Math.random()}`,
    orgPath: '110105/110105001',
    whistleId: 'w1',
    responderId: 'r1',
    ...over,
  };
}
const scores = (timeliness: number, attitude: number, result: number) => ({
  timeliness,
  attitude,
  result,
  at: at(200),
});

describe('报到 deadline and lateness', () => {
  it('counts minutes from the whistle: 30 by default', () => {
    expect(reportDeadline(whistle())).toBe(at(30));
    expect(reportDeadline(whistle({ reportWithinMin: 15 }))).toBe(at(15));
  });

  it('an arrival at the deadline is on time, a minute after is late', () => {
    expect(callStatus(call({ arrivedAt: at(30) }), whistle(), NOW)).toBe('onTime');
    expect(callStatus(call({ arrivedAt: at(31) }), whistle(), NOW)).toBe('late');
  });

  it('a department not come is waiting until the deadline, overdue after, absent once the event closed', () => {
    expect(callStatus(call(), whistle(), Date.parse(at(29)))).toBe('waiting');
    expect(callStatus(call(), whistle(), Date.parse(at(31)))).toBe('overdue');
    expect(callStatus(call(), whistle({ closedAt: at(90) }), NOW)).toBe('absent');
  });
});

describe('what may be recorded', () => {
  it('refuses an arrival before the whistle, in the future, or on a closed event', () => {
    expect(checkArrival(whistle(), at(-1), NOW)?.code).toBe('whistles.arrivalBeforeWhistle');
    expect(checkArrival(whistle(), at(200), NOW)?.code).toBe('whistles.arrivalInFuture');
    expect(checkArrival(whistle({ closedAt: at(60) }), at(10), NOW)?.code).toBe('whistles.closed');
    expect(checkArrival(whistle(), at(10), NOW)).toBeUndefined();
  });

  it('refuses to close while a department on site has not said what it did, naming it', () => {
    const calls = [
      call({ responderId: 'r1', arrivedAt: at(10), action: '已抽水' }),
      call({ responderId: 'r2', arrivedAt: at(20) }),
    ];
    const names = (id: string) => ({ r1: '区水务局', r2: '物业公司' })[id]!;
    expect(checkClose(whistle(), calls, '已修复', names)).toEqual({
      code: 'whistles.resultMissing',
      values: { names: '物业公司' },
    });
    expect(checkClose(whistle(), calls.slice(0, 1), ' ', names)?.code).toBe('whistles.outcomeRequired');
    // A department that never came holds nothing up: it is counted absent.
    expect(checkClose(whistle(), [calls[0]!, call({ responderId: 'r3' })], '已修复', names)).toBeUndefined();
  });

  it('only the street evaluates, with marks from 1 to 5; a reply needs an evaluation', () => {
    expect(checkEvaluation('field', scores(5, 5, 5))?.code).toBe('whistles.evaluateStreetOnly');
    expect(checkEvaluation('dispatcher', scores(5, 5, 5))?.code).toBe('whistles.evaluateStreetOnly');
    expect(checkEvaluation('street', scores(0, 5, 5))?.code).toBe('whistles.scoreRange');
    expect(checkEvaluation('street', scores(4.5, 5, 5))?.code).toBe('whistles.scoreRange');
    expect(checkEvaluation('street', scores(5, 4, 3))).toBeUndefined();
    const street = { role: 'street' } as const;
    expect(checkReply(call(), street)?.code).toBe('whistles.notEvaluated');
    expect(checkReply(call({ evaluation: scores(3, 3, 3) }), street)).toBeUndefined();
  });

  it('a department answers only the calls that summon it; the street enters answers only for a department that has not answered itself', () => {
    const evaluated = call({ responderId: 'r1', evaluation: scores(3, 3, 3) });
    const water = { role: 'department', responderId: 'r1' } as const;
    const firm = { role: 'department', responderId: 'r2' } as const;
    expect(checkReply(evaluated, water)).toBeUndefined();
    expect(checkReply(evaluated, firm)?.code).toBe('whistles.notYourCall');
    expect(checkReply(call({ responderId: 'r1' }), water)?.code).toBe('whistles.notEvaluated');
    // A community station records arrivals; the answer is the department's or the street's.
    expect(checkReply(evaluated, { role: 'field' })?.code).toBe('whistles.answerNotAllowed');
    expect(checkReply(evaluated, { role: 'viewer' })?.code).toBe('whistles.answerNotAllowed');
    const own = { ...evaluated, reply: { text: '已整改', at: at(60), byDepartment: true } };
    expect(checkReply(own, { role: 'street' })?.code).toBe('whistles.answeredByDepartment');
    expect(checkReply(own, water)).toBeUndefined();
    const entered = { ...evaluated, reply: { text: '电话答复', at: at(60) } };
    expect(checkReply(entered, { role: 'street' })).toBeUndefined();
    expect(mayAnswer(entered, water)).toBe(true);
  });

  it('a department states what it did on its own calls, once it came and while the event is open', () => {
    const water = { role: 'department', responderId: 'r1' } as const;
    const came = call({ responderId: 'r1', arrivedAt: at(10) });
    expect(mayStateAction(came, whistle(), water)).toBe(true);
    expect(mayStateAction(call({ responderId: 'r1' }), whistle(), water)).toBe(false);
    expect(mayStateAction(came, whistle({ closedAt: at(100) }), water)).toBe(false);
    expect(mayStateAction(came, whistle(), { role: 'department', responderId: 'r2' })).toBe(false);
    expect(mayStateAction(came, whistle(), { role: 'viewer' })).toBe(false);
  });

  it('scores an event as the mean of its three marks', () => {
    expect(scoreOf(scores(5, 4, 3))).toBe(4);
  });
});

describe('department lines and the whistle rate', () => {
  it('counts each department by how it came, and averages the evaluated events', () => {
    const w1 = whistle({ id: 'w1', closedAt: at(100) });
    const w2 = whistle({ id: 'w2' });
    const calls = [
      call({ whistleId: 'w1', responderId: 'a', arrivedAt: at(10), evaluation: scores(5, 5, 5) }),
      call({ whistleId: 'w2', responderId: 'a', arrivedAt: at(45), evaluation: scores(2, 3, 4) }),
      call({ whistleId: 'w1', responderId: 'b' }),
      call({ whistleId: 'w2', responderId: 'b' }),
      // A call of an event outside the period is not counted.
      call({ whistleId: 'other', responderId: 'b', arrivedAt: at(5) }),
    ];
    const lines = departmentLines([w1, w2], calls, NOW);
    expect(lines).toEqual([
      {
        responderId: 'a',
        summoned: 2,
        onTime: 1,
        late: 1,
        absent: 0,
        awaited: 0,
        averageScore: 4,
        evaluated: 2,
      },
      {
        responderId: 'b',
        summoned: 2,
        onTime: 0,
        late: 0,
        absent: 1,
        awaited: 1,
        averageScore: null,
        evaluated: 0,
      },
    ]);
  });

  it('gives whistles per 1,000 tickets and flags a street outside the band', () => {
    expect(whistleRate(3, 1000)).toMatchObject({ perThousand: 3, verdict: 'normal' });
    expect(whistleRate(0, 4000)).toMatchObject({ perThousand: 0, verdict: 'low' });
    expect(whistleRate(30, 1000)).toMatchObject({ perThousand: 30, verdict: 'high' });
    expect(whistleRate(2, 0)).toMatchObject({ perThousand: null, verdict: 'noTickets' });
  });

  it('splits a year into Beijing months, each department once per month and once in the total', () => {
    // 23:50 on 31 January in Beijing is still January; 00:10 on 1 February is February, though
    // both are 31 January in UTC. The month in between has no event and no line.
    const jan = whistle({
      id: 'jan',
      blownAt: '2026-01-31T15:50:00.000Z',
      closedAt: '2026-01-31T18:00:00.000Z',
    });
    const feb = whistle({ id: 'feb', blownAt: '2026-01-31T16:10:00.000Z', reportWithinMin: 60 });
    const apr = whistle({
      id: 'apr',
      blownAt: '2026-04-10T02:00:00.000Z',
      closedAt: '2026-04-10T05:00:00.000Z',
    });
    const after = (w: Whistle, minutes: number) =>
      new Date(Date.parse(w.blownAt) + minutes * 60_000).toISOString();
    const calls = [
      call({ whistleId: 'jan', responderId: 'a', arrivedAt: after(jan, 30), evaluation: scores(3, 3, 3) }),
      call({ whistleId: 'jan', responderId: 'b' }),
      // The deadline is the event's own: 45 minutes is on time for a 60-minute event.
      call({ whistleId: 'feb', responderId: 'a', arrivedAt: after(feb, 45), evaluation: scores(5, 5, 5) }),
      call({ whistleId: 'feb', responderId: 'b' }),
      call({ whistleId: 'apr', responderId: 'b', arrivedAt: after(apr, 31) }),
      call({ whistleId: 'apr', responderId: 'a', deleted: true }),
      call({ whistleId: 'gone', responderId: 'c', arrivedAt: after(apr, 1) }),
    ];
    const now = Date.parse('2026-06-01T00:00:00.000Z');
    const { total, months } = linesByMonth([apr, feb, jan], calls, now);
    expect([...months.keys()]).toEqual(['2026-01', '2026-02', '2026-04']);
    const brief = (lines: ReturnType<typeof departmentLines>) =>
      lines.map((l) => [l.responderId, l.summoned, l.onTime, l.late, l.absent, l.awaited, l.averageScore]);
    expect(brief(months.get('2026-01')!)).toEqual([
      ['a', 1, 1, 0, 0, 0, 3],
      ['b', 1, 0, 0, 1, 0, null],
    ]);
    expect(brief(months.get('2026-02')!)).toEqual([
      ['a', 1, 1, 0, 0, 0, 5],
      ['b', 1, 0, 0, 0, 1, null],
    ]);
    expect(brief(months.get('2026-04')!)).toEqual([['b', 1, 0, 1, 0, 0, null]]);
    expect(brief(total)).toEqual([
      ['b', 3, 0, 1, 1, 1, null],
      ['a', 2, 2, 0, 0, 0, 4],
    ]);
    // The total is the lines of all the events at once, as the month view computes them.
    expect(total).toEqual(departmentLines([jan, feb, apr], calls, now));
  });

  it('counts an event in its Beijing month', () => {
    expect(monthOf('2026-02-28T17:00:00.000Z')).toBe('2026-03');
  });
});

describe('the board', () => {
  it('puts open events with an overdue department first, then open, then closed newest first', () => {
    const rows = [
      whistle({ id: 'closedOld', blownAt: at(-500), closedAt: at(-400) }),
      whistle({ id: 'open', blownAt: at(100) }),
      whistle({ id: 'closedNew', blownAt: at(-100), closedAt: at(-50) }),
      whistle({ id: 'late', blownAt: at(0) }),
    ].map((w) => {
      const tally = tallyOf(w, w.id === 'late' ? [call({ whistleId: w.id })] : [], NOW);
      return { whistle: w, rank: boardRank(w, tally) };
    });
    expect(rows.sort(byBoardOrder).map((r) => r.whistle.id)).toEqual([
      'late',
      'open',
      'closedNew',
      'closedOld',
    ]);
  });
});
