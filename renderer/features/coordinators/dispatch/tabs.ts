/** Tabs of the 派遣 section and their sub-paths under /dispatch. */
export const DISPATCH_TABS = [
  { key: 'board', path: '' },
  { key: 'attendance', path: 'attendance' },
  { key: 'summary', path: 'summary' },
] as const;
