import type { HolidayYear } from '../model/lists';
import { dayNumber, isoDate } from '../demo/dates';
import { SHIPPED_HOLIDAY_YEARS } from './holidays-cn';

/**
 * The Chinese working-day calendar (DOMAIN.md: deadlines count Chinese working days):
 * Monday–Friday, less statutory holidays, plus the weekend days worked instead (调休).
 * Dates are `YYYY-MM-DD` strings throughout, as stored; day arithmetic goes through day
 * numbers so no time zone can shift a date.
 */

/** One year of the calendar as the app uses it: the user's row, or the shipped arrangement. */
export interface CalendarYear {
  year: number;
  holidays: readonly string[];
  workdays: readonly string[];
  periods: NonNullable<HolidayYear['periods']>;
  source?: string;
  /** The stored row that overrides the shipped arrangement, if any. */
  storedId?: string;
  shipped: boolean;
}

/** Every day from `from` to `to`, both included. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayNumber(from), end = dayNumber(to); d <= end; d++) out.push(isoDate(d));
  return out;
}

/** 0 Sunday … 6 Saturday (1970-01-01, day 0, was a Thursday). */
export function weekday(date: string): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6;

/**
 * The years the calendar knows: the shipped arrangements, each replaced by the user's row for
 * the same year where there is one, plus years only users have entered. In year order.
 */
export function calendarYears(stored: readonly HolidayYear[]): CalendarYear[] {
  const byYear = new Map<number, CalendarYear>();
  for (const s of SHIPPED_HOLIDAY_YEARS) {
    byYear.set(s.year, {
      year: s.year,
      holidays: s.periods.flatMap((p) => daysOf(p.from, p.to)),
      workdays: s.workdays,
      periods: s.periods,
      source: s.source,
      shipped: true,
    });
  }
  for (const row of stored) {
    if (row.deleted) continue;
    byYear.set(row.year, {
      year: row.year,
      holidays: row.holidays,
      workdays: row.workdays,
      periods: row.periods ?? [],
      source: row.source,
      storedId: row.id,
      shipped: byYear.get(row.year)?.shipped ?? false,
    });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export interface WorkCalendar {
  isWorkingDay(date: string): boolean;
  /**
   * Working days after `from`, up to and including `to` — how far ahead of `to` something
   * done on `from` is. Negative when `to` comes first.
   */
  workingDaysBetween(from: string, to: string): number;
  /**
   * `n > 0`: the n-th working day after `date` (a deadline of n working days: the day of
   * receipt does not count). `n < 0`: the latest day that is still |n| working days ahead of
   * `date` (the last day to file). In both, `workingDaysBetween` of the two is |n|.
   */
  addWorkingDays(date: string, n: number): string;
  /** `date` if it is a working day, else the next one: a deadline that lands on a holiday moves on. */
  onOrAfterWorkingDay(date: string): string;
  /** Years between the two dates (either order) that the calendar has no arrangement for. */
  missingYears(from: string, to: string): number[];
}

export function workCalendar(
  years: readonly Pick<CalendarYear, 'year' | 'holidays' | 'workdays'>[],
): WorkCalendar {
  const known = new Set(years.map((y) => y.year));
  const off = new Set(years.flatMap((y) => y.holidays));
  const on = new Set(years.flatMap((y) => y.workdays));
  // A day listed as both (a slip in an edited year) is worked: a deadline is not shortened by it.
  const isWorkingDay = (date: string) => on.has(date) || (!off.has(date) && !isWeekend(date));

  const workingDaysBetween = (from: string, to: string): number => {
    const a = dayNumber(from);
    const b = dayNumber(to);
    if (b < a) return -workingDaysBetween(to, from);
    let count = 0;
    for (let d = a + 1; d <= b; d++) if (isWorkingDay(isoDate(d))) count++;
    return count;
  };

  const addWorkingDays = (date: string, n: number): string => {
    let d = dayNumber(date);
    if (n > 0) {
      for (let left = n; left > 0;) if (isWorkingDay(isoDate(++d))) left--;
      return isoDate(d);
    }
    for (let left = -n; left > 0; d--) if (isWorkingDay(isoDate(d))) left--;
    return isoDate(d);
  };

  const onOrAfterWorkingDay = (date: string): string => {
    let d = dayNumber(date);
    while (!isWorkingDay(isoDate(d))) d++;
    return isoDate(d);
  };

  const missingYears = (from: string, to: string): number[] => {
    const [a, b] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))].sort((x, y) => x - y) as [
      number,
      number,
    ];
    const missing: number[] = [];
    for (let y = a; y <= b; y++) if (!known.has(y)) missing.push(y);
    return missing;
  };

  return { isWorkingDay, workingDaysBetween, addWorkingDays, onOrAfterWorkingDay, missingYears };
}
