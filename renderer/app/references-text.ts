import type { TFunction } from 'i18next';
import type { SyncedTable } from '@shared/model/record';
import type { Blocker, DeletePlan } from '../db/references';

/** “2 条派遣安排、1 条考勤记录”: counted records by table, in the user's language. */
export function countedRecords(t: TFunction, counts: Partial<Record<SyncedTable, number>>): string {
  return (Object.entries(counts) as [SyncedTable, number][])
    .filter(([, count]) => count > 0)
    .map(([table, count]) => t(`references.count.${table}`, { count }))
    .join(t('common.separator'));
}

/** Why a delete or an undo is refused: what still points at the record. */
export function refusalText(t: TFunction, blockers: readonly Blocker[]): string {
  const counts: Partial<Record<SyncedTable, number>> = {};
  for (const b of blockers) counts[b.table] = (counts[b.table] ?? 0) + b.count;
  return t('references.refused', { what: countedRecords(t, counts) });
}

/** What goes with a delete, for its confirmation; '' when nothing does. */
export function cascadeText(t: TFunction, plan: Pick<DeletePlan, 'cascade'>): string {
  const counts: Partial<Record<SyncedTable, number>> = {};
  for (const [table, ids] of Object.entries(plan.cascade) as [SyncedTable, string[]][])
    counts[table] = ids.length;
  const what = countedRecords(t, counts);
  return what ? t('references.cascade', { what }) : '';
}
