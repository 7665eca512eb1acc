/** Tabs of the 社区准入 section and their sub-paths under /access. */
export const ACCESS_TABS = [
  { key: 'overview', path: '' },
  { key: 'requests', path: 'requests' },
  { key: 'complaints', path: 'complaints' },
  { key: 'systems', path: 'systems' },
  { key: 'calendar', path: 'calendar' },
] as const;
