/**
 * The server's one door to its storage: PostgreSQL when DATABASE_URL is set, otherwise an
 * embedded PostgreSQL (PGlite) in a data folder. Both speak the same SQL, so every query and
 * migration is written once. Rows come back with bigints as numbers (counters stay far below
 * 2^53) and timestamps as ISO strings, whichever engine answered.
 */
export interface Queryable {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface TransactionOptions {
  /** Pulls read in one snapshot (REPEATABLE READ); pushes use the default and lock what they change. */
  isolation?: 'read committed' | 'repeatable read';
  readOnly?: boolean;
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

export const INT8_OID = 20;
export const TIMESTAMPTZ_OID = 1184;

export const parseInt8 = (value: string): number => Number(value);
export const parseTimestamptz = (value: string): string => new Date(value).toISOString();

/** The statement that opens a transaction with these options. */
export function beginStatement(options: TransactionOptions = {}): string {
  const parts = ['BEGIN'];
  if (options.isolation) parts.push(`ISOLATION LEVEL ${options.isolation.toUpperCase()}`);
  if (options.readOnly) parts.push('READ ONLY');
  return parts.join(' ');
}
