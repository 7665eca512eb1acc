import type { RouteObject } from 'react-router';

/**
 * Loaded when first opened: ECharts is a third of a megabyte of script that the start of the
 * app, already slow to paint (issue 15), has no use for. The reports beside the dashboard are
 * its figures on paper: 工作月报 and 执法检查准备.
 */
export const dashboardRoutes: RouteObject = {
  path: 'dashboard',
  children: [
    { index: true, lazy: async () => ({ Component: (await import('./DashboardPage')).DashboardPage }) },
    {
      path: 'monthly',
      lazy: async () => ({ Component: (await import('./reports/MonthlyReportPage')).MonthlyReportPage }),
    },
    {
      path: 'readiness',
      lazy: async () => ({ Component: (await import('./reports/ReadinessPage')).ReadinessPage }),
    },
  ],
};
