import type { Ticket, TicketRateRules, TicketSatisfaction } from '../model/ticket';

/**
 * The three rates streets are assessed on, one definition for every screen, export and report.
 * - 响应率 = tickets whose caller was contacted within the response window ÷ assessed tickets;
 * - 解决率 = tickets the caller called resolved at 回访 ÷ tickets visited;
 * - 满意率 = satisfaction points ÷ tickets rated (满意 1, 基本满意 and 不满意 per `points`).
 * Assessed: received in the period, not 退单 and not marked 不纳入考核.
 * The weights and points are data, editable by the street (DOMAIN.md: 10/45/45, unconfirmed).
 */
export type RateWeights = TicketRateRules['weights'];
export const DEFAULT_RATE_WEIGHTS: RateWeights = { response: 10, resolution: 45, satisfaction: 45 };

export const DEFAULT_SATISFACTION_POINTS: Readonly<Record<TicketSatisfaction, number>> = {
  satisfied: 1,
  basicallySatisfied: 0.8,
  dissatisfied: 0,
};

/** The rules a unit follows until it sets its own (shared/tickets/rate-rules.ts). */
export const DEFAULT_RATE_RULES: Readonly<TicketRateRules> = {
  weights: DEFAULT_RATE_WEIGHTS,
  points: DEFAULT_SATISFACTION_POINTS,
};

/** A caller contacted within this time of receipt counts as responded (2 h when urgent). */
export const RESPONSE_WINDOW_MS = 24 * 3600_000;
export const URGENT_RESPONSE_WINDOW_MS = 2 * 3600_000;

export interface TicketRates extends RateTally {
  /** Shares 0–1, or null where nothing was there to count. */
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  /** Weighted score 0–100 of the rates that exist. */
  score: number | null;
}

type RatedTicket = Pick<
  Ticket,
  'state' | 'receivedAt' | 'contactedAt' | 'urgent' | 'resolution' | 'satisfaction' | 'excludedReason'
>;

export const isAssessed = (t: RatedTicket) => t.state !== 'returned' && !t.excludedReason;

export function respondedInTime(t: RatedTicket): boolean {
  if (!t.contactedAt) return false;
  const window = t.urgent ? URGENT_RESPONSE_WINDOW_MS : RESPONSE_WINDOW_MS;
  return Date.parse(t.contactedAt) - Date.parse(t.receivedAt) <= window;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The counts the three rates are made of; they add up, so a district's are its streets' summed. */
export interface RateTally {
  tickets: number;
  assessed: number;
  responded: number;
  visited: number;
  resolved: number;
  rated: number;
  satisfactionPoints: number;
}

export const emptyTally = (): RateTally => ({
  tickets: 0,
  assessed: 0,
  responded: 0,
  visited: 0,
  resolved: 0,
  rated: 0,
  satisfactionPoints: 0,
});

/** Counts one ticket into a tally: the definition of what each rate counts. */
export function tallyTicket(
  tally: RateTally,
  t: RatedTicket,
  points: Readonly<Record<TicketSatisfaction, number>> = DEFAULT_SATISFACTION_POINTS,
): void {
  tally.tickets++;
  if (!isAssessed(t)) return;
  tally.assessed++;
  if (respondedInTime(t)) tally.responded++;
  if (t.resolution) {
    tally.visited++;
    if (t.resolution === 'resolved') tally.resolved++;
  }
  if (t.satisfaction) {
    tally.rated++;
    tally.satisfactionPoints += points[t.satisfaction];
  }
}

/** The rates and the weighted score of a tally. */
export function ratesOfTally(tally: RateTally, weights: RateWeights = DEFAULT_RATE_WEIGHTS): TicketRates {
  const responseRate = share(tally.responded, tally.assessed);
  const resolutionRate = share(tally.resolved, tally.visited);
  const satisfactionRate = share(tally.satisfactionPoints, tally.rated);
  const parts: [number | null, number][] = [
    [responseRate, weights.response],
    [resolutionRate, weights.resolution],
    [satisfactionRate, weights.satisfaction],
  ];
  const weight = parts.reduce((sum, [rate, w]) => (rate === null ? sum : sum + w), 0);
  const score =
    weight > 0
      ? (parts.reduce((sum, [rate, w]) => (rate === null ? sum : sum + rate * w), 0) / weight) * 100
      : null;
  return { ...tally, responseRate, resolutionRate, satisfactionRate, score };
}

export function ratesOf(
  tickets: Iterable<RatedTicket>,
  weights: RateWeights = DEFAULT_RATE_WEIGHTS,
  points: Readonly<Record<TicketSatisfaction, number>> = DEFAULT_SATISFACTION_POINTS,
): TicketRates {
  const tally = emptyTally();
  for (const t of tickets) tallyTicket(tally, t, points);
  return ratesOfTally(tally, weights);
}

/** Rates per group (community, grid, department, month), in one pass over the tickets. */
export function ratesBy<T extends RatedTicket>(
  tickets: Iterable<T>,
  keyOf: (t: T) => string | undefined,
  weights?: RateWeights,
  points?: Readonly<Record<TicketSatisfaction, number>>,
): Map<string, TicketRates> {
  const groups = new Map<string, T[]>();
  for (const t of tickets) {
    const key = keyOf(t);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  return new Map([...groups].map(([key, list]) => [key, ratesOf(list, weights, points)]));
}

/** The monthly ranking: best score first; groups without a score last, by name. */
export function rank(rates: Map<string, TicketRates>): { key: string; rank: number; rates: TicketRates }[] {
  const sorted = [...rates].sort(
    ([ka, a], [kb, b]) => (b.score ?? -1) - (a.score ?? -1) || ka.localeCompare(kb),
  );
  return sorted.map(([key, r], i) => ({ key, rank: i + 1, rates: r }));
}

/** 每月一题 and 未诉先办: what keeps coming back, by category or place, most tickets first. */
export function recurring<T>(tickets: Iterable<T>, keyOf: (t: T) => string | undefined, min = 2) {
  const counts = new Map<string, number>();
  for (const t of tickets) {
    const key = keyOf(t);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= min)
    .sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb))
    .map(([key, count]) => ({ key, count }));
}
