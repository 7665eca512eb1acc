import { describe, expect, it } from 'vitest';
import type { Ticket } from '../model/ticket';
import { latestMonthWithTickets, monthOfTicket, monthlyRates, TicketFigures, unitRanking } from './tickets';
import { rank, ratesBy, ratesOf } from '../tickets/rates';
import { childKeyOf, OUTSIDE_UNITS } from './children';

const STREET = '110105/110105001';
const A = `${STREET}/110105001001`;
const B = `${STREET}/110105001002`;

/** A ticket received at a Beijing wall-clock time, answered in an hour, resolved and satisfied unless told. */
function ticket(orgPath: string, beijing: string, over: Partial<Ticket> = {}): Ticket {
  const received = Date.parse(`${beijing}+08:00`);
  return {
    id: `${orgPath}-${beijing}`,
    orgPath,
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

describe('monthly rates', () => {
  it('puts a ticket in its Beijing month, lists empty months, and ignores other months', () => {
    const tickets = [
      // 1 March 00:30 in Beijing is still February in UTC.
      ticket(A, '2026-03-01T00:30:00'),
      ticket(A, '2026-03-15T10:00:00', { resolution: 'unresolved', satisfaction: 'dissatisfied' }),
      ticket(B, '2026-01-10T10:00:00'),
    ];
    const rows = monthlyRates(tickets, ['2026-02', '2026-03']);
    expect(rows.map((r) => [r.month, r.rates.tickets])).toEqual([
      ['2026-02', 0],
      ['2026-03', 2],
    ]);
    expect(rows[0]!.rates.responseRate).toBeNull();
    expect(rows[1]!.rates.responseRate).toBe(1);
    expect(rows[1]!.rates.resolutionRate).toBe(0.5);
    expect(rows[1]!.rates.satisfactionRate).toBe(0.5);
    expect(latestMonthWithTickets(rows)).toBe('2026-03');
    expect(latestMonthWithTickets(rows.slice(0, 1))).toBeUndefined();
  });
});

describe('unit ranking', () => {
  it("ranks a street's communities in one month, best score first, unlocated tickets apart", () => {
    const tickets = [
      ticket(A, '2026-03-02T09:00:00', { resolution: 'unresolved', satisfaction: 'dissatisfied' }),
      ticket(B, '2026-03-03T09:00:00'),
      ticket(`${B}/110105001002001`, '2026-03-04T09:00:00'),
      ticket(STREET, '2026-03-05T09:00:00'),
      // Another month: not ranked.
      ticket(A, '2026-04-01T09:00:00'),
    ];
    const ranking = unitRanking(tickets, STREET, '2026-03');
    expect(ranking.map((r) => [r.key, r.rank, r.rates.tickets])).toEqual([
      [OUTSIDE_UNITS, 1, 1],
      ['110105001002', 2, 2],
      ['110105001001', 3, 1],
    ]);
  });

  it("ranks a district's streets", () => {
    const other = '110105/110105002/110105002001';
    const ranking = unitRanking(
      [ticket(A, '2026-03-02T09:00:00'), ticket(other, '2026-03-02T09:00:00')],
      '110105',
      '2026-03',
    );
    expect(ranking.map((r) => r.key).sort()).toEqual(['110105001', '110105002']);
  });
});

describe('figures counted one ticket at a time', () => {
  it('give each month the rates ratesOf gives its tickets, and each unit its rank', () => {
    const states = ['closed', 'returned', 'visited', 'handling'] as const;
    const tickets = Array.from({ length: 400 }, (_, i) =>
      ticket(
        [A, B, STREET, `${B}/110105001002001`][i % 4]!,
        `2026-0${1 + (i % 4)}-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:30:00`,
        {
          id: `t${i}`,
          state: states[i % 4],
          urgent: i % 7 === 0,
          contactedAt:
            i % 5 === 0
              ? undefined
              : new Date(Date.parse('2026-01-01T00:00:00Z') + i * 3_600_000).toISOString(),
          resolution: i % 3 === 0 ? 'unresolved' : i % 3 === 1 ? 'resolved' : undefined,
          satisfaction: i % 6 === 0 ? 'basicallySatisfied' : i % 6 === 1 ? 'dissatisfied' : undefined,
          excludedReason: i % 11 === 0 ? '重复' : undefined,
        },
      ),
    );
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];
    const rules = {
      weights: { response: 20, resolution: 40, satisfaction: 40 },
      points: { satisfied: 1, basicallySatisfied: 0.5, dissatisfied: 0 },
    };
    const figures = new TicketFigures(STREET, months, rules);
    for (const t of tickets) figures.add(t);
    // Against the definitions themselves: each month's tickets by monthOfTicket, their rates by
    // ratesOf, the units by childKeyOf, ranked by rank.
    for (const month of months) {
      const inMonth = tickets.filter((t) => monthOfTicket(t) === month);
      const keyOf = childKeyOf(STREET);
      expect(figures.ranking(month)).toEqual(
        rank(ratesBy(inMonth, (t) => keyOf(t.orgPath), rules.weights, rules.points)),
      );
      expect(figures.monthly().find((m) => m.month === month)!.rates).toEqual(
        ratesOf(inMonth, rules.weights, rules.points),
      );
    }
  });
});
