import type { RouteObject } from 'react-router';
import { DivisionsPage } from './DivisionsPage';
import { ChangesView } from './ChangesView';
import { SplitPlanner } from './SplitPlanner';
import { MergePlanner } from './MergePlanner';

/**
 * 区划调整: `/divisions` the changes and their undo, `/divisions/plan?source=<community code>` a split,
 * `/divisions/merge?source=<community code>` a merge started from that community.
 */
export const divisionsRoutes: RouteObject = {
  path: 'divisions',
  element: <DivisionsPage />,
  children: [
    { index: true, element: <ChangesView /> },
    { path: 'plan', element: <SplitPlanner /> },
    { path: 'merge', element: <MergePlanner /> },
  ],
};
