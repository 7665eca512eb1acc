import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { RouteError, withErrorScreen } from './RouteError';
import { OverviewPage } from '../features/overview';
import { placesRoutes } from '../features/places';
import { listsRoutes } from '../features/lists';
import { accessRoutes } from '../features/access';
import { coordinatorsRoutes, dispatchRoutes } from '../features/coordinators';
import { syncRoutes } from '../features/sync';
import { ticketsRoutes } from '../features/tickets';
import { whistlesRoutes } from '../features/whistles';
import { governanceRoutes } from '../features/governance';
import { divisionsRoutes } from '../features/divisions';
import { assessmentRoutes } from '../features/assessment';
import { excelRoutes } from '../features/excel';
import { SettingsPage } from '../features/settings';
import { dashboardRoutes } from '../features/dashboard';

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
        dashboardRoutes,
        placesRoutes,
        listsRoutes,
        accessRoutes,
        coordinatorsRoutes,
        dispatchRoutes,
        syncRoutes,
        excelRoutes,
        ticketsRoutes,
        whistlesRoutes,
        governanceRoutes,
        divisionsRoutes,
        assessmentRoutes,
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <Navigate to="/overview" replace /> },
      ]),
    ],
  },
];
