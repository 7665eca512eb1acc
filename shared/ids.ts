import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';

/** A new record id: UUIDv7, so ids made offline on many clients never collide and sort by time. */
export function newId(): string {
  return uuidv7();
}

/**
 * A UUIDv7 from given parts, for the demo generator: the same seed gives the same ids.
 * `random` must hold 16 bytes.
 */
export function idFromParts(msecs: number, random: Uint8Array): string {
  return uuidv7({ msecs, seq: 0, random });
}

/** Fixed namespace for ids of shipped reference data (random, made once for Street Desk). */
const REFERENCE_NAMESPACE = '4f0e1c52-8b0a-4d52-9f57-3a5d0c1e7b21';

/**
 * Reference org units (districts, streets) are shipped, not made on a client, so their ids
 * are derived from the statistical code (UUIDv5): every client and the server agree on
 * them without syncing.
 */
export function referenceOrgId(code: string): string {
  return uuidv5(`org:${code}`, REFERENCE_NAMESPACE);
}
