import type { RouteObject } from 'react-router';
import { DivisionsPage } from './DivisionsPage';
import { ChangesView } from './ChangesView';
import { SplitPlanner } from './SplitPlanner';
import { MergePlanner } from './MergePlanner';
import { VillagePlanner } from './VillagePlanner';

/**
 * 区划调整: `/divisions` the changes and their undo, `/divisions/plan?source=<community code>` a split,
 * `/divisions/merge?source=<community code>` a merge started from that community,
 * `/divisions/village?source=<village code>` 撤村建居 started from that village.
 */
export const divisionsRoutes: RouteObject = {
  path: 'divisions',
  element: <DivisionsPage />,
  children: [
    { index: true, element: <ChangesView /> },
    { path: 'plan', element: <SplitPlanner /> },
    { path: 'merge', element: <MergePlanner /> },
    { path: 'village', element: <VillagePlanner /> },
  ],
};
