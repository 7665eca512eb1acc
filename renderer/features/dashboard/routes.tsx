import type { RouteObject } from 'react-router';

/**
 * Loaded when first opened: ECharts is a third of a megabyte of script that the start of the
 * app, already slow to paint (issue 15), has no use for.
 */
export const dashboardRoutes: RouteObject = {
  path: 'dashboard',
  lazy: async () => ({ Component: (await import('./DashboardPage')).DashboardPage }),
};
