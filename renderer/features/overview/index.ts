/** 概览's front door for the app. */
export { OverviewPage } from './OverviewPage';
