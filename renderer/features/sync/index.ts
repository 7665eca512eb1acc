/** The sync screens' front door: what other features and the app may use. */
export { syncRoutes } from './routes';
export { RecordHistory } from './RecordHistory';
export { ConnectServerCard } from './ConnectServerCard';
export { HeaderStatus } from './HeaderStatus';
