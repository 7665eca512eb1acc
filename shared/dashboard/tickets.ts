import type { Ticket, TicketRateRules } from '../model/ticket';
import { beijingMonth } from '../access/dates';
import { DEFAULT_RATE_RULES, rank, ratesBy, ratesOf, type TicketRates } from '../tickets/rates';
import { childKeyOf } from './children';

type DashboardTicket = Pick<
  Ticket,
  | 'orgPath'
  | 'state'
  | 'receivedAt'
  | 'contactedAt'
  | 'urgent'
  | 'resolution'
  | 'satisfaction'
  | 'excludedReason'
>;

/** The Beijing month (`YYYY-MM`) a ticket was received in: the month it is assessed in. */
export const monthOfTicket = (t: Pick<Ticket, 'receivedAt'>) => beijingMonth(t.receivedAt);

export interface MonthRates {
  month: string;
  rates: TicketRates;
}

/**
 * Tickets and the three rates for each of `months`, in their order; a month without tickets
 * is listed with no rates rather than left out, so the line shows the hole.
 */
export function monthlyRates(
  tickets: Iterable<DashboardTicket>,
  months: readonly string[],
  rules: TicketRateRules = DEFAULT_RATE_RULES,
): MonthRates[] {
  const wanted = new Set(months);
  const byMonth = ratesBy(
    tickets,
    (t) => {
      const month = monthOfTicket(t);
      return wanted.has(month) ? month : undefined;
    },
    rules.weights,
    rules.points,
  );
  return months.map((month) => ({ month, rates: byMonth.get(month) ?? ratesOf([]) }));
}

/** The latest of `months` that has tickets, for the ranking; undefined when none has. */
export function latestMonthWithTickets(monthly: readonly MonthRates[]): string | undefined {
  return [...monthly].reverse().find((m) => m.rates.tickets > 0)?.month;
}

/**
 * The units below the scope ranked by their rates in one month (rank(): best score first), scored
 * by the scope's rules: the unit that compares them sets the yardstick (shared/tickets/rate-rules).
 */
export function unitRanking(
  tickets: Iterable<DashboardTicket>,
  scope: string,
  month: string,
  rules: TicketRateRules = DEFAULT_RATE_RULES,
) {
  const keyOf = childKeyOf(scope);
  const inMonth = [...tickets].filter((t) => monthOfTicket(t) === month);
  return rank(ratesBy(inMonth, (t) => keyOf(t.orgPath), rules.weights, rules.points));
}
