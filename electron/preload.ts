/**
 * The only bridge between the page and the main process: one function per IPC channel,
 * typed by DesktopApi so a missing or misspelled channel fails to compile. Runs sandboxed,
 * so it may require nothing but 'electron'; the build bundles everything else in.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  DESKTOP_API_GLOBAL,
  IPC_CHANNELS,
  encodeDesktopError,
  type DesktopApi,
  type IpcResult,
} from '@shared/desktop-api';

async function invoke<T>(channel: string, ...payload: [] | [unknown]): Promise<T> {
  const result = (await ipcRenderer.invoke(channel, ...payload)) as IpcResult<T>;
  if (result.ok) return result.value;
  throw new Error(encodeDesktopError(result.error.code, result.error.message));
}

const api = {
  getAppInfo: () => invoke(IPC_CHANNELS.getAppInfo),
  saveFile: (request) => invoke(IPC_CHANNELS.saveFile, request),
  openFile: (request) => invoke(IPC_CHANNELS.openFile, request),
  openExternal: (url) => invoke(IPC_CHANNELS.openExternal, { url }),
  setLanguage: (language) => invoke(IPC_CHANNELS.setLanguage, { language }),
  allowSyncServer: (origin) => invoke(IPC_CHANNELS.allowSyncServer, { origin }),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(DESKTOP_API_GLOBAL, api);
