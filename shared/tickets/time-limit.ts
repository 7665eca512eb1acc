import type { WorkCalendar } from '../calendar/work-calendar';
import { deadlineOf, type DeadlineUnit } from './deadlines';

const UNITS: readonly [RegExp, DeadlineUnit, number][] = [
  [/^(\d+(?:\.\d+)?)\s*(?:个)?(?:小时|h|H)$/, 'hours', 1],
  [/^(\d+)\s*(?:个)?工作日$/, 'workingDays', 1],
  [/^(\d+)\s*(?:个)?(?:自然日|天|日)$/, 'naturalDays', 1],
];

/**
 * 办理时限 as exports write it when it is not a time: 2小时, 24小时, 7个工作日, 15天. Read as the
 * deadline it gives for a ticket received at `receivedAt`; undefined when the text says neither.
 */
export function timeLimitDeadline(
  text: string,
  receivedAt: string,
  calendar: WorkCalendar,
): string | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  for (const [pattern, unit] of UNITS) {
    const m = pattern.exec(t);
    if (m) return deadlineOf(receivedAt, { amount: Number(m[1]), unit }, calendar);
  }
  return undefined;
}
