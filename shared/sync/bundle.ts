import { z } from 'zod';
import {
  changeRowSchema,
  clientIdSchema,
  conflictSchema,
  mutationSchema,
  rejectedSchema,
  type ChangeRow,
  type ConflictInfo,
  type Mutation,
  type RejectedMutation,
} from './protocol';

/**
 * Bundle files (docs/ARCHITECTURE.md "Bundles"): sync for offices without network, carried on a USB
 * stick. Two kinds:
 *
 * - `changes`: an office's pending changes, exactly the push pages it would send. A
 *   connected workstation imports it and pushes it under its own user's authority; mutation
 *   ids make a second import change nothing.
 * - `server`: what the server holds for an office — a snapshot of its scope or the changes
 *   since the office's cursor — plus which of its changes the server has applied, made at
 *   the workstation for the office to import.
 *
 * The file is gzip of one manifest line and the payload; the manifest carries the payload's
 * SHA-256, so a damaged file is refused before anything is applied.
 */
export const BUNDLE_FORMAT = 'street-desk-sync-bundle';
export const BUNDLE_VERSION = 1;
export const BUNDLE_EXTENSION = 'sdsync';

export const bundleManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  kind: z.enum(['changes', 'server']),
  /** `changes`: the client whose outbox it holds; `server`: the client it is made for. */
  clientId: clientIdSchema,
  /** IndexedDB schema version of the app that made it. */
  schemaVersion: z.number().int().positive(),
  /** The server it belongs to, when known (a `changes` bundle of a never-connected office has none). */
  serverId: z.string().optional(),
  /** The office's scope ('' = whole city). */
  scope: z.string(),
  /** `changes`: mutation ids it holds. */
  mutations: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
  /**
   * `changes`: the office's pull cursor, so the workstation fetches only what it lacks.
   * `server`: the cursor the office has after importing it.
   */
  cursor: z.string(),
  /** `server`: the cursor it continues from; '' for a snapshot. */
  fromCursor: z.string().optional(),
  /** `server`: the last of the office's mutations the server has applied. */
  lastMutationId: z.number().int().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
  count: z.number().int().nonnegative(),
  /** Hex SHA-256 of the payload's UTF-8 bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

export const changesPayloadSchema = z.object({ mutations: z.array(mutationSchema) });
export const serverPayloadSchema = z.object({
  changes: z.array(changeRowSchema),
  rejected: z.array(rejectedSchema),
  conflicts: z.array(conflictSchema),
});

export interface ChangesPayload {
  mutations: Mutation[];
}
export interface ServerPayload {
  changes: ChangeRow[];
  rejected: RejectedMutation[];
  conflicts: ConflictInfo[];
}

/** Why a bundle cannot be imported here; each has a message in both languages. */
export type BundleProblem =
  | 'damaged'
  | 'notBundle'
  | 'newerFormat'
  | 'schema'
  | 'otherServer'
  | 'otherClient'
  | 'ownChanges'
  | 'stale'
  | 'gap';

export class BundleError extends Error {
  constructor(
    readonly problem: BundleProblem,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`bundle: ${problem}`);
    this.name = 'BundleError';
  }
}
