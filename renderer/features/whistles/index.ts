/** 吹哨报到's front door for the app. A ticket escalates through the address `/whistles?blow=<ticket id>`. */
export { whistlesRoutes } from './routes';
