import type { Ticket, TicketRateRules } from '../model/ticket';
import type { TicketFacts } from '../tickets/facts';
import { beijingMonth, beijingMonthNamer } from '../access/dates';
import {
  DEFAULT_RATE_RULES,
  emptyTally,
  rank,
  ratesOfTally,
  tallyTicket,
  type RateTally,
  type TicketRates,
} from '../tickets/rates';
import { childKeyOf } from './children';

/** What the charts count of a ticket: its facts (shared/tickets/facts), whatever holds them. */
type DashboardTicket = Omit<TicketFacts, 'id' | 'deleted'>;

/** The Beijing month (`YYYY-MM`) a ticket was received in: the month it is assessed in. */
export const monthOfTicket = (t: Pick<Ticket, 'receivedAt'>) => beijingMonth(t.receivedAt);

export interface MonthRates {
  month: string;
  rates: TicketRates;
}

/**
 * The dashboard's ticket figures, built one ticket at a time: each month's three rates, and each
 * month's units below the scope, so a reader can count a district's year in pieces (yielding
 * between them) and never hold it as a list. `monthlyRates` and `unitRanking` are this over a list.
 */
export class TicketFigures {
  private readonly byMonth = new Map<string, { all: RateTally; units: Map<string, RateTally> }>();
  private readonly nameMonth = beijingMonthNamer();
  private readonly keyOf: (orgPath: string) => string;

  constructor(
    scope: string,
    private readonly months: readonly string[],
    private readonly rules: TicketRateRules = DEFAULT_RATE_RULES,
  ) {
    this.keyOf = childKeyOf(scope);
    for (const month of months) this.byMonth.set(month, { all: emptyTally(), units: new Map() });
  }

  /** Counts a ticket of the scope into its month (monthOfTicket), if that month is shown. */
  add(t: DashboardTicket): void {
    const received = Date.parse(t.receivedAt);
    if (Number.isNaN(received)) return;
    const month = this.byMonth.get(this.nameMonth(received));
    if (!month) return;
    tallyTicket(month.all, t, this.rules.points);
    const key = this.keyOf(t.orgPath);
    let unit = month.units.get(key);
    if (!unit) month.units.set(key, (unit = emptyTally()));
    tallyTicket(unit, t, this.rules.points);
  }

  /**
   * Tickets and the three rates for each month, in order; a month without tickets is listed with
   * no rates rather than left out, so the line shows the hole.
   */
  monthly(): MonthRates[] {
    return this.months.map((month) => ({
      month,
      rates: ratesOfTally(this.byMonth.get(month)!.all, this.rules.weights),
    }));
  }

  /**
   * The units below the scope ranked by their rates in one month (rank(): best score first), scored
   * by the scope's rules: the unit that compares them sets the yardstick (shared/tickets/rate-rules).
   */
  ranking(month: string): ReturnType<typeof rank> {
    const units = this.byMonth.get(month)?.units ?? new Map<string, RateTally>();
    return rank(new Map([...units].map(([key, tally]) => [key, ratesOfTally(tally, this.rules.weights)])));
  }
}

/** Each of `months` with its tickets and three rates (TicketFigures.monthly). */
export function monthlyRates(
  tickets: Iterable<DashboardTicket>,
  months: readonly string[],
  rules: TicketRateRules = DEFAULT_RATE_RULES,
): MonthRates[] {
  const figures = new TicketFigures('', months, rules);
  for (const t of tickets) figures.add(t);
  return figures.monthly();
}

/** The latest of `months` that has tickets, for the ranking; undefined when none has. */
export function latestMonthWithTickets(monthly: readonly MonthRates[]): string | undefined {
  return [...monthly].reverse().find((m) => m.rates.tickets > 0)?.month;
}

/** The units below the scope ranked by their rates in one month (TicketFigures.ranking). */
export function unitRanking(
  tickets: Iterable<DashboardTicket>,
  scope: string,
  month: string,
  rules: TicketRateRules = DEFAULT_RATE_RULES,
) {
  const figures = new TicketFigures(scope, [month], rules);
  for (const t of tickets) figures.add(t);
  return figures.ranking(month);
}
