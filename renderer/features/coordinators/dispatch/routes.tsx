import type { RouteObject } from 'react-router';
import { DispatchPage } from './DispatchPage';
import { BoardView } from './BoardView';
import { AttendanceView } from './AttendanceView';
import { SummaryView } from './SummaryView';

/** 派遣: assignments, board and attendance (issue 4). */
export const dispatchRoutes: RouteObject = {
  path: 'dispatch',
  element: <DispatchPage />,
  children: [
    { index: true, element: <BoardView /> },
    { path: 'attendance', element: <AttendanceView /> },
    { path: 'summary', element: <SummaryView /> },
  ],
};
