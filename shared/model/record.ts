/**
 * What every synced record carries (docs/ARCHITECTURE.md "Records"). `id` is made on the client
 * (UUIDv7); `orgPath` names the jurisdiction that owns the record and is what scope
 * checks compare; the rest is managed by the server and only ever written locally
 * when a server row is applied.
 */
import type { FormerPlacement } from './division';

export interface SyncedRecord {
  id: string;
  /** Codes from district down, joined by "/": `110105/110105021/110105021001`. */
  orgPath: string;
  /** Server revision of the row; absent until the server has seen it. */
  rev?: number;
  deleted?: boolean;
  /** ISO timestamp of the last server-applied change. */
  updatedAt?: string;
  updatedBy?: string;
  /** 原属: where division changes moved the record from, oldest first (shared/divisions). */
  formerly?: FormerPlacement[];
}

/** Fields the server owns: never part of a client mutation. */
export const SERVER_MANAGED_FIELDS = ['rev', 'deleted', 'updatedAt', 'updatedBy'] as const;

/** Synced tables, by their name in code and in IndexedDB. */
export const SYNCED_TABLES = [
  'orgUnits',
  'places',
  'servicePoints',
  'communityWorkers',
  // 三张清单 and 社区准入 (shared/model/lists.ts)
  'listEditions',
  'listItems',
  'accessRequests',
  'burdenComplaints',
  'infoSystems',
  'holidayYears',
  // 协管员 and 派遣 (shared/model/coordinator.ts)
  'coordinators',
  'coordinatorCategories',
  'departments',
  'assignments',
  'attendance',
  // 接诉即办 (shared/model/ticket.ts)
  'tickets',
  'ticketSteps',
  // 吹哨报到 (shared/model/whistle.ts)
  'responders',
  'whistles',
  'whistleCalls',
  // 双报到 (shared/model/dual-report.ts)
  'reportingMembers',
  'serviceActivities',
  // 议事协商, the six committees, demonstration points (shared/model/governance.ts)
  'consultationTopics',
  'consultationMeetings',
  'committees',
  'committeeLogs',
  'committeeExemptions',
  'demoPoints',
  // 区划调整: splits, merges, 撤村建居 (shared/model/division.ts)
  'divisionChanges',
  // 社区考核 (shared/model/assessment.ts)
  'assessmentRounds',
  'assessmentScores',
  // Who saw personal data in full, and when (shared/model/audit.ts)
  'auditEvents',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}

/** The server-managed fields of a stored row, to carry over when a form rewrites it. */
export function serverManagedFieldsOf(row: SyncedRecord | undefined): Partial<SyncedRecord> {
  const kept: Partial<SyncedRecord> = {};
  if (!row) return kept;
  if (row.rev !== undefined) kept.rev = row.rev;
  if (row.deleted !== undefined) kept.deleted = row.deleted;
  if (row.updatedAt !== undefined) kept.updatedAt = row.updatedAt;
  if (row.updatedBy !== undefined) kept.updatedBy = row.updatedBy;
  return kept;
}
