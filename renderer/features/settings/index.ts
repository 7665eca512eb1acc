/** 设置's front door for the app. */
export { SettingsPage } from './SettingsPage';
