import type { RouteObject } from 'react-router';
import { GovernancePage } from './GovernancePage';
import { ConsultationView } from './ConsultationView';
import { CommitteesView } from './CommitteesView';
import { DemoPointsView } from './DemoPointsView';

/** 社区治理: 议事协商, the six committees, demonstration points. */
export const governanceRoutes: RouteObject = {
  path: 'governance',
  element: <GovernancePage />,
  children: [
    { index: true, element: <ConsultationView /> },
    { path: 'committees', element: <CommitteesView /> },
    { path: 'demo', element: <DemoPointsView /> },
  ],
};
