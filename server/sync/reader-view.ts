import { divisionChangeSeenBy } from '@shared/divisions/reader-view';
import type { DivisionChange } from '@shared/model/division';
import { isInScope } from '@shared/org/codes';
import { communityCodeOf } from '@shared/org/paths';
import type { RecordRow } from './records';

/**
 * What a reader whose scope is `scope` receives of a row it may read (`canReadRecord`): the row's
 * data, a part of it, or nothing (null: answered as if the row did not exist). Rows inside the
 * scope always go whole; rows at an ancestor path go whole too, except division changes, which
 * a reader below the street sees only as they touched its own community
 * (`shared/divisions/reader-view.ts` says why). Every way a row leaves the server — pull, the
 * current rows of rejected records, history — goes through here.
 */
export function dataSeenBy(
  scope: string,
  row: Pick<RecordRow, 'tbl' | 'org_path' | 'data'>,
): Record<string, unknown> | null {
  if (!isPartial(scope, row)) return row.data;
  const community = communityCodeOf(scope);
  if (!community) return null;
  return divisionChangeSeenBy(row.data as Partial<DivisionChange>, community) as Record<
    string,
    unknown
  > | null;
}

/** Whether the reader gets less than the whole row, so per-field history would say too much. */
export function isPartial(scope: string, row: Pick<RecordRow, 'tbl' | 'org_path'>): boolean {
  return row.tbl === 'divisionChanges' && !isInScope(row.org_path, scope);
}

/** A row as this reader receives it, or null when it receives nothing of it. */
export function rowSeenBy<R extends Pick<RecordRow, 'tbl' | 'org_path' | 'data' | 'deleted'>>(
  scope: string,
  row: R,
): R | null {
  if (!isPartial(scope, row)) return row;
  // A tombstone carries no data to cut; it goes only to readers who could have held the record.
  const data = dataSeenBy(scope, row);
  return data ? { ...row, data } : null;
}
