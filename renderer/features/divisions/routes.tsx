import type { RouteObject } from 'react-router';
import { DivisionsPage } from './DivisionsPage';
import { ChangesView } from './ChangesView';
import { SplitPlanner } from './SplitPlanner';

/** 区划调整: `/divisions` the changes and their undo, `/divisions/plan?source=<community code>` a split. */
export const divisionsRoutes: RouteObject = {
  path: 'divisions',
  element: <DivisionsPage />,
  children: [
    { index: true, element: <ChangesView /> },
    { path: 'plan', element: <SplitPlanner /> },
  ],
};
