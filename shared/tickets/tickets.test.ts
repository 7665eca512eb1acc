import { describe, expect, it } from 'vitest';
import { calendarYears, workCalendar } from '../calendar/work-calendar';
import type { Ticket } from '../model/ticket';
import { DEFAULT_DEADLINE_RULES, deadlineOf, deadlineRuleOf, deadlineStatus, dueAtOf } from './deadlines';
import { rank, ratesBy, ratesOf, recurring } from './rates';
import { actionsOf, applyStep } from './workflow';

const calendar = workCalendar(calendarYears([]));

function ticket(partial: Partial<Ticket> = {}): Ticket {
  return {
    id: 't',
    orgPath: '110105/110105001',
    number: 'G1',
    source: 'hotline',
    kind: 'complaint',
    content: '楼道堆物',
    address: '南新园5号楼',
    receivedAt: '2025-09-26T02:00:00.000Z', // Friday 10:00 in Beijing
    urgent: false,
    state: 'received',
    linkStatus: 'linked',
    ...partial,
  };
}

describe('deadlines', () => {
  it('picks the rule from urgency, utilities and kind', () => {
    expect(deadlineRuleOf(ticket({ urgent: true }))).toBe('urgent');
    expect(deadlineRuleOf(ticket({ content: '小区停水两天' }))).toBe('utilities');
    expect(deadlineRuleOf(ticket({ kind: 'help' }))).toBe('help');
    expect(deadlineRuleOf(ticket())).toBe('general');
  });

  it('counts hours on the clock and working days on the calendar, skipping 国庆', () => {
    const received = '2025-09-26T02:00:00.000Z';
    expect(deadlineOf(received, DEFAULT_DEADLINE_RULES.urgent, calendar)).toBe('2025-09-26T04:00:00.000Z');
    // Working days after Fri 26 Sep 2025: Sun 28 Sep (调休 workday) is the 1st, Mon 29 the 2nd,
    // Tue 30 the 3rd; 1–8 Oct are off; Thu 9, Fri 10, Sat 11 (调休) are the 4th–6th, Mon 13 the 7th.
    expect(deadlineOf(received, DEFAULT_DEADLINE_RULES.general, calendar)).toBe('2025-10-13T15:59:59.000Z');
    expect(deadlineOf(received, { amount: 7, unit: 'naturalDays' }, calendar)).toBe(
      '2025-10-03T15:59:59.000Z',
    );
  });

  it('gives a ticket the street found complex the complex rule, an emergency still its hours', () => {
    expect(deadlineRuleOf(ticket({ complex: true }))).toBe('complex');
    expect(deadlineRuleOf(ticket({ complex: true, content: '小区停水两天' }))).toBe('complex');
    expect(deadlineRuleOf(ticket({ complex: true, urgent: true }))).toBe('urgent');
    // 15 working days from Fri 26 Sep 2025 across 国庆: the 7th is Mon 13 Oct, the 15th Thu 23 Oct.
    expect(dueAtOf(ticket({ complex: true }), DEFAULT_DEADLINE_RULES, calendar)).toBe(
      '2025-10-23T15:59:59.000Z',
    );
  });

  it("uses the file's 办理时限 where it gives one", () => {
    expect(dueAtOf(ticket({ dueAt: '2025-09-30T10:00:00.000Z' }), DEFAULT_DEADLINE_RULES, calendar)).toBe(
      '2025-09-30T10:00:00.000Z',
    );
  });

  it('surfaces tickets about to go overdue', () => {
    const t = ticket({ urgent: true });
    const due = dueAtOf(t, DEFAULT_DEADLINE_RULES, calendar);
    const at = (iso: string) => deadlineStatus(t, due, Date.parse(iso)).status;
    expect(at('2025-09-26T02:10:00.000Z')).toBe('dueSoon'); // 2 h rule: always within 4 h
    expect(at('2025-09-26T04:00:01.000Z')).toBe('overdue');
    const general = ticket();
    const generalDue = dueAtOf(general, DEFAULT_DEADLINE_RULES, calendar);
    expect(deadlineStatus(general, generalDue, Date.parse('2025-09-27T00:00:00.000Z')).status).toBe(
      'onTrack',
    );
    expect(deadlineStatus(general, generalDue, Date.parse('2025-10-13T10:00:00.000Z')).status).toBe(
      'dueSoon',
    );
    expect(deadlineStatus({ ...general, state: 'closed' }, generalDue, Date.parse('2026-01-01')).status).toBe(
      'done',
    );
  });
});

describe('workflow', () => {
  it('runs the main line and records the response and the verdict', () => {
    let t = ticket();
    const steps = [
      { action: 'accept', at: '2025-09-26T02:30:00.000Z' },
      { action: 'contact', at: '2025-09-26T03:00:00.000Z' },
      { action: 'handle', at: '2025-09-26T04:00:00.000Z' },
      { action: 'answer', at: '2025-09-27T04:00:00.000Z' },
      { action: 'visit', at: '2025-09-28T04:00:00.000Z', resolution: 'resolved', satisfaction: 'satisfied' },
      { action: 'close', at: '2025-09-28T05:00:00.000Z' },
    ] as const;
    for (const step of steps) {
      const result = applyStep(t, step);
      if (!('patch' in result)) throw new Error(result.problem);
      t = { ...t, ...result.patch };
    }
    expect(t).toMatchObject({
      state: 'closed',
      contactedAt: '2025-09-26T03:00:00.000Z',
      resolution: 'resolved',
      satisfaction: 'satisfied',
      closedAt: '2025-09-28T05:00:00.000Z',
    });
    expect(actionsOf('closed')).toEqual(['note']);
  });

  it('marks a ticket complex once, with the reason, while it is open', () => {
    expect(applyStep(ticket(), { action: 'markComplex', at: 'x' })).toEqual({
      problem: 'tickets.workflow.reasonRequired',
    });
    expect(applyStep(ticket(), { action: 'markComplex', at: 'x', note: '涉及产权单位，需多方协调' })).toEqual(
      {
        patch: { complex: true },
      },
    );
    const marked = ticket({ complex: true });
    expect(applyStep(marked, { action: 'markComplex', at: 'x', note: '再次' })).toEqual({
      problem: 'tickets.workflow.notAllowed',
    });
    expect(actionsOf('accepted', marked)).not.toContain('markComplex');
    expect(actionsOf('accepted')).toContain('markComplex');
    expect(applyStep(ticket({ state: 'closed' }), { action: 'markComplex', at: 'x', note: '迟了' })).toEqual({
      problem: 'tickets.workflow.notAllowed',
    });
  });

  it('refuses steps out of order and side steps without their reason', () => {
    expect(applyStep(ticket(), { action: 'close', at: 'x' })).toEqual({
      problem: 'tickets.workflow.notAllowed',
    });
    expect(applyStep(ticket(), { action: 'return', at: 'x' })).toEqual({
      problem: 'tickets.workflow.reasonRequired',
    });
    expect(applyStep(ticket(), { action: 'return', at: 'x', note: '属燃气公司职责' })).toEqual({
      patch: { state: 'returned' },
    });
    expect(applyStep(ticket({ state: 'answered' }), { action: 'visit', at: 'x' })).toEqual({
      problem: 'tickets.workflow.verdictRequired',
    });
    expect(applyStep(ticket(), { action: 'extend', at: 'x', note: '需施工' })).toEqual({
      problem: 'tickets.workflow.dueRequired',
    });
  });
});

describe('three rates', () => {
  // A hand-computed month: 6 tickets, one returned, one excluded → 4 assessed.
  const month = [
    ticket({
      id: 'a',
      contactedAt: '2025-09-26T03:00:00.000Z',
      resolution: 'resolved',
      satisfaction: 'satisfied',
    }),
    ticket({
      id: 'b',
      contactedAt: '2025-09-27T03:00:00.000Z',
      resolution: 'unresolved',
      satisfaction: 'dissatisfied',
    }),
    ticket({
      id: 'c',
      contactedAt: '2025-09-26T05:00:00.000Z',
      resolution: 'resolved',
      satisfaction: 'basicallySatisfied',
    }),
    ticket({ id: 'd', urgent: true, contactedAt: '2025-09-26T05:00:00.000Z' }),
    ticket({ id: 'e', state: 'returned' }),
    ticket({ id: 'f', excludedReason: '重复诉求', contactedAt: '2025-09-26T03:00:00.000Z' }),
  ];

  it('counts responded, resolved and satisfied as defined', () => {
    const r = ratesOf(month);
    // responded: a (1 h), c (3 h); b took 25 h; d is urgent and took 3 h > 2 h.
    expect(r).toMatchObject({ tickets: 6, assessed: 4, responded: 2, visited: 3, resolved: 2, rated: 3 });
    expect(r.responseRate).toBe(0.5);
    expect(r.resolutionRate).toBeCloseTo(2 / 3);
    expect(r.satisfactionRate).toBeCloseTo(1.8 / 3);
    // 10 × 0.5 + 45 × 2/3 + 45 × 0.6 = 5 + 30 + 27 = 62
    expect(r.score).toBeCloseTo(62);
  });

  it('takes the weights as data and leaves out a rate with nothing to count', () => {
    expect(ratesOf(month, { response: 1, resolution: 0, satisfaction: 0 }).score).toBeCloseTo(50);
    const none = ratesOf([ticket({ contactedAt: '2025-09-26T03:00:00.000Z' })]);
    expect(none.resolutionRate).toBeNull();
    expect(none.score).toBeCloseTo(100);
    expect(ratesOf([]).score).toBeNull();
  });

  it('ranks communities and finds what keeps coming back', () => {
    const byCommunity = ratesBy(
      month.map((t, i) => ({ ...t, community: i % 2 ? '东' : '西' })),
      (t) => t.community,
    );
    const ranking = rank(byCommunity);
    expect(ranking.map((r) => r.rank)).toEqual([1, 2]);
    expect(ranking[0]!.rates.score!).toBeGreaterThanOrEqual(ranking[1]!.rates.score!);
    expect(recurring(['漏水', '堆物', '漏水', '噪音', '漏水', '堆物'], (c) => c)).toEqual([
      { key: '漏水', count: 3 },
      { key: '堆物', count: 2 },
    ]);
  });
});
