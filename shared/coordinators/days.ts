/**
 * Calendar days as `YYYY-MM-DD` strings, which compare in order as plain strings. Arithmetic
 * goes through UTC so no time zone or summer time moves a day; nothing here reads the clock —
 * the renderer passes today in.
 */

const MS_PER_DAY = 86_400_000;

function toUtc(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether a string is a real `YYYY-MM-DD` day (30 February is not). */
export function isDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && fromUtc(toUtc(value)) === value;
}

export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * MS_PER_DAY);
}

/** Days from `from` to `to`, both included; empty when `to` is before `from`. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = toUtc(from), end = toUtc(to); t <= end; t += MS_PER_DAY) out.push(fromUtc(t));
  return out;
}

/** Days from `from` to `to` (1 when they are the same day; 0 or less when `to` comes first). */
export function dayCount(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY) + 1;
}

/** 1 Monday … 7 Sunday, as Chinese calendars count the week. */
export function isoWeekday(day: string): number {
  const d = new Date(toUtc(day)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** The seven days of the week holding `day`, Monday first. */
export function weekOf(day: string): string[] {
  const monday = mondayOf(day);
  return daysBetween(monday, addDays(monday, 6));
}

/** `YYYY-MM` → its first and last day. */
export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const to = fromUtc(Date.UTC(y, m, 0));
  return { from, to };
}

/** Whether two inclusive day ranges share a day. */
export function rangesOverlap(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}
