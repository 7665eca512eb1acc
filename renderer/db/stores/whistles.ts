/**
 * IndexedDB stores of schema version 6: 吹哨报到 (issue 13). A district-year is some 5,000
 * events: `state` finds the open ones for the board, `blownAt` reads a period, `*ticketIds` finds a ticket's events, calls are read by
 * their event and by the department (its monthly line).
 *
 * 双报到: a street's register is a few hundred units and members, read whole and filtered by
 * scope in memory; activities are read by their member (its drawer, the cascade of a delete)
 * and by `date` (a year's figures). Deleting a place or an event, which are rare, scans them.
 */
export const STORES: Record<string, string> = {
  responders: 'id',
  whistles: 'id, state, blownAt, *ticketIds',
  whistleCalls: 'id, whistleId, responderId',
  reportingMembers: 'id',
  serviceActivities: 'id, memberId, date',
};
