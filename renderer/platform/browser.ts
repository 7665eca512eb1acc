/**
 * DesktopApi for a plain browser: downloads instead of a save dialog, a file input instead of
 * an open dialog. This is how the same renderer runs, and is tested, without Electron.
 */
import {
  DesktopError,
  MAX_FILE_BYTES,
  type DesktopApi,
  type FileFilter,
  type OpenFileRequest,
  type OpenFileResult,
  type SaveFileRequest,
} from '@shared/desktop-api';

const MIME_TYPES: Readonly<Record<string, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  zip: 'application/zip',
};

function mimeTypeOf(fileName: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

function fileTooLargeError(bytes: number): DesktopError {
  const size = Math.ceil(bytes / 1024 / 1024);
  const limit = MAX_FILE_BYTES / 1024 / 1024;
  return new DesktopError(
    'FILE_TOO_LARGE',
    `文件大小为 ${size} MB，超过 ${limit} MB 上限，无法打开。（The file is ${size} MB; files over ${limit} MB cannot be opened.）`,
  );
}

function acceptAttribute(filters: readonly FileFilter[] = []): string {
  const extensions = filters.flatMap((f) => f.extensions).filter((e) => e !== '*');
  return extensions.map((e) => `.${e}`).join(',');
}

function saveFile(request: SaveFileRequest): Promise<{ saved: true }> {
  // A Blob needs ArrayBuffer-backed bytes; copy only in the rare shared-memory case.
  const bytes =
    request.data.buffer instanceof ArrayBuffer
      ? (request.data as Uint8Array<ArrayBuffer>)
      : request.data.slice();
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeTypeOf(request.suggestedName) }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = request.suggestedName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  // The browser, not the page, decides where (and whether) the file lands.
  return Promise.resolve({ saved: true });
}

function openFile(request: OpenFileRequest): Promise<OpenFileResult> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(request.filters);
    input.style.display = 'none';
    const finish = () => input.remove();

    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      if (!file) {
        resolve(null);
        return;
      }
      if (file.size > MAX_FILE_BYTES) {
        reject(fileTooLargeError(file.size));
        return;
      }
      file.arrayBuffer().then(
        (buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }),
        () => reject(new DesktopError('IO_FAILED', '无法读取文件。（The file could not be read.）')),
      );
    });
    // Fired when the user closes the picker without choosing (Chromium 113+, Firefox 91+, Safari 16.4+).
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });

    document.body.append(input);
    input.click();
  });
}

function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !parsed.username && !parsed.password
    );
  } catch {
    return false;
  }
}

function openExternal(url: string): Promise<void> {
  if (!isWebLink(url)) {
    return Promise.reject(
      new DesktopError(
        'LINK_REFUSED',
        '只能打开 http 或 https 网址。（Only http and https links can be opened.）',
      ),
    );
  }
  // noopener: the opened site must not get a handle on this tab (and so on the app's data).
  window.open(url, '_blank', 'noopener,noreferrer');
  return Promise.resolve();
}

/** Set by Vite's `define` from package.json; absent under the unit-test runner. */
function appVersion(): string {
  const version: unknown = import.meta.env.VITE_APP_VERSION;
  return typeof version === 'string' && version !== '' ? version : '0.0.0-dev';
}

export function createBrowserDesktop(): DesktopApi {
  return {
    getAppInfo: () => Promise.resolve({ version: appVersion(), host: 'browser', os: navigator.platform }),
    saveFile,
    openFile,
    openExternal,
    // The browser draws no native menus, so there is nothing to translate.
    setLanguage: () => Promise.resolve(),
    // The page's CSP (connect-src 'self') already decides; a browser tab has no host to tell.
    allowSyncServer: () => Promise.resolve(),
  };
}
