/**
 * The months a dashboard or a round counts, as `YYYY-MM` in Beijing: tickets are kept and read
 * by the Beijing month they were received in (db/ticket-facts).
 */

/** The `n` months ending with the month of `today` (`YYYY-MM-DD`), oldest first. */
export function lastMonths(today: string, n = 12): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(year, month - (n - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

/** The `YYYY-MM` months from the month of `from` to that of `to` (`YYYY-MM-DD` or `YYYY-MM`), in order. */
export function monthsFromTo(from: string, to: string): string[] {
  const months: string[] = [];
  const [y, m] = from.split('-').map(Number) as [number, number];
  for (let i = 0; ; i++) {
    const month = new Date(Date.UTC(y, m - 1 + i, 1)).toISOString().slice(0, 7);
    if (month > to.slice(0, 7)) return months;
    months.push(month);
  }
}
