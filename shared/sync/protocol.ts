import { z } from 'zod';
import { SERVER_MANAGED_FIELDS, SYNCED_TABLES } from '../model/record';
import { ROLES, type SessionUser } from '../auth/roles';
import type { OutboxEntry } from './outbox';

/**
 * The sync protocol (docs/ARCHITECTURE.md "Sync protocol"): request and response shapes of
 * `/api/auth/*` and `/api/sync/*`, as zod schemas the server validates requests with and the
 * client validates responses with, so both agree by construction. Modelled on Replicache's
 * push/pull: idempotent mutation ids per client, an opaque cursor that cannot skip, and a
 * client that rebases its pending changes on what the server sends.
 */

/** Mutations per push page (DESIGN: ~500 mutations / 2 MB). */
export const MAX_PUSH_MUTATIONS = 500;
/** Bytes of mutations per push page, as JSON. */
export const MAX_PUSH_BYTES = 2 * 1024 * 1024;
/** The server refuses larger request bodies with 413: a page plus headroom for long texts. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Rows per pull page the server will send at most. */
export const MAX_PULL_LIMIT = 5000;
export const DEFAULT_PULL_LIMIT = 1000;

/** Codes from district down joined by "/", or '' for the whole city. */
export const ORG_PATH_PATTERN = /^(\d{1,15}(\/\d{1,15}){0,5})?$/;
export const orgPathSchema = z.string().max(120).regex(ORG_PATH_PATTERN);

const SERVER_FIELDS = new Set<string>([...SERVER_MANAGED_FIELDS, 'id']);
/** Field names a client may set: not the server's, not the key, no odd characters. */
const fieldName = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
  .refine((name) => !SERVER_FIELDS.has(name), 'server-managed field');

export const recordIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]+$/);
export const clientIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
/** `<millis base36 ×11>-<counter base36 ×5>-<node>` (shared/sync/hlc.ts). */
export const hlcSchema = z
  .string()
  .max(100)
  .regex(/^[0-9a-z]{11}-[0-9a-z]{5}-[A-Za-z0-9_-]{1,64}$/);

export const mutationSchema = z.object({
  clientId: clientIdSchema,
  mutationId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  hlc: hlcSchema,
  table: z.enum(SYNCED_TABLES),
  id: recordIdSchema,
  op: z.enum(['create', 'update', 'delete']),
  changedFields: z
    .record(fieldName, z.unknown())
    .refine((f) => Object.keys(f).length <= 300, 'too many fields'),
  baseRev: z.number().int().nonnegative().optional(),
  baseOrgPath: z.string().max(120).optional(),
});
export type Mutation = z.infer<typeof mutationSchema>;

// What the outbox holds is what goes over the wire.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _mutation: Same<Omit<Mutation, 'op'> & { op: OutboxEntry['op'] }, OutboxEntry> = true;
void _mutation;

export const pushRequestSchema = z.object({
  clientId: clientIdSchema,
  /** Ascending and consecutive mutation ids of this client. */
  mutations: z.array(mutationSchema).max(MAX_PUSH_MUTATIONS),
  /**
   * Set when a workstation pushes another client's changes from a bundle file: scope is
   * then checked for the whole push (403 and nothing applied), because another user with a
   * wider scope may import the same bundle later. A client's own changes that it may not
   * make are rejected one by one instead, so they never block its queue.
   */
  bundle: z.boolean().optional(),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** Why a mutation was refused for good; the client lists it and reverts the record. */
export type RejectCode = 'forbidden' | 'gone' | 'invalid' | 'clock';

export const rejectedSchema = z.object({
  mutationId: z.number(),
  table: z.string(),
  id: z.string(),
  op: z.enum(['create', 'update', 'delete']),
  code: z.enum(['forbidden', 'gone', 'invalid', 'clock']),
  message: z.string(),
  changedFields: z.record(z.string(), z.unknown()),
});
export type RejectedMutation = z.infer<typeof rejectedSchema>;

const conflictSideSchema = z.object({
  /** The field's value; absent when this side deleted the record. */
  value: z.unknown().optional(),
  deleted: z.boolean().optional(),
  hlc: z.string(),
  at: z.string(),
  user: z.string(),
});
export type ConflictSide = z.infer<typeof conflictSideSchema>;

export const conflictSchema = z.object({
  id: z.string(),
  table: z.string(),
  recordId: z.string(),
  orgPath: z.string(),
  /** The field both changed; null when one side deleted the record while the other edited it. */
  field: z.string().nullable(),
  kind: z.enum(['field', 'delete']),
  /** The pushing client's change. */
  mine: conflictSideSchema,
  /** The change it met on the server. */
  theirs: conflictSideSchema,
  winner: z.enum(['mine', 'theirs']),
  /** For a delete conflict: the record as it was, to restore it. */
  restore: z.record(z.string(), z.unknown()).optional(),
  createdAt: z.string(),
});
export type ConflictInfo = z.infer<typeof conflictSchema>;

export const pushResponseSchema = z.object({
  lastMutationId: z.number(),
  rejected: z.array(rejectedSchema),
  conflicts: z.array(conflictSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/**
 * One row of a pull: the record as the server holds it now (full data), or a tombstone, or
 * `gone` when it moved out of the reader's scope (the client drops it like a tombstone).
 */
export const changeRowSchema = z.object({
  table: z.enum(SYNCED_TABLES),
  id: z.string(),
  rev: z.number(),
  data: z.record(z.string(), z.unknown()).optional(),
  deleted: z.boolean().optional(),
  gone: z.boolean().optional(),
  updatedAt: z.string().optional(),
  updatedBy: z.string().optional(),
  /** Latest HLC in the row, so the client's clock moves past what it has seen. */
  hlc: z.string().optional(),
});
export type ChangeRow = z.infer<typeof changeRowSchema>;

export const pullResponseSchema = z.object({
  changes: z.array(changeRowSchema),
  /** Opaque; pass it back to continue. */
  cursor: z.string(),
  hasMore: z.boolean(),
  /** Last mutation of the asking client the server has applied: the client drops those entries. */
  lastMutationId: z.number(),
  /** The cursor is too old or of another scope: reload a snapshot (keeping local changes). */
  reset: z.boolean().optional(),
  /** While a snapshot loads: rows sent so far and in all. */
  progress: z.object({ done: z.number(), total: z.number() }).optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** No NUL: PostgreSQL cannot hold it, and no real name or password has one (a 400, not a 500). */
const noNul = (s: string) => !s.includes('\u0000');

export const loginRequestSchema = z.object({
  username: z.string().min(1).max(64).refine(noNul),
  password: z.string().min(1).max(256).refine(noNul),
  /** This workstation's client id, so the answer can say whether it is already another's. */
  clientId: clientIdSchema.optional(),
});

/**
 * A sign-in name as the server compares it, everywhere (user lookup and the sign-in rate
 * limit): NFKC, then lower case, once, in one place. `vİewer` (U+0130) is then not `viewer`
 * for the lookup either, so it cannot win fresh attempts under another key.
 */
export function loginName(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES as [SessionUser['role'], ...SessionUser['role'][]]),
  scope: z.string(),
  responderId: z.string().optional(),
});

export const loginResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: sessionUserSchema,
  /** Identifies the server's database: cursors and bundles of another server are refused. */
  serverId: z.string(),
  /**
   * The client id sent belongs to someone else (another user, or an office that syncs by
   * bundle): a push under it would be refused `client_taken`, so the workstation needs a new one.
   */
  clientTaken: z.boolean().optional(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const historyEntrySchema = z.object({
  /** Position in the server's history; pass the last one as `before` for the next page. */
  id: z.number(),
  at: z.string(),
  user: z.string(),
  clientId: z.string(),
  mutationId: z.number(),
  op: z.enum(['create', 'update', 'delete']),
  /** Fields the change set: [old, new]; null stands for "no value". */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
  /** Fields whose new value lost to a later change (per-field last writer wins). */
  lost: z.array(z.string()),
  conflict: z.boolean(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyResponseSchema = z.object({
  entries: z.array(historyEntrySchema),
  hasMore: z.boolean(),
});
export type HistoryResponse = z.infer<typeof historyResponseSchema>;

export const recordResponseSchema = z.object({ row: changeRowSchema.nullable() });

/** Error codes of `{error: {code, message}}`; the HTTP status says the class. */
export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'token_expired'
  | 'forbidden'
  | 'not_found'
  | 'gap'
  | 'client_taken'
  | 'too_large'
  | 'rate_limited'
  | 'internal';

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** For a gap: the last mutation id the server has; for 403 on a bundle: the refused records. */
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** UTF-8 length of a string, without TextEncoder (shared/ sees no DOM or Node). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The JSON size of a mutation in bytes, for paging pushes under MAX_PUSH_BYTES. */
export function mutationBytes(m: Mutation | OutboxEntry): number {
  return utf8Length(JSON.stringify(m));
}
