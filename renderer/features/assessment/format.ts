import type { RoundStatus } from '@shared/model/assessment';

export const STATUS_COLOR: Record<RoundStatus, string> = {
  draft: 'default',
  review: 'orange',
  published: 'green',
};

/** An instant as a Beijing minute, `YYYY-MM-DD HH:mm`. */
export const beijingMinute = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
