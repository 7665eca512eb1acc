/** IndexedDB stores of schema version 3: 三张清单 and 社区准入 (issue 3). */
export const STORES: Record<string, string> = {
  listEditions: 'id',
  listItems: 'id',
  accessRequests: 'id',
  burdenComplaints: 'id',
  infoSystems: 'id',
  holidayYears: 'id',
};
