import type { OrgUnit } from '@shared/model/org';
import { orgPathOfCode } from '@shared/org/codes';
import type { StreetDeskDb } from '../../db';

/**
 * What a demo extra does street by street: each street's path, in order, stopping when the load
 * is cancelled and reporting each street done as progress.
 */
export async function eachDemoStreet(
  streets: readonly string[],
  { signal, onProgress }: { signal: AbortSignal; onProgress(fraction: number): void },
  visit: (street: { code: string; path: string }) => Promise<void>,
): Promise<void> {
  for (const [i, code] of streets.entries()) {
    if (signal.aborted) return;
    await visit({ code, path: orgPathOfCode(code) });
    onProgress((i + 1) / streets.length);
  }
}

/** The live communities and villages of a street, as the demo wrote them. */
export function communitiesOf(db: StreetDeskDb, streetPath: string): Promise<OrgUnit[]> {
  return db.orgUnits
    .where('orgPath')
    .startsWith(`${streetPath}/`)
    .filter((u) => (u.level === 'community' || u.level === 'village') && !u.deleted && !u.dissolvedBy)
    .toArray();
}
