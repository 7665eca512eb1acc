import type { Place } from '@shared/model/place';
import { nextPlaceCode } from '@shared/places/place-code';
import { validatePlace, type PlaceInput } from '@shared/places/validate-place';
import { db } from '../../db';
import { putRecord } from '../../db/records';
import { InputError, RefusedError } from '../../app/input-error';
import { readCatalog } from '../../db/catalog';

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
      const community = value.orgPath.split('/')[2];
      if (!parent || parent.type !== 'building' || parent.orgPath.split('/')[2] !== community) {
        throw InputError.of('parentId', 'errors.place.parentInvalid');
      }
    }
  });
}

/** Deletes a place; a building whose gates are registered is refused until they go (they would lose their building). */
export async function deletePlace(id: string): Promise<void> {
  await db.transaction('rw', db.places, async () => {
    const place = await db.places.get(id);
    if (!place) return;
    if (place.type === 'building') {
      const community = place.orgPath.split('/').slice(0, 3).join('/');
      const gates = (await readCatalog(db, 'places', community))
        .entries()
        .filter((e) => e.facts.parentId === id);
      if (gates.length > 0) throw new RefusedError('errors.place.hasGates', { count: gates.length });
    }
    await db.places.delete(id);
  });
}
