import type { RouteObject } from 'react-router';
import { AccessPage } from './AccessPage';
import { AccessOverviewView } from './AccessOverviewView';
import { RequestsView } from './requests/RequestsView';
import { ComplaintsView } from './complaints/ComplaintsView';
import { SystemsView } from './systems/SystemsView';
import { CalendarView } from './calendar/CalendarView';

/** 社区准入: overview, requests and their review, burden complaints, the systems registry, the calendar. */
export const accessRoutes: RouteObject = {
  path: 'access',
  element: <AccessPage />,
  children: [
    { index: true, element: <AccessOverviewView /> },
    { path: 'requests', element: <RequestsView /> },
    { path: 'complaints', element: <ComplaintsView /> },
    { path: 'systems', element: <SystemsView /> },
    { path: 'calendar', element: <CalendarView /> },
  ],
};
