import type { Database, Queryable } from './database';
import {
  coordinatorReferenceRecords,
  referenceRecords,
  type ExistingReferenceRow,
  type ReferenceRecord,
} from '../sync/reference';

/**
 * Versioned schema migrations. A released migration is never edited: a change is a new
 * entry. They run at start in one transaction under an advisory lock, so several server
 * instances starting together against one PostgreSQL apply each migration once.
 */
export interface Migration {
  version: number;
  name: string;
  up(tx: Queryable): Promise<void>;
}

const sql =
  (text: string) =>
  async (tx: Queryable): Promise<void> => {
    for (const statement of text
      .split(/;\s*\n/)
      .map((s) => s.trim())
      .filter(Boolean))
      await tx.query(statement);
  };

/**
 * Writes shipped rows as records with fresh revisions, as a push would, so signed-in clients
 * receive them. A row already there (an id derived from its code) is left as it is.
 */
async function insertReferenceRecords(tx: Queryable, rows: readonly ReferenceRecord[]): Promise<void> {
  const [{ seq }] = (await tx.query<{ seq: number }>(
    'SELECT seq FROM sync_state WHERE id = 1 FOR UPDATE',
  )) as [{ seq: number }];
  const numbered = rows.map((r, i) => ({ ...r, rev: seq + i + 1 }));
  await tx.query(
    `INSERT INTO records (tbl, id, org_path, data, stamps, deleted, rev, max_hlc, updated_at, updated_by)
     SELECT x.tbl, x.id, x.org_path, x.data, x.stamps, false, x.rev, x.max_hlc, now(), x.updated_by
       FROM jsonb_to_recordset($1::jsonb)
         AS x(tbl text, id text, org_path text, data jsonb, stamps jsonb, rev bigint, max_hlc text, updated_by text)
     ON CONFLICT (tbl, id) DO NOTHING`,
    [
      JSON.stringify(
        numbered.map((r) => ({
          tbl: r.table,
          id: r.id,
          org_path: r.orgPath,
          data: r.data,
          stamps: Object.fromEntries(Object.keys(r.data).map((f) => [f, [r.hlc, r.rev]])),
          rev: r.rev,
          max_hlc: r.hlc,
          updated_by: r.updatedBy,
        })),
      ),
    ],
  );
  await tx.query('UPDATE sync_state SET seq = $1 WHERE id = 1', [seq + rows.length]);
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, sessions, records, change log',
    up: sql(`
      CREATE TABLE users (
        id text PRIMARY KEY,
        username text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'street', 'dispatcher', 'field', 'viewer')),
        scope text COLLATE "C" NOT NULL,
        password_hash text NOT NULL,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        password_set_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_username ON users (lower(username));

      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_user ON sessions (user_id);

      CREATE TABLE rate_limits (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL
      );

      CREATE TABLE sync_state (
        id integer PRIMARY KEY CHECK (id = 1),
        server_id text NOT NULL,
        seq bigint NOT NULL,
        purged_seq bigint NOT NULL
      );
      INSERT INTO sync_state (id, server_id, seq, purged_seq) VALUES (1, gen_random_uuid()::text, 0, 0);

      CREATE TABLE clients (
        client_id text PRIMARY KEY,
        last_mutation_id bigint NOT NULL DEFAULT 0,
        last_user_id text,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        last_push_at timestamptz
      );

      CREATE TABLE records (
        tbl text NOT NULL,
        id text NOT NULL,
        org_path text COLLATE "C" NOT NULL,
        data jsonb NOT NULL,
        stamps jsonb NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        deleted_stamp jsonb,
        rev bigint NOT NULL,
        max_hlc text NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        PRIMARY KEY (tbl, id)
      );
      CREATE UNIQUE INDEX records_rev ON records (rev);
      CREATE INDEX records_scope ON records (org_path, tbl, id) WHERE NOT deleted;

      CREATE TABLE departures (
        seq bigint PRIMARY KEY,
        tbl text NOT NULL,
        id text NOT NULL,
        old_path text COLLATE "C" NOT NULL,
        new_path text COLLATE "C" NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE history (
        id bigserial PRIMARY KEY,
        tbl text NOT NULL,
        record_id text NOT NULL,
        rev bigint,
        org_path text COLLATE "C" NOT NULL,
        client_id text NOT NULL,
        mutation_id bigint NOT NULL,
        user_id text NOT NULL,
        user_name text NOT NULL,
        at timestamptz NOT NULL,
        op text NOT NULL,
        hlc text NOT NULL,
        changes jsonb NOT NULL,
        lost jsonb NOT NULL,
        conflict boolean NOT NULL DEFAULT false,
        via_bundle boolean NOT NULL DEFAULT false
      );
      CREATE INDEX history_record ON history (tbl, record_id, id);
      CREATE INDEX history_rev ON history (rev) WHERE rev IS NOT NULL;
      CREATE UNIQUE INDEX history_mutation ON history (client_id, mutation_id);

      CREATE TABLE conflicts (
        id text PRIMARY KEY,
        tbl text NOT NULL,
        record_id text NOT NULL,
        org_path text COLLATE "C" NOT NULL,
        field text,
        client_id text NOT NULL,
        mutation_id bigint NOT NULL,
        info jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        resolved_at timestamptz,
        resolved_by text,
        resolution text
      );
      CREATE INDEX conflicts_record ON conflicts (tbl, record_id);
      CREATE UNIQUE INDEX conflicts_once ON conflicts (client_id, mutation_id, coalesce(field, ''));

      CREATE TABLE rejected (
        client_id text NOT NULL,
        mutation_id bigint NOT NULL,
        tbl text NOT NULL,
        record_id text NOT NULL,
        code text NOT NULL,
        message text NOT NULL,
        mutation jsonb NOT NULL,
        user_id text NOT NULL,
        at timestamptz NOT NULL,
        PRIMARY KEY (client_id, mutation_id)
      );
    `),
  },
  {
    version: 2,
    name: 'reference districts and streets',
    // Every client ships these rows (renderer/db/reference.ts) and writes them without
    // capture; the server holds them too, so an edit of a street's name is an update of a
    // record it knows, and a client that signs in receives them with revisions.
    async up(tx) {
      await insertReferenceRecords(tx, referenceRecords());
    },
  },
  {
    version: 3,
    name: 'reference coordinator categories and departments',
    // Clients add these at first start (shared/coordinators/reference.ts); without them on the
    // server, a roster imported there (npm run server -- import) found no category at all.
    async up(tx) {
      const existing = await tx.query<{
        tbl: ExistingReferenceRow['table'];
        id: string;
        code: unknown;
        name: unknown;
      }>(
        `SELECT tbl, id, data->>'code' AS code, data->>'name' AS name FROM records
          WHERE tbl IN ('departments', 'coordinatorCategories') AND NOT deleted`,
      );
      await insertReferenceRecords(
        tx,
        coordinatorReferenceRecords(
          existing.map((r) => ({
            table: r.tbl,
            id: r.id,
            code: String(r.code ?? ''),
            name: String(r.name ?? ''),
          })),
        ),
      );
    },
  },
  {
    version: 4,
    name: 'a client id belongs to the user who first pushed with it',
    // Anyone could push under another workstation's id (it is visible in every HLC it wrote),
    // advance its counter and so make the real workstation's next writes "already applied".
    // A workstation that has pushed keeps the user it last pushed as.
    up: sql(`
      ALTER TABLE clients ADD COLUMN owner_id text;
      ALTER TABLE clients ADD COLUMN owner_session text;
      ALTER TABLE clients ADD COLUMN via_bundle boolean NOT NULL DEFAULT false;
      UPDATE clients c SET via_bundle = true
        WHERE EXISTS (SELECT 1 FROM history h WHERE h.client_id = c.client_id AND h.via_bundle);
      UPDATE clients SET owner_id = last_user_id WHERE last_user_id IS NOT NULL AND NOT via_bundle;
    `),
  },
  {
    version: 5,
    name: 'department accounts bound to a responding unit',
    // 双考核: a summoned department answers its evaluation through its own login. The account
    // names the unit it speaks for; pulls find that unit's calls by the call's responderId.
    up: sql(`
      ALTER TABLE users DROP CONSTRAINT users_role_check;
      ALTER TABLE users ADD CONSTRAINT users_role_check
        CHECK (role IN ('admin', 'street', 'dispatcher', 'field', 'viewer', 'department'));
      ALTER TABLE users ADD COLUMN responder_id text;
      ALTER TABLE users ADD CONSTRAINT users_department_responder
        CHECK ((role = 'department') = (responder_id IS NOT NULL));
      CREATE INDEX records_call_responder ON records ((data->>'responderId')) WHERE tbl = 'whistleCalls';
    `),
  },
];

export const LATEST_SERVER_SCHEMA = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Brings the database to the latest version; returns the versions it applied. */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return db.transaction(async (tx) => {
    // Any fixed key: instances starting at once wait here for each other.
    await tx.query('SELECT pg_advisory_xact_lock(4242001)');
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    );
    const newer = [...done].filter((v) => !migrations.some((m) => m.version === v));
    if (newer.length > 0) {
      throw new Error(
        `数据库由更新版本的服务器创建（迁移 ${newer.join(', ')}），请升级服务器。（The database was written by a newer server, migrations ${newer.join(', ')}; upgrade this server.）`,
      );
    }
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await m.up(tx);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
