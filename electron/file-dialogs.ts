/**
 * Native save and open dialogs. Workbooks are parsed in the renderer, so the main process only
 * moves bytes; dialogs and the file system are passed in so the rules are tested in Node.
 */
import path from 'node:path';
import type { z } from 'zod';
import {
  DesktopError,
  MAX_FILE_BYTES,
  type FileFilter,
  type OpenFileResult,
  type SaveFileResult,
} from '@shared/desktop-api';
import type { openFileRequestSchema, saveFileRequestSchema } from '@shared/desktop-api-schemas';

export type SaveFileInput = z.output<typeof saveFileRequestSchema>;
export type OpenFileInput = z.output<typeof openFileRequestSchema>;

export interface FileDialogEffects {
  showSaveDialog(options: {
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: {
    filters: FileFilter[];
    properties: ['openFile'];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Where the save dialog starts, e.g. the user's Documents folder. */
  defaultDirectory(): string;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  fileSize(filePath: string): Promise<number>;
  readFile(filePath: string): Promise<Uint8Array>;
}

const MB = 1024 * 1024;

export function fileTooLargeMessage(bytes: number): string {
  const size = Math.ceil(bytes / MB);
  const limit = MAX_FILE_BYTES / MB;
  return `文件大小为 ${size} MB，超过 ${limit} MB 上限，无法打开。（The file is ${size} MB; files over ${limit} MB cannot be opened.）`;
}

/** Electron's dialogs treat a filter without extensions as matching nothing. */
function dialogFilters(filters: FileFilter[]): FileFilter[] {
  return filters.map((f) => (f.extensions.length > 0 ? f : { ...f, extensions: ['*'] }));
}

function ioError(action: 'read' | 'write', error: unknown): DesktopError {
  // The errno code helps support without putting the path (a user name, a resident's name) in the message.
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown';
  return action === 'read'
    ? new DesktopError('IO_FAILED', `无法读取文件（${code}）。（The file could not be read: ${code}.）`)
    : new DesktopError('IO_FAILED', `无法保存文件（${code}）。（The file could not be saved: ${code}.）`);
}

export function createFileDialogs(effects: FileDialogEffects) {
  return {
    async saveFile(request: SaveFileInput): Promise<SaveFileResult> {
      const choice = await effects.showSaveDialog({
        defaultPath: path.join(effects.defaultDirectory(), request.suggestedName),
        filters: dialogFilters(request.filters),
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      try {
        await effects.writeFile(choice.filePath, request.data);
      } catch (error) {
        throw ioError('write', error);
      }
      return { saved: true, path: choice.filePath };
    },

    async openFile(request: OpenFileInput): Promise<OpenFileResult> {
      const choice = await effects.showOpenDialog({
        filters: dialogFilters(request.filters),
        properties: ['openFile'],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return null;

      let data: Uint8Array;
      try {
        // Checked before reading so a 2 GB file never lands in memory.
        const size = await effects.fileSize(filePath);
        if (size > MAX_FILE_BYTES) throw new DesktopError('FILE_TOO_LARGE', fileTooLargeMessage(size));
        data = await effects.readFile(filePath);
      } catch (error) {
        throw error instanceof DesktopError ? error : ioError('read', error);
      }
      // The file may have grown between the check and the read.
      if (data.byteLength > MAX_FILE_BYTES) {
        throw new DesktopError('FILE_TOO_LARGE', fileTooLargeMessage(data.byteLength));
      }
      return { name: path.basename(filePath), data };
    },
  };
}

export type FileDialogs = ReturnType<typeof createFileDialogs>;
