/**
 * IndexedDB stores of schema version 7: community governance (issue 14). A street has some
 * hundreds of topics a year and a few dozen committees: topics are read by `raisedOn` (a
 * round's period) and by `step`; meetings by their topic; logs by their committee and `date`.
 * Demonstration points are a few per community, read whole.
 */
export const STORES: Record<string, string> = {
  consultationTopics: 'id, raisedOn, step, *ticketIds',
  consultationMeetings: 'id, topicId, date',
  committees: 'id',
  committeeLogs: 'id, committeeId, date',
  committeeExemptions: 'id',
  demoPoints: 'id, placeId',
};
