import { db } from '../../../db';

/** Names for assignment labels (whereLabel): unit codes and place ids, read in one go. */
export async function readNames(
  codes: Iterable<string>,
  placeIds: readonly string[],
): Promise<Map<string, string>> {
  const [units, places] = await Promise.all([
    db.orgUnits
      .where('code')
      .anyOf([...new Set(codes)])
      .toArray(),
    db.places.bulkGet([...new Set(placeIds)]),
  ]);
  const names = new Map(units.map((u) => [u.code, u.name]));
  for (const p of places) if (p) names.set(p.id, p.name);
  return names;
}
