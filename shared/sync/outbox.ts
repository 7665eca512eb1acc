import type { SyncedTable } from '../model/record';

/** What a captured write did to one row. */
export type MutationOp = 'create' | 'update' | 'delete';

/**
 * One entry of the outbox (docs/ARCHITECTURE.md "Mutation capture"): a change made on this client,
 * written in the same IndexedDB transaction as the change itself, waiting to be pushed.
 */
export interface OutboxEntry {
  clientId: string;
  /** Per client, gap-free, starting at 1: the server refuses a gap. */
  mutationId: number;
  /** Hybrid logical clock of the change; orders concurrent edits per field. */
  hlc: string;
  table: SyncedTable;
  /** Id of the changed row. */
  id: string;
  op: MutationOp;
  /** New values of the fields this change set (all fields for a create; none for a delete). */
  changedFields: Record<string, unknown>;
  /** The row's server revision before the change; absent for rows the server has not seen. */
  baseRev?: number;
  /** orgPath before the change, so the server can check both old and new are in scope. */
  baseOrgPath?: string;
}
