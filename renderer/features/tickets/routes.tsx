import type { RouteObject } from 'react-router';
import { TicketsPage } from './TicketsPage';
import { TicketList } from './TicketList';
import { RatesView } from './RatesView';

/** 接诉即办: the ticket list with its cards, and the three rates. */
export const ticketsRoutes: RouteObject = {
  path: 'tickets',
  element: <TicketsPage />,
  children: [
    { index: true, element: <TicketList /> },
    { path: 'rates', element: <RatesView /> },
  ],
};
