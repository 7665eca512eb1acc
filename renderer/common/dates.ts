import dayjs, { type Dayjs } from 'dayjs';
import { beijingDate } from '@shared/access/dates';

/**
 * Today as `YYYY-MM-DD` on this machine's calendar. Read here, in the renderer, and passed to
 * shared checks (resident IDs, hiring dates), which never read the clock themselves.
 */
export function localToday(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** Today in Beijing, where deadlines are counted, whatever the machine's time zone. */
export function todayInBeijing(): string {
  return beijingDate(new Date().toISOString());
}

/** Form dates: antd pickers hold Dayjs, records hold `YYYY-MM-DD`. */
export const toDay = (d: Dayjs | null | undefined): string | undefined =>
  d ? d.format('YYYY-MM-DD') : undefined;
export const fromDay = (s: string | undefined): Dayjs | undefined => (s ? dayjs(s) : undefined);

/** A Beijing wall-clock time for an instant: 2024-03-01 09:12. */
export function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * A date-time picked on a form, read as Beijing wall-clock time whatever the computer's own
 * time zone: 09:00 typed is 09:00 in Beijing, kept as an unambiguous instant.
 */
export function fromBeijingWallClock(value: Dayjs): string {
  return new Date(`${value.format('YYYY-MM-DDTHH:mm')}:00+08:00`).toISOString();
}

/** An instant as the Beijing wall-clock time a picker shows. */
export function toBeijingWallClock(iso: string): Dayjs {
  return dayjs(beijingTime(iso));
}
