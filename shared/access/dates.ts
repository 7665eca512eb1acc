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
