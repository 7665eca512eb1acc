/**
 * The one contract between the renderer and its host (docs/ARCHITECTURE.md "Desktop shell").
 * Electron implements it in the preload, one function per IPC channel; the browser
 * implementation (file input, Blob download) makes the same renderer run in a plain
 * browser. The renderer only ever sees `DesktopApi`.
 */

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Largest file the app will read or write in one piece (DOMAIN: workbooks over 100 MB are refused). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface SaveFileRequest {
  suggestedName: string;
  data: Uint8Array<ArrayBuffer>;
  filters?: FileFilter[];
}

export interface OpenFileRequest {
  filters?: FileFilter[];
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'browser';
  /** e.g. `linux`, `win32`, or the browser's user agent platform. */
  os: string;
}

export type SaveFileResult = { saved: true; path?: string } | { saved: false };
export type OpenFileResult = { name: string; data: Uint8Array } | null;

export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  /** Asks where to save and writes the bytes; resolves `{saved: false}` when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Asks for a file and reads it; null when the user cancels. */
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /** Opens an http(s) link in the system browser; anything else is refused. */
  openExternal(url: string): Promise<void>;
  /** Tells the host which language the UI uses, so native menus follow it. */
  setLanguage(language: Language): Promise<void>;
  /**
   * Names the sync server (an http(s) origin) the page is about to sign in to. Electron then lets
   * the page reach that origin, and no other, with the network permission its address needs, and
   * remembers it (userData/sync-server.json); a browser has nothing to do (its CSP allows 'self').
   */
  allowSyncServer(origin: string): Promise<void>;
}

/** IPC channel per DesktopApi function. The preload exposes exactly these. */
export const IPC_CHANNELS = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  openFile: 'file:open',
  openExternal: 'link:open-external',
  setLanguage: 'app:set-language',
  allowSyncServer: 'sync:allow-server',
} as const satisfies Record<keyof DesktopApi, string>;

/** Name under which the preload exposes the API on `window`. */
export const DESKTOP_API_GLOBAL = 'streetDesk';

/**
 * Why a desktop call failed. The UI shows the message; logs keep only the code.
 * - `UNTRUSTED_SENDER`: the IPC call did not come from the app's own page.
 * - `INVALID_REQUEST`: the payload did not match the channel's schema.
 * - `FILE_TOO_LARGE`: over MAX_FILE_BYTES.
 * - `LINK_REFUSED`: not a well-formed http(s) link.
 * - `IO_FAILED`: the file could not be read or written.
 * - `INTERNAL`: anything else; details stay in the host's log.
 */
export const DESKTOP_ERROR_CODES = [
  'UNTRUSTED_SENDER',
  'INVALID_REQUEST',
  'FILE_TOO_LARGE',
  'LINK_REFUSED',
  'IO_FAILED',
  'INTERNAL',
] as const;
export type DesktopErrorCode = (typeof DESKTOP_ERROR_CODES)[number];

export class DesktopError extends Error {
  override readonly name = 'DesktopError';
  constructor(
    readonly code: DesktopErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * What the main process answers on every channel. Electron passes only the message of an
 * error thrown by a handler (prefixed with its own text), so failures travel as data instead.
 */
export type IpcResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: DesktopErrorCode; message: string } };

/**
 * The context bridge drops custom properties of errors, so the preload puts the code into the
 * message and the renderer's Electron adapter takes it out again with `decodeDesktopError`.
 */
export function encodeDesktopError(code: DesktopErrorCode, message: string): string {
  return `[${code}] ${message}`;
}

export function decodeDesktopError(error: unknown): DesktopError {
  if (error instanceof DesktopError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const match = /\[([A-Z_]+)\] ([\s\S]*)$/.exec(message);
  const code = DESKTOP_ERROR_CODES.find((c) => c === match?.[1]);
  return code && match ? new DesktopError(code, match[2] ?? '') : new DesktopError('INTERNAL', message);
}
