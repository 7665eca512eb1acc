import type { CommunityWorker } from '@shared/model/place';
import { validateWorker, type WorkerInput } from '@shared/places/validate-support';
import { db } from '../../../db';
import { readCatalog } from '../../../db/catalog';
import { putRecord } from '../../../db/records';
import { InputError } from '../../../app/input-error';
import { deleteRecords } from '../../../db/references';

export async function saveWorker(input: WorkerInput, existingId?: string): Promise<CommunityWorker> {
  const checked = validateWorker(input);
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  return putRecord(db.communityWorkers, checked.value, existingId);
}

/**
 * Deletes a worker; the places they covered become uncovered (and show as gaps), in the same
 * transaction. A worker covers places of their own community, so only those are read.
 */
export async function deleteWorker(id: string): Promise<void> {
  await deleteRecords(db, 'communityWorkers', [id]);
}

export async function workerIdsInScope(scope: string): Promise<string[]> {
  return (await readCatalog(db, 'communityWorkers', scope)).ids();
}
