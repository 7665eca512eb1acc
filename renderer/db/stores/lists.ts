/**
 * IndexedDB stores of schema version 3: 三张清单 and 社区准入 (issue 3). These tables are
 * small (an edition holds at most a few hundred items; a street a few dozen requests), so
 * screens read them whole; the one index is what copying and diffing an edition reads by.
 */
export const STORES: Record<string, string> = {
  listEditions: 'id',
  listItems: 'id, editionId',
  accessRequests: 'id',
  burdenComplaints: 'id',
  infoSystems: 'id',
  holidayYears: 'id',
};
