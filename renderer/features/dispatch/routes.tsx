import type { RouteObject } from 'react-router';
import { NotBuilt } from '../../app/NotBuilt';

/** 派遣: assignments, board and attendance (issue 4). */
export const dispatchRoutes: RouteObject = { path: 'dispatch', element: <NotBuilt section="dispatch" /> };
