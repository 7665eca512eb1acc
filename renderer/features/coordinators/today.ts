import dayjs from 'dayjs';

/**
 * Today as `YYYY-MM-DD` on this machine's calendar. Read here, in the renderer, and passed to
 * shared checks (resident IDs, hiring dates), which never read the clock themselves.
 */
export function localToday(): string {
  return dayjs().format('YYYY-MM-DD');
}
