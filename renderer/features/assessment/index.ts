/** 社区考核's front door for the app. */
export { assessmentRoutes } from './routes';
