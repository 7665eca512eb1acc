import { z } from 'zod';
import {
  LANGUAGES,
  MAX_FILE_BYTES,
  type FileFilter,
  type OpenFileRequest,
  type SaveFileRequest,
} from './desktop-api';
import { serverOrigin } from './sync/server-address';

/**
 * Validation of every IPC payload, for the main process. Apart from desktop-api.ts so the
 * preload, which only forwards calls, does not bundle zod.
 */

export const fileFilterSchema = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).max(10),
});

// Path separators, what Windows forbids in a name, and control characters (the point of the pattern).
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;
const FILE_NAME_MAX = 200;

export const saveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(FILE_NAME_MAX)
    .refine((n) => !new RegExp(FORBIDDEN_IN_FILE_NAME.source).test(n), 'file name has forbidden characters'),
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_FILE_BYTES, 'file too large'),
  filters: z.array(fileFilterSchema).max(10).default([]),
});

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(10).default([]),
});

export const openExternalRequestSchema = z.object({ url: z.string().max(2048) });
export const setLanguageRequestSchema = z.object({ language: z.enum(LANGUAGES) });
export const allowSyncServerRequestSchema = z.object({
  // An origin exactly as URL writes it: no path, credentials or other scheme can ride along.
  origin: z
    .string()
    .max(300)
    .refine((origin) => serverOrigin(origin) === origin, 'not an http(s) origin'),
});

// The schemas accept exactly what the contract's types describe.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _fileFilter: Same<z.input<typeof fileFilterSchema>, FileFilter> = true;
const _save: Same<z.input<typeof saveFileRequestSchema>, SaveFileRequest> = true;
const _open: Same<z.input<typeof openFileRequestSchema>, OpenFileRequest> = true;
void [_fileFilter, _save, _open];

/**
 * A suggested file name made from text users typed (a topic's title, a community's name): what
 * saveFile refuses becomes "_", and the name is cut to fit with its extension kept, so a title
 * such as "5号楼/6号楼" still saves.
 */
export function safeFileName(name: string, extension: string): string {
  const base = name.replace(FORBIDDEN_IN_FILE_NAME, '_').trim() || '_';
  return `${base.slice(0, FILE_NAME_MAX - extension.length - 1)}.${extension}`;
}
