import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import {
  INT8_OID,
  parseInt8,
  parseTimestamptz,
  TIMESTAMPTZ_OID,
  type Database,
  type Queryable,
  type TransactionOptions,
} from './database';

/**
 * Embedded PostgreSQL (PGlite) in a data folder, or in memory when `dataDir` is undefined
 * (tests). One connection: transactions run one at a time, which is also what the
 * change counter's lock gives on a real server.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({
    dataDir,
    parsers: { [INT8_OID]: parseInt8, [TIMESTAMPTZ_OID]: parseTimestamptz },
  });
  const run = async <R>(
    target: Pick<PGlite, 'query'>,
    text: string,
    params?: readonly unknown[],
  ): Promise<R[]> => (await target.query<R>(text, params as unknown[] | undefined)).rows;
  return {
    kind: 'pglite',
    query: (text, params) => run(db, text, params),
    transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T> {
      return db.transaction(async (tx) => {
        if (options?.isolation || options?.readOnly) {
          const parts = [];
          if (options.isolation) parts.push(`ISOLATION LEVEL ${options.isolation.toUpperCase()}`);
          if (options.readOnly) parts.push('READ ONLY');
          await tx.query(`SET TRANSACTION ${parts.join(' ')}`);
        }
        return fn({ query: (text, params) => run(tx, text, params) });
      });
    },
    close: () => db.close(),
  };
}
