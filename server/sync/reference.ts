import { BEIJING_DIVISIONS } from '@shared/org/beijing-divisions';
import { orgPathOfCode } from '@shared/org/codes';
import { referenceOrgId } from '@shared/ids';
import { encodeHlc } from '@shared/sync/hlc';
import { defaultCategories, defaultDepartments } from '@shared/coordinators/reference';
import type { SyncedTable } from '@shared/model/record';

/** The node of reference rows' clocks: at time zero, so any edit by a person wins. */
export const REFERENCE_NODE = 'reference';

/**
 * The shipped districts and streets as server records — the same rows every client writes
 * at first start (renderer/db/reference.ts, REFERENCE_DATA_VERSION 1), with ids derived
 * from their codes so client and server agree without syncing.
 */
export interface ReferenceRecord {
  table: SyncedTable;
  id: string;
  orgPath: string;
  data: Record<string, unknown>;
  hlc: string;
  updatedBy: string;
}

const referenceHlc = () => encodeHlc({ millis: 0, counter: 0, node: REFERENCE_NODE });

export function referenceRecords(): ReferenceRecord[] {
  const hlc = referenceHlc();
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

/** A live department or category already on the server, as far as matching needs. */
export interface ExistingReferenceRow {
  table: 'departments' | 'coordinatorCategories';
  id: string;
  code: string;
  name: string;
}

/**
 * The shipped coordinator departments and categories as server records — the rows every client
 * adds at first start (renderer/features/coordinators/reference-repository.ts,
 * COORDINATOR_REFERENCE_VERSION 1), from the same source (shared/coordinators/reference.ts), so
 * a roster imported on a fresh server names the categories the clients know.
 *
 * A server that already holds a department or category of the same code or name (an
 * administrator made it before the server shipped these) keeps its own row and gets no second
 * one; shipped categories then point at that department.
 */
export function coordinatorReferenceRecords(
  existing: readonly ExistingReferenceRow[] = [],
): ReferenceRecord[] {
  const hlc = referenceHlc();
  const updatedBy = '协管员类别参考表';
  const match = (table: ExistingReferenceRow['table'], code: string, name: string) =>
    existing.find((e) => e.table === table && (e.code === code || e.name === name));
  const departmentIds = new Map<string, string>();
  const records: ReferenceRecord[] = [];
  for (const { id, ...data } of defaultDepartments()) {
    const found = match('departments', data.code, data.name);
    departmentIds.set(id, found?.id ?? id);
    if (!found) records.push({ table: 'departments', id, orgPath: data.orgPath, data, hlc, updatedBy });
  }
  for (const { id, ...data } of defaultCategories()) {
    if (match('coordinatorCategories', data.code, data.name)) continue;
    const departmentId = departmentIds.get(data.departmentId) ?? data.departmentId;
    records.push({
      table: 'coordinatorCategories',
      id,
      orgPath: data.orgPath,
      data: { ...data, departmentId },
      hlc,
      updatedBy,
    });
  }
  return records;
}
