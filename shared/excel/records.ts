import { dequal } from 'dequal';
import { SERVER_MANAGED_FIELDS } from '../model/record';

/** Comparable form of a record: no id, no server fields, no undefined values. */
function comparable(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (v === undefined || k === 'id' || (SERVER_MANAGED_FIELDS as readonly string[]).includes(k)) continue;
    out[k] = v;
  }
  return out;
}

export function sameRecord(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return dequal(comparable(a), comparable(b));
}
