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

/** Maps any failure of a store operation on `location` to a StoreError; StoreErrors pass through. */
export function toStoreError(error: unknown, location: string, busyTimeoutMs?: number): StoreError {
  if (error instanceof StoreError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const detail = error instanceof Error ? error.message : String(error);
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
