/** IndexedDB stores of schema version 3: 协管员 and 派遣 (issue 4), and the audit of unmasked personal data. */
export const STORES: Record<string, string> = {
  coordinators: 'id',
  coordinatorCategories: 'id',
  departments: 'id',
  assignments: 'id',
  attendance: 'id',
  auditEvents: 'id',
};
