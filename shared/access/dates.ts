/** Beijing has one time zone and no daylight saving: UTC+8 all year. */
const BEIJING_OFFSET_MS = 8 * 3600_000;

/** The `YYYY-MM-DD` date in Beijing of an ISO timestamp (steps are stamped in UTC). */
export function beijingDate(iso: string): string {
  return new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The `YYYY-MM` month in Beijing of an ISO timestamp: the month a ticket or event counts in. */
export function beijingMonth(iso: string): string {
  return beijingDate(iso).slice(0, 7);
}

/**
 * `beijingMonth` of an instant in ms, for many instants of few months: the month's bounds are
 * remembered, so an instant in the month seen last costs a comparison instead of a date
 * formatted and cut (a district-year's 450,000 tickets fall in twelve months, block by block).
 */
export function beijingMonthNamer(): (ms: number) => string {
  let from = Infinity;
  let to = -Infinity;
  let name = '';
  return (ms) => {
    if (ms >= from && ms < to) return name;
    const local = new Date(ms + BEIJING_OFFSET_MS);
    const year = local.getUTCFullYear();
    const month = local.getUTCMonth();
    from = Date.UTC(year, month, 1) - BEIJING_OFFSET_MS;
    to = Date.UTC(year, month + 1, 1) - BEIJING_OFFSET_MS;
    name = beijingMonth(new Date(from).toISOString());
    return name;
  };
}
