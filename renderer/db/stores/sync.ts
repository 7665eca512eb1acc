/** IndexedDB stores of schema version 3: The sync client's local state (issue 6). */
export const STORES: Record<string, string> = {};
