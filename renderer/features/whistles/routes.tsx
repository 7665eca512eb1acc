import type { RouteObject } from 'react-router';
import { WhistlesPage } from './WhistlesPage';
import { BoardView } from './BoardView';
import { OverviewView } from './OverviewView';
import { RespondersView } from './RespondersView';
import { DualReportView } from './DualReportView';

/** 吹哨报到: the board of events, the departments' monthly lines, the units that can be summoned, 双报到. */
export const whistlesRoutes: RouteObject = {
  path: 'whistles',
  element: <WhistlesPage />,
  children: [
    { index: true, element: <BoardView /> },
    { path: 'overview', element: <OverviewView /> },
    { path: 'responders', element: <RespondersView /> },
    { path: 'dual', element: <DualReportView /> },
  ],
};
