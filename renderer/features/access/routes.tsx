import type { RouteObject } from 'react-router';
import { NotBuilt } from '../../app/NotBuilt';

/** 社区准入: access requests and their review (issue 3). */
export const accessRoutes: RouteObject = { path: 'access', element: <NotBuilt section="access" /> };
