/**
 * IndexedDB stores of schema version 5: 接诉即办 (issue 12). A big street holds tens of thousands
 * of tickets a year: `number` finds the ticket a re-import updates (not unique: two offices may
 * import the same export before they sync, and a unique index would stop the sync), `placeId`
 * lists a place's tickets, `receivedAt` reads a month. Steps are read by their ticket.
 */
export const STORES: Record<string, string> = {
  tickets: 'id, number, placeId, receivedAt',
  ticketSteps: 'id, ticketId',
};
