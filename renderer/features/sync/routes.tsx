import type { RouteObject } from 'react-router';
import { SyncPage } from './SyncPage';
import { ConnectionView } from './ConnectionView';
import { ConflictsView } from './ConflictsView';
import { RejectedView } from './RejectedView';
import { BundlesView } from './BundlesView';

/** 同步: server sign-in and status, conflicts, refused changes, bundle files (issue 6). */
export const syncRoutes: RouteObject = {
  path: 'sync',
  element: <SyncPage />,
  children: [
    { index: true, element: <ConnectionView /> },
    { path: 'conflicts', element: <ConflictsView /> },
    { path: 'rejected', element: <RejectedView /> },
    { path: 'bundles', element: <BundlesView /> },
  ],
};
