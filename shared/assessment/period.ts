import type { AssessmentPeriod } from '../model/assessment';
import { beijingDate } from '../access/dates';

/** The first and last `YYYY-MM-DD` days of a round, inclusive. */
export interface DateRange {
  from: string;
  to: string;
}

export function periodRange(year: number, period: AssessmentPeriod): DateRange {
  if (period === 'firstHalf') return { from: `${year}-01-01`, to: `${year}-06-30` };
  if (period === 'secondHalf') return { from: `${year}-07-01`, to: `${year}-12-31` };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Whether a `YYYY-MM-DD` day falls in the range (dates compare as text). */
export const inRange = (day: string | undefined, range: DateRange): boolean =>
  day !== undefined && day >= range.from && day <= range.to;

/** Whether an instant (a ticket's receipt) falls in the range, by its day in Beijing. */
export const instantInRange = (iso: string, range: DateRange): boolean => inRange(beijingDate(iso), range);
