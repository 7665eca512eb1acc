/**
 * The preload's API as the renderer uses it. The context bridge strips custom properties from
 * errors, so the preload sends the code inside the message; here it becomes a DesktopError again.
 */
import { decodeDesktopError, type DesktopApi } from '@shared/desktop-api';

export function wrapElectronDesktop(bridge: DesktopApi): DesktopApi {
  const rethrow = (error: unknown): never => {
    throw decodeDesktopError(error);
  };
  return {
    getAppInfo: () => bridge.getAppInfo().catch(rethrow),
    saveFile: (request) => bridge.saveFile(request).catch(rethrow),
    openFile: (request) => bridge.openFile(request).catch(rethrow),
    openExternal: (url) => bridge.openExternal(url).catch(rethrow),
    setLanguage: (language) => bridge.setLanguage(language).catch(rethrow),
    allowSyncServer: (origin) => bridge.allowSyncServer(origin).catch(rethrow),
  };
}
