/** Sync status in the header: online/offline, pending changes, last sync, last error (issue 6). */
export function HeaderStatus() {
  return null;
}
