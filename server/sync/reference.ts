import { BEIJING_DIVISIONS } from '@shared/org/beijing-divisions';
import { orgPathOfCode } from '@shared/org/codes';
import { referenceOrgId } from '@shared/ids';
import { encodeHlc } from '@shared/sync/hlc';

/** The node of reference rows' clocks: at time zero, so any edit by a person wins. */
export const REFERENCE_NODE = 'reference';

/**
 * The shipped districts and streets as server records — the same rows every client writes
 * at first start (renderer/db/reference.ts, REFERENCE_DATA_VERSION 1), with ids derived
 * from their codes so client and server agree without syncing.
 */
export function referenceRecords() {
  const hlc = encodeHlc({ millis: 0, counter: 0, node: REFERENCE_NODE });
  return BEIJING_DIVISIONS.map((d) => ({
    table: 'orgUnits' as const,
    id: referenceOrgId(d.code),
    orgPath: orgPathOfCode(d.code),
    data: {
      orgPath: orgPathOfCode(d.code),
      code: d.code,
      name: d.name,
      level: d.level,
      parentCode: d.parentCode,
      source: 'reference',
    } as Record<string, unknown>,
    hlc,
    updatedBy: '统计用区划代码',
  }));
}
