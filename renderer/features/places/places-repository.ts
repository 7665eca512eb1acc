import type { Place } from '@shared/model/place';
import { nextPlaceCode } from '@shared/places/place-code';
import { validatePlace, type PlaceInput } from '@shared/places/validate-place';
import { db } from '../../db';
import { putRecord } from '../../db/records';
import { InputError } from '../../app/input-error';
import { deleteRecords } from '../../db/references';
import { communityCodeOf } from '@shared/org/paths';

/** The next free place code in a community. */
export async function suggestPlaceCode(communityCode: string): Promise<string> {
  const codes = await db.places
    .where('code')
    .between(communityCode + '0000', communityCode + '9999', true, true)
    .keys();
  return nextPlaceCode(communityCode, codes as string[]) ?? '';
}

/**
 * Creates or updates a place after checking it (shared/places/validate-place) and that its
 * code is free. The write is captured for sync by the database itself.
 */
export async function savePlace(input: PlaceInput, existingId?: string): Promise<Place> {
  const checked = validatePlace(input);
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  const { value } = checked;
  return putRecord(db.places, value, existingId, async () => {
    const clash = await db.places.where('code').equals(value.code).first();
    if (clash && clash.id !== existingId) {
      throw InputError.of('code', 'errors.place.codeTaken', { code: clash.code, name: clash.name });
    }
    if (value.parentId) {
      // A gate belongs to a building of its own community.
      const parent = await db.places.get(value.parentId);
      const community = communityCodeOf(value.orgPath);
      if (!parent || parent.type !== 'building' || communityCodeOf(parent.orgPath) !== community) {
        throw InputError.of('parentId', 'errors.place.parentInvalid');
      }
    }
  });
}

/** Deletes a place by the reference rule (db/references): a building with gates, or a place work is assigned to, is refused. */
export async function deletePlace(id: string): Promise<void> {
  await deleteRecords(db, 'places', [id]);
}
