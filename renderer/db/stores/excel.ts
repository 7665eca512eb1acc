/**
 * IndexedDB stores of schema version 3: Excel import batches and remembered column mappings
 * (issue 5). All local to this client, never synced:
 * - `importBatches`: one row per import (file, sheet, counts, status), newest first by `startedAt`;
 * - `importUndo`: per batch, one row per committed chunk with what undoing it needs (ids created,
 *   rows as they were before), written in the same transaction as the chunk;
 * - `columnMappings`: per header layout of a sender (its signature), the columns as last mapped.
 */
export const STORES: Record<string, string> = {
  importBatches: 'id, startedAt',
  importUndo: '[batchId+seq]',
  columnMappings: 'key',
};
