/**
 * The renderer's one door to its host. In Electron the preload has put the API on `window`;
 * in a browser the same calls are served by browser means. Failures are DesktopErrors with a
 * code and a message the UI can show.
 */
import { DESKTOP_API_GLOBAL, type DesktopApi } from '@shared/desktop-api';
import { createBrowserDesktop } from './browser';
import { wrapElectronDesktop } from './electron-bridge';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts under DESKTOP_API_GLOBAL; absent in a browser. */
    streetDesk?: DesktopApi;
  }
}

const bridge = window[DESKTOP_API_GLOBAL];

export const desktop: DesktopApi = bridge ? wrapElectronDesktop(bridge) : createBrowserDesktop();
