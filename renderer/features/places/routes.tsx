import type { RouteObject } from 'react-router';
import { PlacesPage } from './PlacesPage';
import { PlaceListView } from './PlaceListView';
import { CoverageView } from './CoverageView';
import { CommunitySizesView } from './CommunitySizesView';
import { ServicePointsView } from './service-points/ServicePointsView';
import { WorkersView } from './workers/WorkersView';

export const placesRoutes: RouteObject = {
  path: 'places',
  element: <PlacesPage />,
  children: [
    { index: true, element: <PlaceListView /> },
    { path: 'coverage', element: <CoverageView /> },
    { path: 'sizes', element: <CommunitySizesView /> },
    { path: 'service-points', element: <ServicePointsView /> },
    { path: 'workers', element: <WorkersView /> },
  ],
};
