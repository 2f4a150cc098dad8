/**
 * The store's one error type, and the one place where database failures become messages a user
 * can act on (a locked file, a file that is not a store, a store from a newer version).
 */

/** Why a store operation failed; `code` is stable for scripts and tests. */
export type StoreErrorCode =
  | 'locked'
  | 'not-a-store'
  | 'unsupported-backend'
  | 'newer-schema'
  | 'unreadable'
  | 'read-only'
  | 'not-found'
  | 'bad-request'
  | 'database';

/** A store failure with a message naming the file and the fix. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isStoreError = (e: unknown): e is StoreError => e instanceof StoreError;

/** SQLite result codes better-sqlite3 reports as `error.code`. */
const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED']);
const NOT_A_STORE_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);
const UNREADABLE_CODES = new Set(['SQLITE_CANTOPEN', 'SQLITE_IOERR', 'SQLITE_PERM', 'SQLITE_AUTH']);

/**
 * PostgreSQL's SQLSTATEs (and the connection failures `pg` reports as Node error codes), by what
 * the user can do about them.
 */
const PG_LOCKED_CODES = new Set(['55P03', '40P01']); // lock_not_available (lock_timeout), deadlock_detected
const PG_NO_DATABASE = '3D000'; // invalid_catalog_name: the URL names no database
const PG_NOT_A_STORE_CODES = new Set(['42P07', '42701']); // duplicate_table, duplicate_column: another application's tables
const PG_READ_ONLY_CODES = new Set(['25006', '42501']); // read_only_sql_transaction, insufficient_privilege
const PG_UNREADABLE_CODES = new Set(['28P01', '28000', '08001', '08006', '57P03', 'ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN']);
const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/** Whether a store location names a PostgreSQL database. */
export const isPostgresLocation = (location: string): boolean => POSTGRES_URL.test(location);

/** A location safe to print: the password of a `postgres://user:password@host/db` URL masked. */
export function maskPassword(location: string): string {
  return isPostgresLocation(location) ? location.replace(/^([a-z]+:\/\/[^:@/]*):[^@/]*@/i, '$1:***@') : location;
}

/** Maps any failure of a store operation on `location` to a StoreError; StoreErrors pass through. */
/** Runs `work`, turning any failure into the StoreError `toStoreError` makes of it for `location`. */
export async function asStoreError<T>(work: () => Promise<T>, location: string, busyTimeoutMs?: number): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStoreError(error, location, busyTimeoutMs);
  }
}

export function toStoreError(error: unknown, location: string, busyTimeoutMs?: number): StoreError {
  if (error instanceof StoreError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (isPostgresLocation(location)) return postgresError(error, code, detail, location, busyTimeoutMs);
  const base = code.split('_').slice(0, 2).join('_');
  if (BUSY_CODES.has(code) || BUSY_CODES.has(base)) {
    const waited = busyTimeoutMs === undefined ? '' : ` (waited ${busyTimeoutMs} ms)`;
    return new StoreError('locked', `the store ${location} is locked by another process${waited}; wait for it to finish or raise --busy-timeout`, { cause: error });
  }
  if (NOT_A_STORE_CODES.has(code) || NOT_A_STORE_CODES.has(base)) {
    return new StoreError('not-a-store', `${location} is not a Crosscheck store (not an SQLite database, or damaged: ${detail}); it was left untouched — pass another --db file`, { cause: error });
  }
  if (code === 'SQLITE_READONLY' || base === 'SQLITE_READONLY') {
    return new StoreError('read-only', `the store ${location} cannot be written (${detail}); check the file's and folder's permissions`, { cause: error });
  }
  if (UNREADABLE_CODES.has(code) || UNREADABLE_CODES.has(base)) {
    return new StoreError('unreadable', `cannot open the store ${location} (${detail}); check that the folder exists and is writable`, { cause: error });
  }
  return new StoreError('database', `store ${location}: ${detail}`, { cause: error });
}

function postgresError(error: unknown, code: string, detail: string, location: string, busyTimeoutMs?: number): StoreError {
  if (PG_LOCKED_CODES.has(code)) {
    const waited = busyTimeoutMs === undefined ? '' : ` (waited ${busyTimeoutMs} ms)`;
    return new StoreError('locked', `the store ${location} is locked by another process${waited}; wait for it to finish or raise --busy-timeout`, { cause: error });
  }
  if (code === PG_NO_DATABASE) {
    return new StoreError('not-found', `no database at ${location} (${detail}); create it first (\`createdb NAME\`) or fix the URL`, { cause: error });
  }
  if (PG_NOT_A_STORE_CODES.has(code)) {
    return new StoreError('not-a-store', `${location} is not a Crosscheck store (${detail}); it holds other tables — give Crosscheck its own database or schema`, { cause: error });
  }
  if (PG_READ_ONLY_CODES.has(code)) {
    return new StoreError('read-only', `the store ${location} cannot be written (${detail}); check the database user's rights`, { cause: error });
  }
  if (PG_UNREADABLE_CODES.has(code)) {
    return new StoreError('unreadable', `cannot connect to the store ${location} (${detail || code}); check that the PostgreSQL server is running and the URL's host, port, user and password`, { cause: error });
  }
  return new StoreError('database', `store ${location}: ${detail}`, { cause: error });
}
