/**
 * The first launch's front door. Features contribute demo data through a `demo-extra.ts` file
 * exporting `demoExtra: DemoExtra`, which the loader finds by name; they import only the type.
 */
export { WelcomePage } from './WelcomePage';
export { DemoLoadForm } from './DemoLoadForm';
export { useFirstLaunch } from './use-first-launch';
export { loadDemoData, type DemoExtra, type DemoLoadResult, type DemoProgress } from './demo-loader';
