import type { HolidayYear } from '../model/lists';
import { cleanProse, cleanText } from '../validation/text';
import type { Checked, Issue } from '../validation/issue';
import { daysOf, isWeekend } from './work-calendar';
import { isDate } from './dates';

/** What the calendar editor gives for one year. */
export interface HolidayYearInput {
  year: number;
  periods: { name?: string; from?: string; to?: string }[];
  workdays: (string | undefined)[];
  source?: string;
}

/** The longest run of days off in any notice is 9 (春节 2026); a longer one is a typing slip. */
export const MAX_PERIOD_DAYS = 15;

/**
 * Checks one year of the holiday calendar. Periods may start in late December of the year
 * before (元旦 sometimes does) but must touch the year; make-up workdays are weekend days of
 * the year outside every period. Issue fields name the form's rows: `periods.2.to`.
 */
export function validateHolidayYear(input: HolidayYearInput): Checked<Omit<HolidayYear, 'id' | 'orgPath'>> {
  const issues: Issue[] = [];
  const { year } = input;
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    issues.push({ field: 'year', code: 'access.calendar.year' });
  const periods: NonNullable<HolidayYear['periods']> = [];
  input.periods.forEach((p, i) => {
    const name = cleanProse(p.name);
    const from = cleanText(p.from ?? '');
    const to = cleanText(p.to ?? '');
    if (name === '') issues.push({ field: `periods.${i}.name`, code: 'access.calendar.periodName' });
    if (!isDate(from)) return issues.push({ field: `periods.${i}.from`, code: 'date.format' });
    if (!isDate(to)) return issues.push({ field: `periods.${i}.to`, code: 'date.format' });
    if (to < from) return issues.push({ field: `periods.${i}.to`, code: 'access.calendar.periodOrder' });
    const days = daysOf(from, to);
    if (days.length > MAX_PERIOD_DAYS)
      return issues.push({
        field: `periods.${i}.to`,
        code: 'access.calendar.periodLength',
        values: { max: MAX_PERIOD_DAYS },
      });
    if (!days.some((d) => d.startsWith(`${year}-`)))
      return issues.push({
        field: `periods.${i}.from`,
        code: 'access.calendar.periodYear',
        values: { year },
      });
    periods.push({ name, from, to });
  });
  const holidays = [...new Set(periods.flatMap((p) => daysOf(p.from, p.to)))].sort();
  const off = new Set(holidays);
  const workdays: string[] = [];
  input.workdays.forEach((raw, i) => {
    const day = cleanText(raw ?? '');
    const field = `workdays.${i}`;
    if (!isDate(day)) return issues.push({ field, code: 'date.format' });
    if (!day.startsWith(`${year}-`))
      return issues.push({ field, code: 'access.calendar.workdayYear', values: { year } });
    if (!isWeekend(day)) return issues.push({ field, code: 'access.calendar.workdayNotWeekend' });
    if (off.has(day)) return issues.push({ field, code: 'access.calendar.workdayInPeriod' });
    workdays.push(day);
  });
  if (issues.length > 0) return { ok: false, issues };
  const value: Omit<HolidayYear, 'id' | 'orgPath'> = {
    year,
    holidays,
    workdays: [...new Set(workdays)].sort(),
    periods: [...periods].sort((a, b) => (a.from < b.from ? -1 : 1)),
  };
  const source = cleanProse(input.source);
  if (source) value.source = source;
  return { ok: true, value };
}
