import pg from 'pg';
import {
  beginStatement,
  INT8_OID,
  parseInt8,
  parseTimestamptz,
  TIMESTAMPTZ_OID,
  type Database,
  type Queryable,
  type TransactionOptions,
} from './database';

/** Column types parsed the same way PGlite parses them (see database.ts). */
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === INT8_OID) return parseInt8;
    if (oid === TIMESTAMPTZ_OID) return parseTimestamptz;
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PostgresOptions {
  connectionString: string;
  /** Connections per server instance; several instances share one PostgreSQL. */
  max?: number;
  /** Extra startup options, e.g. `-c search_path=…` for a test's own schema. */
  options?: string;
}

export function openPostgres({ connectionString, max = 10, options }: PostgresOptions): Database {
  const pool = new pg.Pool({ connectionString, max, types: typeParsers, options });
  // An idle connection that drops (database restart) must not take the process down.
  pool.on('error', (error) => console.error(`postgres: idle connection failed: ${error.message}`));
  const run = async <R>(client: pg.Pool | pg.PoolClient, text: string, params?: readonly unknown[]) =>
    (await client.query({ text, values: params as unknown[] | undefined })).rows as R[];
  return {
    kind: 'postgres',
    query: (text, params) => run(pool, text, params),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>, txOptions?: TransactionOptions): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query(beginStatement(txOptions));
        const result = await fn({ query: (text, params) => run(client, text, params) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
