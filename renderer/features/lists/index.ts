/** 三张清单's front door for the app. */
export { listsRoutes } from './routes';
