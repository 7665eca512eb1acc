import type { TFunction } from 'i18next';
import type { DeadlineBasis, DeadlineStatus } from '@shared/tickets/deadlines';
import type { DeadlineRule } from '@shared/model/ticket';

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

/** A rule's length as a clerk says it: 7 个工作日, 24 小时; 1 working day, not "1 working days". */
export function ruleAmountText(t: TFunction, rule: DeadlineRule): string {
  return rule.amount === 1
    ? t(`tickets.deadlineRule.amountOne.${rule.unit}`)
    : t(`tickets.deadlineRule.amount.${rule.unit}`, { amount: rule.amount });
}

/**
 * What the card says a ticket's deadline came from: the rule and how it counts ("一般 · 7 个工作日"),
 * so a clerk can tell a holiday-proof working-day limit from a natural-day one; or the file, or an
 * extension, which no rule of the street changes.
 */
export function deadlineBasisText(t: TFunction, basis: DeadlineBasis): string {
  if (basis.from === 'file') return t('tickets.deadlineRule.file');
  if (basis.from === 'extension') return t('tickets.deadlineRule.extension');
  return t('tickets.deadlineRule.line', {
    rule: t(`tickets.deadlineRule.name.${basis.rule}`),
    amount: ruleAmountText(t, basis),
  });
}
