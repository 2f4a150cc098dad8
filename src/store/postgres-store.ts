/**
 * A PostgreSQL store, for shared and larger use: the same tables as SQLite (migrated on open, in one
 * transaction), reached through kysely's PostgreSQL dialect and a `pg` connection pool. Writers take
 * one advisory lock per transaction, so they queue as SQLite's writers do and every article's
 * placement sees all earlier ones.
 */
import { Kysely, PostgresDialect, sql, type PostgresPool } from 'kysely';
import { asStoreError, maskPassword, toStoreError } from './errors.js';
import { migrateStore } from './migrations.js';
import type { StoreSchema } from './schema.js';
import type { PostgresStore } from './store-types.js';

/** The advisory lock of the store's writers ("cros" in ASCII): one store per database schema, so one key. */
export const WRITE_LOCK_KEY = 0x63726f73;
/** Connections per process: an ingest writes on one and checks on another; the web server reads on the rest. */
const POOL_SIZE = 4;
/** A server that does not answer within this long is reported, rather than waited for. */
const CONNECT_TIMEOUT_MS = 10_000;

/** Opens (and migrates) the store in the PostgreSQL database `location` names, or in `pool` when given. */
export async function openPostgresStore(location: string, busyTimeoutMs: number, create: boolean, pool?: PostgresPool): Promise<PostgresStore> {
  const shown = maskPassword(location);
  const fail = (error: unknown) => toStoreError(error, shown, busyTimeoutMs);
  const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool: pool ?? (() => connect(location)) }) });
  try {
    await migrateStore(db, 'postgres', shown, create);
  } catch (error) {
    await db.destroy();
    throw fail(error);
  }
  // PostgreSQL's lock_timeout 0 waits for ever; SQLite's busy timeout 0 fails at once, so 0 becomes 1 ms.
  const lockTimeout = String(Math.max(1, busyTimeoutMs));

  return {
    kind: 'postgres',
    location: shown,
    db,
    write: (fn) => asStoreError(() => db.transaction().execute(async (tx) => {
      await sql`select set_config('lock_timeout', ${lockTimeout}, true)`.execute(tx);
      await sql`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`.execute(tx);
      return fn(tx);
    }), shown, busyTimeoutMs),
    read: (fn) => asStoreError(() => fn(db), shown, busyTimeoutMs),
    // The server keeps its own files sound; the store's invariants are `checkConsistency`'s.
    integrityCheck: async () => [],
    close: () => db.destroy(),
  };
}

/** A `pg` pool for the URL, loaded only when a PostgreSQL store is opened. */
async function connect(url: string): Promise<PostgresPool> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle connection the server drops is only taken out of the pool (the next query opens another);
  // without a listener the event would end the process.
  pool.on('error', () => undefined);
  return pool;
}
