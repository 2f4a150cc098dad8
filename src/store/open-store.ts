/**
 * Opening a store: SQLite by default (one file, nothing to start); a `postgres://` or
 * `postgresql://` URL selects PostgreSQL, for shared and larger use. Both run the same migrations
 * and serve the same API.
 */
import { StoreError, isPostgresLocation } from './errors.js';
import { openPostgresStore } from './postgres-store.js';
import { openSqliteStore } from './sqlite-store.js';
import type { Store, StoreOptions } from './store-types.js';

export type { PostgresStore, SqliteStore, Store, StoreOptions } from './store-types.js';

/** The store file used when neither `--db` nor `CROSSCHECK_DB` names one. */
export const DEFAULT_STORE_FILE = './crosscheck.db';
/** Long enough to outwait another command's single-article transaction, short enough to report a stuck lock. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/** The store location the CLI uses: the flag, else `CROSSCHECK_DB`, else `./crosscheck.db`. */
export function resolveStoreLocation(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['CROSSCHECK_DB'];
  return flag ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : DEFAULT_STORE_FILE);
}

/** Opens (and migrates) a store. Throws StoreError with a message naming the store and the fix. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { location, postgresPool } = options;
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const create = options.create ?? true;
  if (typeof location !== 'string' || location === '') throw new StoreError('bad-request', 'openStore: give a store location (a file path or a postgres:// URL)');
  if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) {
    throw new StoreError('bad-request', `busy timeout must be a whole number of milliseconds ≥ 0 (got ${String(busyTimeoutMs)})`);
  }
  if (postgresPool !== undefined && !isPostgresLocation(location)) {
    throw new StoreError('bad-request', `openStore: with a PostgreSQL pool, name its database as a postgres:// URL (got "${location}")`);
  }
  return isPostgresLocation(location)
    ? openPostgresStore(location, busyTimeoutMs, create, postgresPool)
    : openSqliteStore(location, busyTimeoutMs, create);
}
