import type { RouteObject } from 'react-router';
import { RoundList } from './RoundList';
import { RoundView } from './RoundView';

/** 社区考核: the rounds of the scope, and one round's results, scores and report cards. */
export const assessmentRoutes: RouteObject = {
  path: 'assessment',
  children: [
    { index: true, element: <RoundList /> },
    { path: ':roundId', element: <RoundView /> },
  ],
};
