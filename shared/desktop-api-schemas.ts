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

export const saveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    // Refusing control characters is the point of this pattern.
    // eslint-disable-next-line no-control-regex
    .refine((n) => !/[\\/:*?"<>|\u0000-\u001f]/.test(n), 'file name has forbidden characters'),
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
