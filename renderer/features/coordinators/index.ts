/** 协管员 and their dispatch: the feature's front door for the app. */
export { coordinatorsRoutes } from './routes';
export { dispatchRoutes } from './dispatch/routes';
