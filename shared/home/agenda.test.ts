import { describe, expect, it } from 'vitest';
import type { AccessRequest, ListEdition } from '../model/lists';
import type { Ticket } from '../model/ticket';
import type { Whistle, WhistleCall } from '../model/whistle';
import { workCalendar } from '../calendar/work-calendar';
import { agenda, type AgendaInput } from './agenda';

// Wednesday 2026-11-25, 10:00 in Beijing; a calendar with weekends only (Mon–Fri working days).
const TODAY = '2026-11-25';
const NOW = Date.parse('2026-11-25T10:00:00+08:00');
const calendar = workCalendar([]);
const path = '110105/110105001/110105001001';

function request(
  id: string,
  submittedOn: string,
  status: AccessRequest['status'] = 'submitted',
): AccessRequest {
  return {
    id,
    orgPath: path,
    requestingUnit: '区市场监管局',
    matter: '入户检查',
    assistanceModes: [],
    communityResponsible: false,
    targetCommunities: [],
    formsAndSystems: [],
    status,
    history: [{ status: 'submitted', at: `${submittedOn}T09:00:00+08:00`, by: '王' }],
  };
}
function ticket(id: string, receivedAt: string, dueAt: string): Ticket {
  return {
    id,
    orgPath: path,
    number: id,
    source: 'hotline',
    kind: 'complaint',
    content: '',
    address: '',
    receivedAt,
    dueAt,
    urgent: false,
    state: 'accepted',
    linkStatus: 'vague',
  };
}

function input(over: Partial<AgendaInput> = {}): AgendaInput {
  return {
    role: 'street',
    today: TODAY,
    now: NOW,
    calendar,
    requests: [],
    openTickets: [],
    ruleUnits: [],
    openWhistles: [],
    openCalls: [],
    assignments: [],
    attendance: [],
    syncProblems: 0,
    editions: [],
    calendarYears: [2026],
    ...over,
  };
}

describe('the home agenda', () => {
  it('counts access requests past their 15 working days and those in their last three', () => {
    const items = agenda(
      input({
        requests: [
          // Submitted 2026-11-02: 15 working days later is 2026-11-23, past.
          request('late', '2026-11-02'),
          // Submitted 2026-11-06: deadline 2026-11-27, two working days left.
          request('soon', '2026-11-06'),
          // Submitted today: far off; and a decided one counts for nothing.
          request('fresh', TODAY),
          request('decided', '2026-10-01', 'admitted'),
        ],
        calendarYears: [2026, 2027],
      }),
    );
    expect(items.map((i) => [i.kind, i.count])).toEqual([
      ['accessOverdue', 1],
      ['accessDueSoon', 1],
    ]);
  });

  it('counts tickets by the deadline status the desk shows, and whistles with a department overdue', () => {
    const whistle: Whistle = {
      id: 'w',
      orgPath: path,
      title: '漏水',
      reason: 'residents',
      ticketIds: [],
      blownAt: new Date(NOW - 45 * 60_000).toISOString(),
      state: 'open',
      reportWithinMin: 30,
    };
    const calls: WhistleCall[] = [
      { id: 'c1', orgPath: path, whistleId: 'w', responderId: 'r1' },
      {
        id: 'c2',
        orgPath: path,
        whistleId: 'w',
        responderId: 'r2',
        arrivedAt: new Date(NOW - 30 * 60_000).toISOString(),
      },
    ];
    const items = agenda(
      input({
        openTickets: [
          ticket('overdue', '2026-11-20T08:00:00+08:00', '2026-11-24T17:00:00+08:00'),
          ticket('soon', '2026-11-18T08:00:00+08:00', '2026-11-25T12:00:00+08:00'),
          ticket('fine', '2026-11-25T08:00:00+08:00', '2026-12-04T17:00:00+08:00'),
        ],
        openWhistles: [whistle],
        openCalls: calls,
        calendarYears: [2026, 2027],
      }),
    );
    expect(items.map((i) => [i.kind, i.count])).toEqual([
      ['ticketsOverdue', 1],
      ['whistlesOverdue', 1],
      ['ticketsDueSoon', 1],
    ]);
  });

  it("holds each ticket to its street's own deadline rules, the list's rules", () => {
    // A general ticket of Monday 16 Nov 08:00: 7 working days by default, due Wed 25 Nov 23:59.
    const general = { ...ticket('g', '2026-11-16T08:00:00+08:00', ''), dueAt: undefined };
    const counts = (ruleUnits: AgendaInput['ruleUnits']) =>
      agenda(input({ openTickets: [general], ruleUnits, calendarYears: [2026, 2027] })).map((i) => [
        i.kind,
        i.count,
      ]);
    expect(counts([])).toEqual([['ticketsDueSoon', 1]]);
    // The street counts general tickets in 3 natural days: due Thu 19 Nov, so overdue today.
    const own = {
      urgent: { amount: 2, unit: 'hours' },
      utilities: { amount: 24, unit: 'hours' },
      help: { amount: 24, unit: 'hours' },
      general: { amount: 3, unit: 'naturalDays' },
      complex: { amount: 15, unit: 'workingDays' },
    } as const;
    expect(counts([{ code: '110105001', deadlineRules: own }])).toEqual([['ticketsOverdue', 1]]);
    // Another street's rules do not reach it.
    expect(counts([{ code: '110105002', deadlineRules: own }])).toEqual([['ticketsDueSoon', 1]]);
  });

  it('finds double bookings in the coming week, unexplained absences, and notices', () => {
    const edition = {
      id: 'e',
      orgPath: '',
      kind: 'communityTasks',
      name: '2027版',
      status: 'published',
      effectiveFrom: '2026-12-10',
    } as ListEdition;
    const items = agenda(
      input({
        assignments: [
          { id: 'a', coordinatorId: 'p', shift: 'morning', from: '2026-11-20', to: '2026-11-30' },
          { id: 'b', coordinatorId: 'p', shift: 'morning', from: '2026-11-27', to: '2026-12-05' },
          // A clash that ended last week is not today's work.
          { id: 'c', coordinatorId: 'q', shift: 'morning', from: '2026-11-01', to: '2026-11-10' },
          { id: 'd', coordinatorId: 'q', shift: 'morning', from: '2026-11-05', to: '2026-11-12' },
        ],
        attendance: [
          { id: 'x', orgPath: path, coordinatorId: 'p', date: '2026-11-23', mark: 'absent' },
          { id: 'y', orgPath: path, coordinatorId: 'q', date: '2026-11-24', mark: 'leave' },
        ],
        syncProblems: 2,
        editions: [edition],
      }),
    );
    expect(items.map((i) => [i.kind, i.count])).toEqual([
      ['doubleBookings', 1],
      ['absences', 1],
      ['syncProblems', 2],
      ['editionsUpcoming', 1],
      ['holidaysMissing', 1],
    ]);
    expect(items.find((i) => i.kind === 'holidaysMissing')!.values).toEqual({ year: 2027 });
  });

  it('shows each role what it is there to do', () => {
    const data = input({ requests: [request('late', '2026-11-02')], syncProblems: 1 });
    expect(agenda({ ...data, role: 'dispatcher' }).map((i) => i.kind)).toEqual(['syncProblems']);
    expect(agenda({ ...data, role: 'viewer' })).toEqual([]);
  });
});
