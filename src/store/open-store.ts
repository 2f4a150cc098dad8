/**
 * Opening a store: SQLite by default (one file, WAL journal, schema migrated on open); a
 * `postgres://` URL is recognised and reported as not supported yet.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import { StoreError, toStoreError } from './errors.js';
import { migrationProvider } from './migrations.js';
import type { StoreSchema } from './schema.js';

/** The store file used when neither `--db` nor `CROSSCHECK_DB` names one. */
export const DEFAULT_STORE_FILE = './crosscheck.db';
/** Long enough to outwait another command's single-article transaction, short enough to report a stuck lock. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;
/**
 * WAL with `synchronous=NORMAL` keeps every committed transaction across a killed process (only a
 * power loss can drop the last ones) and lets readers run beside one writer.
 */
const SYNCHRONOUS = 'NORMAL';
const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;
/** Prepared statements kept for reuse: the queries of one article placement, with room for `in (…)` lists of many lengths. */
const STATEMENT_CACHE_SIZE = 256;

export interface StoreOptions {
  /** SQLite file path (or a `postgres://` URL, not supported yet). */
  readonly location: string;
  /** How long to wait for another process's lock before failing. Default 5000 ms. */
  readonly busyTimeoutMs?: number;
  /** Create the file when it does not exist (default true); false gives a `not-found` error instead. */
  readonly create?: boolean;
}

/** An open store: the typed query builder and the one way to write (a transaction). */
export interface Store {
  readonly location: string;
  readonly db: Kysely<StoreSchema>;
  /**
   * The SQLite connection under `db`, for hot paths that prepare their statements once (placing
   * articles, searching). It is the same connection, so inside `write` it is inside the transaction.
   */
  readonly sqlite: Database.Database;
  /** Runs `fn` in one write transaction, taking the write lock first so it never fails half-way on a lock. */
  write<T>(fn: (tx: Kysely<StoreSchema>) => Promise<T>): Promise<T>;
  /** Runs a read; failures come back as StoreError. */
  read<T>(fn: (db: Kysely<StoreSchema>) => Promise<T>): Promise<T>;
  /** SQLite's own check of the file: empty when the file is sound. */
  integrityCheck(): Promise<string[]>;
  close(): Promise<void>;
}

/** The store location the CLI uses: the flag, else `CROSSCHECK_DB`, else `./crosscheck.db`. */
export function resolveStoreLocation(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['CROSSCHECK_DB'];
  return flag ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : DEFAULT_STORE_FILE);
}

/** Opens (and migrates) a store. Throws StoreError with a message naming the file and the fix. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { location } = options;
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  if (typeof location !== 'string' || location === '') throw new StoreError('bad-request', 'openStore: give a store location (a file path)');
  if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) {
    throw new StoreError('bad-request', `busy timeout must be a whole number of milliseconds ≥ 0 (got ${String(busyTimeoutMs)})`);
  }
  if (POSTGRES_URL.test(location)) {
    throw new StoreError('unsupported-backend', 'PostgreSQL stores are not supported yet; use an SQLite file (--db FILE)');
  }
  if (options.create === false && !existsSync(location)) {
    throw new StoreError('not-found', `no store at ${location}; run \`crosscheck ingest\` first or pass --db FILE`);
  }

  let sqlite: Database.Database;
  try {
    sqlite = new Database(location, { timeout: busyTimeoutMs });
  } catch (error) {
    throw toStoreError(error, location, busyTimeoutMs);
  }
  try {
    // Reading the header first: a file that is not a database fails here, before anything is written.
    sqlite.pragma('schema_version');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`synchronous = ${SYNCHRONOUS}`);
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    sqlite.close();
    throw toStoreError(error, location, busyTimeoutMs);
  }

  const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const fail = (error: unknown) => toStoreError(error, location, busyTimeoutMs);
  try {
    await migrate(db, location);
  } catch (error) {
    await db.destroy();
    throw fail(error);
  }

  return {
    location,
    db,
    sqlite,
    async write(fn) {
      try {
        return await db.connection().execute(async (conn) => {
          await sql`begin immediate`.execute(conn);
          try {
            const result = await fn(conn);
            await sql`commit`.execute(conn);
            return result;
          } catch (error) {
            if (sqlite.inTransaction) await sql`rollback`.execute(conn);
            throw error;
          }
        });
      } catch (error) {
        throw fail(error);
      }
    },
    async read(fn) {
      try {
        return await fn(db);
      } catch (error) {
        throw fail(error);
      }
    },
    async integrityCheck() {
      const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
      return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    },
    close: () => db.destroy(),
  };
}

async function migrate(db: Kysely<StoreSchema>, location: string): Promise<void> {
  const known = new Set(Object.keys(await migrationProvider.getMigrations()));
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db);
  if (tables.rows.length > 0) {
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const unknown = applied.rows.find((m) => !known.has(m.name));
    if (unknown !== undefined) {
      throw new StoreError('newer-schema', `the store ${location} was written by a newer Crosscheck (migration ${unknown.name}); upgrade Crosscheck to read it`);
    }
  }
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error !== undefined) throw error;
}

/**
 * The database as kysely's SQLite dialect sees it, with prepared statements reused: preparing each
 * query anew took about a sixth of an ingest's time.
 */
function withStatementCache(sqlite: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(query: string) {
      let stmt = cache.get(query);
      if (stmt === undefined) {
        stmt = sqlite.prepare(query);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(query, stmt);
      } else {
        // Least recently used goes first: re-inserting keeps hot statements at the end.
        cache.delete(query);
        cache.set(query, stmt);
      }
      return stmt;
    },
  };
}
