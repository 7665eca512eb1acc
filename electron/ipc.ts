/**
 * The main-process side of DesktopApi: one handler per channel in IPC_CHANNELS. Each checks
 * the sender, validates the payload with the shared schema, and answers with an IpcResult,
 * so the renderer gets a code and a message it can show, never a stack trace.
 */
import type { IpcMain } from 'electron';
import { z } from 'zod';
import {
  DesktopError,
  IPC_CHANNELS,
  type AppInfo,
  type DesktopApi,
  type DesktopErrorCode,
  type IpcResult,
  type Language,
  type OpenFileResult,
  type SaveFileResult,
} from '@shared/desktop-api';
import {
  allowSyncServerRequestSchema,
  openExternalRequestSchema,
  openFileRequestSchema,
  saveFileRequestSchema,
  setLanguageRequestSchema,
} from '@shared/desktop-api-schemas';
import { openExternalUrl } from './external-links';
import type { OpenFileInput, SaveFileInput } from './file-dialogs';
import { isTrustedSender, type SenderFrame } from './trusted-url';

type Channel = keyof DesktopApi;

export interface IpcEffects {
  getAppInfo(): AppInfo;
  saveFile(request: SaveFileInput): Promise<SaveFileResult>;
  openFile(request: OpenFileInput): Promise<OpenFileResult>;
  /** Hands an already validated http(s) link to the system browser. */
  openExternal(href: string): Promise<void>;
  setLanguage(language: Language): void;
  /** Makes a validated origin the sync server the page may reach (electron/sync-server-policy.ts). */
  allowSyncServer(origin: string): void;
}

/** Logs get channel names and codes only: payloads hold residents' data. */
export interface IpcLog {
  warn(message: string): void;
  error(message: string): void;
}

export type IpcHandler<T> = (
  sender: SenderFrame | null | undefined,
  args: unknown[],
) => Promise<IpcResult<T>>;
export type IpcHandlers = { [K in Channel]: IpcHandler<Awaited<ReturnType<DesktopApi[K]>>> };

const REQUEST_SCHEMAS = {
  getAppInfo: z.undefined(),
  saveFile: saveFileRequestSchema,
  openFile: openFileRequestSchema,
  openExternal: openExternalRequestSchema,
  setLanguage: setLanguageRequestSchema,
  allowSyncServer: allowSyncServerRequestSchema,
} as const satisfies Record<Channel, z.ZodType>;

const MESSAGES: Record<'UNTRUSTED_SENDER' | 'INVALID_REQUEST' | 'LINK_REFUSED' | 'INTERNAL', string> = {
  UNTRUSTED_SENDER: '请求来源不受信任。（The request did not come from Street Desk.）',
  INVALID_REQUEST: '请求无效。（The request was not valid.）',
  LINK_REFUSED: '只能打开 http 或 https 网址。（Only http and https links can be opened.）',
  INTERNAL: '操作失败，请重试。（The operation failed; please try again.）',
};

function fail(code: DesktopErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

function trusted(sender: SenderFrame | null | undefined): boolean {
  try {
    return isTrustedSender(sender);
  } catch {
    // Electron throws when a frame that was disposed (navigated away, closed) is read.
    return false;
  }
}

export function createIpcHandlers(effects: IpcEffects, log: IpcLog): IpcHandlers {
  function handler<K extends Channel, T>(
    channel: K,
    run: (request: z.output<(typeof REQUEST_SCHEMAS)[K]>) => Promise<T> | T,
  ): IpcHandler<T> {
    const name = IPC_CHANNELS[channel];
    return async (sender, args) => {
      if (!trusted(sender)) {
        log.warn(`ipc: ${name} refused: UNTRUSTED_SENDER`);
        return fail('UNTRUSTED_SENDER', MESSAGES.UNTRUSTED_SENDER);
      }
      const parsed = REQUEST_SCHEMAS[channel].safeParse(args[0]);
      if (args.length > 1 || !parsed.success) {
        const where =
          parsed.error?.issues.map((i) => i.path.join('.') || '(root)').join(', ') ?? 'extra arguments';
        log.warn(`ipc: ${name} refused: INVALID_REQUEST at ${where}`);
        return fail('INVALID_REQUEST', MESSAGES.INVALID_REQUEST);
      }
      try {
        return { ok: true, value: await run(parsed.data as z.output<(typeof REQUEST_SCHEMAS)[K]>) };
      } catch (error) {
        if (error instanceof DesktopError) {
          log.warn(`ipc: ${name} failed: ${error.code}`);
          return fail(error.code, error.message);
        }
        const code = (error as NodeJS.ErrnoException | undefined)?.code ?? (error as Error | undefined)?.name;
        log.error(`ipc: ${name} failed: INTERNAL (${code ?? 'unknown'})`);
        return fail('INTERNAL', MESSAGES.INTERNAL);
      }
    };
  }

  return {
    getAppInfo: handler('getAppInfo', () => effects.getAppInfo()),
    saveFile: handler('saveFile', (request) => effects.saveFile(request)),
    openFile: handler('openFile', (request) => effects.openFile(request)),
    openExternal: handler('openExternal', async ({ url }) => {
      if (!(await openExternalUrl(url, effects.openExternal))) {
        throw new DesktopError('LINK_REFUSED', MESSAGES.LINK_REFUSED);
      }
    }),
    setLanguage: handler('setLanguage', ({ language }) => effects.setLanguage(language)),
    allowSyncServer: handler('allowSyncServer', ({ origin }) => effects.allowSyncServer(origin)),
  };
}

/** One `ipcMain.handle` per channel; nothing else listens. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: IpcHandlers): void {
  for (const channel of Object.keys(IPC_CHANNELS) as Channel[]) {
    const run: IpcHandler<unknown> = handlers[channel];
    ipcMain.handle(IPC_CHANNELS[channel], (event, ...args: unknown[]) => run(event.senderFrame, args));
  }
}
