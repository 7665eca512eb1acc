/** 社区治理's front door for the app. A ticket opens a consultation through `/governance?fromTicket=<ticket id>`. */
export { governanceRoutes } from './routes';
