/** 社区准入's front door for the app. */
export { accessRoutes } from './routes';
