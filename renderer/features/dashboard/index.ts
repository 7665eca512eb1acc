/** 数据看板's front door for the app. */
export { dashboardRoutes } from './routes';
