/**
 * IndexedDB stores of schema version 9: division changes (区划调整, issue 16). A street makes a
 * handful a year, read whole. What a change moved is found through the `formerly` entries it left
 * on the moved records, so no record index is needed.
 */
export const STORES: Record<string, string> = {
  divisionChanges: 'id',
};
