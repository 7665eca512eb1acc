import { BEIJING_DIVISIONS } from '@shared/org/beijing-divisions';
import { orgPathOfCode } from '@shared/org/codes';
import { referenceOrgId } from '@shared/ids';
import type { OrgUnit } from '@shared/model/org';
import { withoutCapture, type StreetDeskDb } from './database';

/** Bump when the shipped divisions change, so existing databases receive the new ones. */
export const REFERENCE_DATA_VERSION = 1;
const META_KEY = 'referenceDataVersion';

export function referenceOrgUnits(): OrgUnit[] {
  return BEIJING_DIVISIONS.map((d) => ({
    id: referenceOrgId(d.code),
    orgPath: orgPathOfCode(d.code),
    code: d.code,
    name: d.name,
    level: d.level,
    parentCode: d.parentCode,
    source: 'reference',
  }));
}

/**
 * Writes the shipped districts and streets once per reference-data version. They are the
 * same on every client and on the server, so they are written without capture.
 */
export async function ensureReferenceData(db: StreetDeskDb): Promise<void> {
  const current = await db.meta.get(META_KEY);
  if (current && 'value' in current && current.value === REFERENCE_DATA_VERSION) return;
  await withoutCapture(db, ['orgUnits', 'meta'], async () => {
    await db.orgUnits.bulkPut(referenceOrgUnits());
    await db.meta.put({ key: META_KEY, value: REFERENCE_DATA_VERSION });
  });
}
