import type { RouteObject } from 'react-router';
import { NotBuilt } from '../../app/NotBuilt';

/** 三张清单: editions, items, diff (issue 3). */
export const listsRoutes: RouteObject = { path: 'lists', element: <NotBuilt section="lists" /> };
