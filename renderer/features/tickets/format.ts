import type { TFunction } from 'i18next';
import type { DeadlineStatus } from '@shared/tickets/deadlines';

export const DEADLINE_COLOR: Record<DeadlineStatus, string> = {
  overdue: 'red',
  dueSoon: 'orange',
  onTrack: 'green',
  done: 'default',
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long, as a clerk reads a countdown: 3 天 4 小时, 2 小时 5 分, 40 分钟. */
export function durationText(t: TFunction, ms: number): string {
  const abs = Math.abs(ms);
  if (abs >= DAY)
    return t('tickets.duration.days', { days: Math.floor(abs / DAY), hours: Math.floor((abs % DAY) / HOUR) });
  if (abs >= HOUR)
    return t('tickets.duration.hours', {
      hours: Math.floor(abs / HOUR),
      minutes: Math.floor((abs % HOUR) / MINUTE),
    });
  return t('tickets.duration.minutes', { minutes: Math.max(1, Math.floor(abs / MINUTE)) });
}
