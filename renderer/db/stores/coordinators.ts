/**
 * IndexedDB stores of schema version 3: 协管员 and 派遣 (issue 4), and the audit of unmasked
 * personal data. Finding and listing coordinators and assignments go through the catalog
 * (db/catalog-specs.ts), so the 240,000-row roster carries no index at all; each index here
 * serves one query that the catalog cannot:
 * - assignments by coordinator: a person's other bookings (double bookings, the roster's
 *   current assignment);
 * - attendance by street and day: a street's month; by coordinator and day: a person's month;
 * - audit events by record: who saw this person's ID.
 */
export const STORES: Record<string, string> = {
  coordinators: 'id',
  coordinatorCategories: 'id',
  departments: 'id',
  assignments: 'id, coordinatorId',
  attendance: 'id, [orgPath+date], [coordinatorId+date]',
  auditEvents: 'id, recordId',
};
