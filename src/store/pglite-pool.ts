/**
 * An in-process PostgreSQL (PGlite) as the connection pool of kysely's PostgreSQL dialect, so a
 * PostgreSQL store runs its real queries without a server: the store's tests use it through
 * `openStore({location: 'postgres://…', postgresPool: pglitePool(pglite, {schema})})`. PGlite is one
 * session, so the pool hands it out to one user at a time; each pool may keep its store in its own
 * schema, so one PGlite (slow to start) serves many stores.
 */
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/** What the pool needs of PGlite (its `query`); structural, so the store does not depend on the package. */
export interface InProcessPostgres {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }>;
}

export interface PglitePoolOptions {
  /** The schema the store lives in (created on first use); default PGlite's current one (`public`). */
  readonly schema?: string;
}

/** The session's owner and search path, shared by every pool over one PGlite. */
interface Session {
  tail: Promise<void>;
  schema: string | null;
}

const sessions = new WeakMap<InProcessPostgres, Session>();
/** The statements whose affected-row count kysely reports (the others report none). */
const COUNTED = /^\s*(insert|update|delete|merge)\b/i;

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** A kysely `PostgresPool` over `pglite`; ending the pool leaves the PGlite open (its owner closes it). */
export function pglitePool(pglite: InProcessPostgres, options: PglitePoolOptions = {}): PostgresPool {
  const { schema } = options;
  let session = sessions.get(pglite);
  if (session === undefined) sessions.set(pglite, (session = { tail: Promise.resolve(), schema: null }));
  const shared = session;

  return {
    async connect(): Promise<PostgresPoolClient> {
      const previous = shared.tail;
      let release!: () => void;
      shared.tail = new Promise((resolve) => (release = resolve));
      await previous;
      try {
        if (schema !== undefined && shared.schema !== schema) {
          await pglite.query(`create schema if not exists ${quoteIdent(schema)}`);
          await pglite.query(`set search_path to ${quoteIdent(schema)}`);
          shared.schema = schema;
        }
      } catch (error) {
        release();
        throw error;
      }
      const query = async <R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> => {
        const result = await pglite.query<R>(sql, [...parameters]);
        const verb = COUNTED.exec(sql)?.[1]?.toUpperCase() as 'INSERT' | 'UPDATE' | 'DELETE' | 'MERGE' | undefined;
        return { command: verb ?? 'SELECT', rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
      };
      return { query: query as PostgresPoolClient['query'], release: () => release() };
    },
    end: async () => undefined,
  };
}
