import type { ServicePoint } from '@shared/model/place';
import { validateServicePoint, type ServicePointInput } from '@shared/places/validate-support';
import { db } from '../../../db';
import { readCatalog } from '../../../db/catalog';
import { putRecord } from '../../../db/records';
import { InputError } from '../../../app/input-error';
import { deleteRecords } from '../../../db/references';
import { upTo } from '@shared/org/paths';
import { ORG_DEPTH } from '@shared/model/org';

export async function saveServicePoint(input: ServicePointInput, existingId?: string): Promise<ServicePoint> {
  const checked = validateServicePoint(input);
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  return putRecord(db.servicePoints, checked.value, existingId);
}

/**
 * Deletes a service point and unlinks it from the places that listed it, in one transaction.
 * Places link points of their own street, so only the street's places are read.
 */
export async function deleteServicePoint(id: string): Promise<void> {
  await deleteRecords(db, 'servicePoints', [id]);
}

/** Service points serving a scope; a grid is served by its community's points. */
export async function servicePointIdsInScope(scope: string): Promise<string[]> {
  return (await readCatalog(db, 'servicePoints', communityOrWider(scope))).ids();
}

/** A scope cut at the community: service points belong to communities, not grids. */
export function communityOrWider(scope: string): string {
  return upTo(scope, ORG_DEPTH.community);
}
