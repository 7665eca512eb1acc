import type { OutboxEntry } from './outbox';
import type { ChangeRow } from './protocol';

type Row = Record<string, unknown>;

export type RebaseResult =
  /** Write this row (server values, with the fields of pending changes kept local). */
  | { kind: 'put'; row: Row }
  /** Remove the local row. */
  | { kind: 'delete' }
  /** Leave the local row as it is. */
  | { kind: 'keep' };

/**
 * What the client stores when the server sends `change` for a record it may hold as `local`
 * with `pending` outbox entries not yet acknowledged (docs/ARCHITECTURE.md: "server values are applied,
 * then fields with pending outbox entries keep their local values"). Pending changes are
 * pushed later and merged on the server, whose answer comes back in a later pull.
 */
export function rebaseRow(
  change: ChangeRow,
  local: Row | undefined,
  pending: readonly Pick<OutboxEntry, 'op' | 'changedFields'>[],
): RebaseResult {
  let lifecycle: 'created' | 'deleted' | undefined;
  for (const e of pending) {
    if (e.op === 'create') lifecycle = 'created';
    else if (e.op === 'delete') lifecycle = 'deleted';
  }
  // Deleted here and not yet pushed: the delete goes to the server next.
  if (lifecycle === 'deleted') return { kind: 'keep' };

  if (change.deleted || change.gone || !change.data) {
    // A pending create is a restore the server will see (it wins if newer than the delete);
    // pending edits of a record that left our scope are refused and reverted after the push.
    if (lifecycle === 'created' || (change.gone && pending.length > 0)) return { kind: 'keep' };
    return local ? { kind: 'delete' } : { kind: 'keep' };
  }

  const row: Row = { ...change.data, id: change.id, rev: change.rev };
  if (change.updatedAt !== undefined) row.updatedAt = change.updatedAt;
  if (change.updatedBy !== undefined) row.updatedBy = change.updatedBy;
  if (local) {
    for (const e of pending) {
      for (const field of Object.keys(e.changedFields)) {
        if (local[field] === undefined || local[field] === null) delete row[field];
        else row[field] = local[field];
      }
    }
  }
  return { kind: 'put', row };
}
