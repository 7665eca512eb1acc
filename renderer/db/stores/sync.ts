/**
 * IndexedDB stores of schema version 3: the sync client's local state (issue 6) —
 * conflicts the server reported and changes it refused, kept until the user deals with
 * them. The pull cursor lives in `meta` ('sync.cursor'), because it must be written in the
 * same transaction as the rows of each page, and that transaction is `withoutCapture`'s.
 */
export const STORES: Record<string, string> = {
  syncConflicts: 'id',
  syncRejected: 'key',
};
