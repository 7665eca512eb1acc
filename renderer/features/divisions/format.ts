import type { TFunction } from 'i18next';
import type { MoveCounts } from '@shared/divisions/plan';
import type { zh } from './i18n';

type Named = keyof typeof zh.moved;

const NAMED = new Set<string>([
  'places',
  'gates',
  'orgUnits',
  'communityWorkers',
  'servicePoints',
  'assignments',
  'tickets',
  'ticketSteps',
  'committees',
  'committeeLogs',
  'consultationTopics',
  'consultationMeetings',
  'demoPoints',
  'reportingMembers',
  'serviceActivities',
  'whistles',
  'whistleCalls',
  'burdenComplaints',
  'committeeExemptions',
]);

/** "楼门院 12" lines for what a change moves, in a fixed order, tables without a name as 其他记录. */
export function movedLines(t: TFunction, counts: MoveCounts): string[] {
  const lines: string[] = [];
  let other = 0;
  for (const [table, n] of Object.entries(counts)) {
    if (!n) continue;
    if (NAMED.has(table)) lines.push(`${t(`divisions.moved.${table as Named}`)} ${n}`);
    else other += n;
  }
  if (other > 0) lines.push(`${t('divisions.moved.other')} ${other}`);
  return lines;
}

export const totalMoved = (counts: MoveCounts) => Object.values(counts).reduce((n, c) => n + (c ?? 0), 0);
