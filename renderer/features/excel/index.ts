/** The Excel feature's front door: what other features and the app may use. */
export { ExcelActions } from './ExcelActions';
export { WelcomeImport } from './WelcomeImport';
export { excelRoutes } from './routes';
