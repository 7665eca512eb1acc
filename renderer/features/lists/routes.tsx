import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';
import { ListsPage } from './ListsPage';
import { ListView } from './ListView';
import { DiffView } from './DiffView';

/** 三张清单: /lists/<kind> shows an edition of one list, /lists/<kind>/diff compares two. */
export const listsRoutes: RouteObject = {
  path: 'lists',
  element: <ListsPage />,
  children: [
    { index: true, element: <Navigate to="streetDuties" replace /> },
    { path: ':kind', element: <ListView /> },
    { path: ':kind/diff', element: <DiffView /> },
  ],
};
