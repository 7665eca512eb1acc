/**
 * IndexedDB stores of schema version 6: 吹哨报到 (issue 13). A district-year is some 5,000
 * events: `state` finds the open ones for the board, `blownAt` reads a period, `*ticketIds` finds a ticket's events, calls are read by
 * their event and by the department (its monthly line).
 */
export const STORES: Record<string, string> = {
  responders: 'id',
  whistles: 'id, state, blownAt, *ticketIds',
  whistleCalls: 'id, whistleId, responderId',
};
