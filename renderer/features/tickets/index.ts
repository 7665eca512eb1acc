/** 接诉即办's front door for the app. */
export { ticketsRoutes } from './routes';
export { useRateRules } from './use-rate-rules';
