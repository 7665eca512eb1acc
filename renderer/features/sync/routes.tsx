import type { RouteObject } from 'react-router';
import { NotBuilt } from '../../app/NotBuilt';

/** 同步: server sign-in, sync status, conflicts, bundles (issue 6). */
export const syncRoutes: RouteObject = { path: 'sync', element: <NotBuilt section="sync" /> };
