import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { NotBuilt } from './NotBuilt';
import { RouteError, withErrorScreen } from './RouteError';
import { OverviewPage } from '../features/overview/OverviewPage';
import { placesRoutes } from '../features/places/routes';
import { listsRoutes } from '../features/lists/routes';
import { accessRoutes } from '../features/access/routes';
import { coordinatorsRoutes } from '../features/coordinators/routes';
import { dispatchRoutes } from '../features/dispatch/routes';
import { syncRoutes } from '../features/sync/routes';
import { excelRoutes } from '../features/excel/routes';
import { SettingsPage } from '../features/settings/SettingsPage';

/** Every screen of the app, under the layout; each page fails into the translated error screen. */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    // Should the layout itself fail, the whole window shows the error screen.
    errorElement: <RouteError />,
    children: [
      withErrorScreen([
        { index: true, element: <Navigate to="/overview" replace /> },
        { path: 'overview', element: <OverviewPage /> },
        placesRoutes,
        listsRoutes,
        accessRoutes,
        coordinatorsRoutes,
        dispatchRoutes,
        syncRoutes,
        excelRoutes,
        { path: 'tickets', element: <NotBuilt section="tickets" /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <Navigate to="/overview" replace /> },
      ]),
    ],
  },
];
