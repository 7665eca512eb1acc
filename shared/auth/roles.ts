import type { SyncedTable } from '../model/record';
import { isInScope } from '../org/codes';

/**
 * Roles and scopes (docs/ARCHITECTURE.md "Roles and scope"). The server enforces these on every push
 * and pull; the UI only mirrors them, so the same rules live here for both.
 */
export type Role = 'admin' | 'street' | 'dispatcher' | 'field' | 'viewer' | 'department';
export const ROLES: readonly Role[] = ['admin', 'street', 'dispatcher', 'field', 'viewer', 'department'];

export interface SessionUser {
  id: string;
  username: string;
  /** Shown in history and audit records. */
  displayName: string;
  role: Role;
  /** orgPath prefix the user may read and write; '' is the whole city. */
  scope: string;
  /**
   * A `department` (部门) user speaks for one summoned unit (a `responders` record): it sees and
   * answers only the whistle calls that summon that unit, inside its scope. Absent for other roles.
   */
  responderId?: string;
}

/** Tables each role may write (besides reading everything in its scope). */
const WRITABLE: Record<Role, readonly SyncedTable[] | 'all'> = {
  admin: 'all',
  street: [
    'orgUnits',
    'places',
    'servicePoints',
    'communityWorkers',
    'listEditions',
    'listItems',
    'accessRequests',
    'burdenComplaints',
    'infoSystems',
    'coordinators',
    'assignments',
    'attendance',
    'tickets',
    'ticketSteps',
    'responders',
    'whistles',
    'whistleCalls',
    'reportingMembers',
    'serviceActivities',
    'consultationTopics',
    'consultationMeetings',
    'committees',
    'committeeLogs',
    'committeeExemptions',
    'demoPoints',
    'divisionChanges',
    // The street assesses its communities: rounds and entered scores are its own.
    'assessmentRounds',
    'assessmentScores',
    'auditEvents',
  ],
  dispatcher: ['coordinators', 'assignments', 'attendance', 'auditEvents'],
  field: [
    'places',
    'servicePoints',
    'communityWorkers',
    'attendance',
    'burdenComplaints',
    'tickets',
    'ticketSteps',
    // A community station raises a whistle through its street and records who came on site.
    'whistles',
    'whistleCalls',
    // The community keeps the register of who reported to it and what they did.
    'reportingMembers',
    'serviceActivities',
    // The community runs its consultations and committees; designations are the street's.
    'consultationTopics',
    'consultationMeetings',
    'committees',
    'committeeLogs',
    'auditEvents',
  ],
  viewer: ['auditEvents'],
  // A summoned department answers on its own calls and nothing else (双考核); it never unmasks
  // personal data, so it has no audit trail to write either.
  department: ['whistleCalls'],
};

export function canWriteTable(role: Role, table: SyncedTable): boolean {
  const allowed = WRITABLE[role];
  return allowed === 'all' || allowed.includes(table);
}

/**
 * Fields only some of a table's writers may set. A community station records who came on site
 * (whistleCalls) but 评价权 — the evaluation of the departments — is the street's alone. The
 * answer to an evaluation is the department's; the street may still enter it for a department
 * that has no login of its own (marked as such, see `replyAuthorshipProblem`), a community
 * station may not.
 */
const FIELD_WRITERS: Partial<Record<SyncedTable, Readonly<Record<string, readonly Role[]>>>> = {
  whistleCalls: { evaluation: ['admin', 'street'], reply: ['admin', 'street', 'department'] },
};

/**
 * The only fields a role may set, where a role is narrower than its tables. A department says
 * what it did on site (处置情况) and answers its evaluation; its arrival is recorded by whoever
 * stands on site (the street's clock for timeliness is not the department's to set), and the
 * evaluation is the street's.
 */
const ONLY_FIELDS: Partial<Record<Role, Partial<Record<SyncedTable, readonly string[]>>>> = {
  department: { whistleCalls: ['reply', 'action'] },
};

/** The fields of a whistle call a department answers with: shown as its part of the record. */
export const DEPARTMENT_CALL_FIELDS: readonly string[] = ONLY_FIELDS.department!.whistleCalls!;

/** Whether `role` may set `field` of a record of `table` (given it may write the table). */
export function canWriteField(role: Role, table: SyncedTable, field: string): boolean {
  const only = ONLY_FIELDS[role]?.[table];
  if (only !== undefined && !only.includes(field)) return false;
  const writers = FIELD_WRITERS[table]?.[field];
  return writers === undefined || writers.includes(role);
}

/**
 * Whether a user may write this particular record beyond its table and scope: a department only
 * the calls that summon its own unit (`responderId` as the record is held, never as the change
 * says). Every other role: any record of a table it writes.
 */
export function ownsRecord(
  user: Pick<SessionUser, 'role' | 'responderId'>,
  table: SyncedTable,
  data: { responderId?: unknown } | undefined,
): boolean {
  if (user.role !== 'department') return true;
  return (
    table === 'whistleCalls' &&
    user.responderId !== undefined &&
    user.responderId !== '' &&
    data?.responderId === user.responderId
  );
}

/** Whether a user may write a record with this orgPath (old and new paths are both checked). */
export function canWriteRecord(
  user: Pick<SessionUser, 'role' | 'scope'>,
  table: SyncedTable,
  orgPath: string,
): boolean {
  return canWriteTable(user.role, table) && isInScope(orgPath, user.scope);
}

/**
 * Whether a record at `orgPath` reaches a user of `scope`: everything inside the scope, and the
 * records of the units above it (the city's lists and reference data, the district's), which
 * the role rules leave read-only to them.
 */
export function canReadRecord(scope: string, orgPath: string): boolean {
  return isInScope(orgPath, scope) || orgPath === '' || scope === orgPath || scope.startsWith(`${orgPath}/`);
}

/** Whether a user may see resident IDs and phones in full (each time is recorded). */
export function canUnmask(role: Role): boolean {
  return role === 'admin' || role === 'street' || role === 'dispatcher';
}
