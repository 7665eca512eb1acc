/** Tabs of the 协管员 section and their sub-paths under /coordinators. */
export const COORDINATOR_TABS = [
  { key: 'roster', path: '' },
  { key: 'reference', path: 'reference' },
] as const;
