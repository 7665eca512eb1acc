import type { RouteObject } from 'react-router';
import { NotBuilt } from '../../app/NotBuilt';

/** 协管员: the roster (issue 4). */
export const coordinatorsRoutes: RouteObject = {
  path: 'coordinators',
  element: <NotBuilt section="coordinators" />,
};
