/** Tabs of the 楼门院 section and their sub-paths under /places. */
export const PLACES_TABS = [
  { key: 'list', path: '' },
  { key: 'coverage', path: 'coverage' },
  { key: 'sizes', path: 'sizes' },
  { key: 'servicePoints', path: 'service-points' },
  { key: 'workers', path: 'workers' },
] as const;
