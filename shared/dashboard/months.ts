/**
 * The months a dashboard shows, as `YYYY-MM` in Beijing, and the instants that bound them, so
 * that a year of tickets is read with one range on the `receivedAt` index.
 */

/** Beijing has one time zone and no daylight saving: UTC+8 all year. */
const BEIJING_OFFSET_MS = 8 * 3600_000;

/** The `n` months ending with the month of `today` (`YYYY-MM-DD`), oldest first. */
export function lastMonths(today: string, n = 12): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(year, month - (n - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

/** The ISO instant at which a `YYYY-MM` begins in Beijing. */
export function monthStart(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1) - BEIJING_OFFSET_MS).toISOString();
}

/**
 * From the start of the first month to the start of the month after the last, for
 * `between(from, to)` (lower bound in, upper out). Tickets store `toISOString()` instants, so
 * strings of the same form compare as the times do.
 */
export function monthsWindow(months: readonly string[]): { from: string; to: string } {
  const last = months[months.length - 1]!;
  const [y, m] = last.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
  return { from: monthStart(months[0]!), to: monthStart(next) };
}
