import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityName } from '@shared/excel/entity';
import { db } from '../../db';
import { batchesTable, mappingsTable, type ImportBatch } from './batches';

/**
 * Column mappings remembered per source: a sender's sheet keeps its layout from month to
 * month, so the layout's signature (its folded labels) finds the mapping the user last chose.
 */

export async function recallMapping(
  signature: string,
  labels: readonly string[],
): Promise<(string | null)[] | undefined> {
  const row = await mappingsTable(db).get(signature);
  return row && row.mapping.length === labels.length ? row.mapping : undefined;
}

export async function rememberMapping(
  signature: string,
  entity: EntityName,
  labels: readonly string[],
  mapping: readonly (string | null)[],
): Promise<void> {
  await mappingsTable(db).put({
    key: signature,
    entity,
    labels: [...labels],
    mapping: [...mapping],
    usedAt: new Date().toISOString(),
  });
}

export async function forgetMapping(signature: string): Promise<void> {
  await mappingsTable(db).delete(signature);
}

/** Import batches, newest first. */
export function useImportBatches(limit = 200): ImportBatch[] | undefined {
  return useLiveQuery(() => batchesTable(db).orderBy('startedAt').reverse().limit(limit).toArray(), [limit]);
}
