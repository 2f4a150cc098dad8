/** What an open store is, on either backend: the typed query builder, one way to write, one to read. */
import type Database from 'better-sqlite3';
import type { Kysely, PostgresPool } from 'kysely';
import type { StoreSchema } from './schema.js';

export interface StoreOptions {
  /** SQLite file path, or a `postgres://` / `postgresql://` URL (a PostgreSQL database). */
  readonly location: string;
  /** How long to wait for another process's write lock before failing. Default 5000 ms. */
  readonly busyTimeoutMs?: number;
  /** Create the store when it does not exist (default true); false gives a `not-found` error instead. */
  readonly create?: boolean;
  /**
   * PostgreSQL connections to use instead of connecting to `location` (which then only names the
   * store in messages): an in-process PostgreSQL in tests (`pglitePool`), or a pool the caller owns.
   */
  readonly postgresPool?: PostgresPool;
}

interface StoreBase {
  /** The location as given, with any password in a URL masked: safe to print. */
  readonly location: string;
  readonly db: Kysely<StoreSchema>;
  /**
   * Runs `fn` in one write transaction, taking the store's write lock first (SQLite's `begin
   * immediate`; a PostgreSQL advisory lock), so writers queue instead of failing half-way.
   */
  write<T>(fn: (tx: Kysely<StoreSchema>) => Promise<T>): Promise<T>;
  /** Runs a read; failures come back as StoreError. */
  read<T>(fn: (db: Kysely<StoreSchema>) => Promise<T>): Promise<T>;
  /** The database's own check of its files: empty when sound (SQLite's `integrity_check`; nothing to check on PostgreSQL). */
  integrityCheck(): Promise<string[]>;
  close(): Promise<void>;
}

/** A store in one SQLite file. */
export interface SqliteStore extends StoreBase {
  readonly kind: 'sqlite';
  /**
   * The SQLite connection under `db`, for hot paths that prepare their statements once (placing
   * articles). It is the same connection, so inside `write` it is inside the transaction.
   */
  readonly sqlite: Database.Database;
}

/** A store in a PostgreSQL database (its current schema). */
export interface PostgresStore extends StoreBase {
  readonly kind: 'postgres';
}

/** An open store. */
export type Store = SqliteStore | PostgresStore;
