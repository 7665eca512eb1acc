import type { RouteObject } from 'react-router';
import { CoordinatorsPage } from './CoordinatorsPage';
import { RosterView } from './RosterView';
import { ReferenceView } from './ReferenceView';

/** 协管员: the roster (issue 4). */
export const coordinatorsRoutes: RouteObject = {
  path: 'coordinators',
  element: <CoordinatorsPage />,
  children: [
    { index: true, element: <RosterView /> },
    { path: 'reference', element: <ReferenceView /> },
  ],
};
