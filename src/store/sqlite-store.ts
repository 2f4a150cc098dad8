/** An SQLite store: one file, WAL journal, schema migrated on open. */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import { StoreError, asStoreError, toStoreError } from './errors.js';
import { migrateStore } from './migrations.js';
import type { StoreSchema } from './schema.js';
import type { SqliteStore } from './store-types.js';

/**
 * WAL with `synchronous=NORMAL` keeps every committed transaction across a killed process (only a
 * power loss can drop the last ones) and lets readers run beside one writer.
 */
const SYNCHRONOUS = 'NORMAL';
/** Prepared statements kept for reuse: the queries of one article placement, with room for `in (…)` lists of many lengths. */
const STATEMENT_CACHE_SIZE = 256;

/** Opens (and migrates) the SQLite store in `location`. Throws StoreError with a message naming the file and the fix. */
export async function openSqliteStore(location: string, busyTimeoutMs: number, create: boolean): Promise<SqliteStore> {
  if (!create && !existsSync(location)) {
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
    // An existing file without tables is made a store, as it always was.
    await migrateStore(db, 'sqlite', location, true);
  } catch (error) {
    await db.destroy();
    throw fail(error);
  }

  return {
    kind: 'sqlite',
    location,
    db,
    sqlite,
    write: (fn) => asStoreError(() => db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const result = await fn(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (error) {
        if (sqlite.inTransaction) await sql`rollback`.execute(conn);
        throw error;
      }
    }), location, busyTimeoutMs),
    read: (fn) => asStoreError(() => fn(db), location, busyTimeoutMs),
    async integrityCheck() {
      const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
      return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    },
    close: () => db.destroy(),
  };
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
