/**
 * Schema migrations, applied in name order by kysely's Migrator when a store is opened. Never edit
 * a released migration: add the next one.
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { StoreError } from './errors.js';
import type { StoreSchema } from './schema.js';

/** The store's tables: a database or schema holding any of them without a store's migrations belongs to something else. */
const STORE_TABLES = ['articles', 'article_search', 'article_search_pending', 'corrections', 'duplicate_groups', 'duplicate_members', 'ingest_runs', 'stories', 'story_articles'];

/** The databases a store can live in. */
export type StoreBackend = 'sqlite' | 'postgres';

/**
 * The tables. The same DDL on both backends but for the jaccard column: SQLite's `real` is 8 bytes,
 * PostgreSQL's only 4, so PostgreSQL gets `double precision` and stores the same value.
 */
const initial = (backend: StoreBackend): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('articles')
      .addColumn('seq', 'integer', (c) => c.notNull().unique())
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('content_hash', 'text', (c) => c.notNull().unique())
      .addColumn('source', 'text', (c) => c.notNull().unique())
      .addColumn('url', 'text', (c) => c.unique())
      .addColumn('outlet', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('published', 'text')
      .addColumn('standfirst', 'text')
      .addColumn('byline', 'text')
      .addColumn('language', 'text')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('removed', 'text', (c) => c.notNull())
      .addColumn('genre', 'text', (c) => c.notNull())
      .addColumn('annotations', 'text', (c) => c.notNull())
      .addColumn('entity_names', 'text', (c) => c.notNull())
      .addColumn('diagnostics', 'text', (c) => c.notNull())
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .addColumn('run_id', 'integer')
      .execute();

    await db.schema.createTable('duplicate_groups')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('duplicate_members')
      .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id'))
      .addColumn('group_id', 'text', (c) => c.notNull().references('duplicate_groups.id'))
      .addColumn('copy_of', 'text')
      .addColumn('match_kind', 'text')
      .addColumn('jaccard', backend === 'postgres' ? 'double precision' : 'real')
      .execute();
    await db.schema.createIndex('duplicate_members_group').on('duplicate_members').column('group_id').execute();

    await db.schema.createTable('stories')
      .addColumn('seq', 'integer', (c) => c.notNull().unique())
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('first_published', 'text')
      .addColumn('last_published', 'text')
      .addColumn('merged_into', 'text')
      .execute();
    await db.schema.createTable('story_articles')
      .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id'))
      .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id'))
      .addColumn('joined_by', 'text', (c) => c.notNull())
      .addColumn('joined_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('story_articles_story').on('story_articles').column('story_id').execute();

    await db.schema.createTable('corrections')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('story_id', 'text', (c) => c.notNull())
      .addColumn('other_story_id', 'text', (c) => c.notNull())
      .addColumn('articles', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema.createTable('ingest_runs')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('inputs', 'text', (c) => c.notNull())
      .addColumn('stored', 'integer', (c) => c.notNull())
      .addColumn('skipped', 'integer', (c) => c.notNull())
      .addColumn('diagnostics', 'text', (c) => c.notNull())
      .execute();
  },
});

/**
 * What the story list searches without scanning every article: a full-text index (SQLite FTS5) of
 * article titles and entity names, kept in step with `articles` by triggers; an index on outlet; and
 * the list's own order (newest live story first) as an index, so a page reads 50 entries, not all.
 */
const searchIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    // With the id, the index alone leads from an outlet to its articles' stories (no read of the large article rows).
    await db.schema.createIndex('articles_outlet').on('articles').columns(['outlet', 'id']).execute();
    await sql`create index stories_newest on stories (coalesce(last_published, substr(updated_at, 1, 10)) desc, seq desc) where merged_into is null`.execute(db);
    // External content (the text stays in `articles` only), keyed by seq: the implicit rowid of a table
    // with a text primary key may change on VACUUM, seq never does.
    await sql`create virtual table article_search using fts5(title, entity_names, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger article_search_insert after insert on articles begin
      insert into article_search (rowid, title, entity_names) values (new.seq, new.title, new.entity_names); end`.execute(db);
    await sql`create trigger article_search_delete after delete on articles begin
      insert into article_search (article_search, rowid, title, entity_names) values ('delete', old.seq, old.title, old.entity_names); end`.execute(db);
    await sql`create trigger article_search_update after update of seq, title, entity_names on articles begin
      insert into article_search (article_search, rowid, title, entity_names) values ('delete', old.seq, old.title, old.entity_names);
      insert into article_search (rowid, title, entity_names) values (new.seq, new.title, new.entity_names); end`.execute(db);
    await sql`insert into article_search (article_search) values ('rebuild')`.execute(db);
  },
};

/**
 * The same search on PostgreSQL: each article's title and entity names as search tokens (see
 * search-tokens.ts, written by the placement writer beside the article) with a full-text (GIN)
 * index on each, so a search reads the index, not every article.
 */
const postgresSearchIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('articles_outlet').on('articles').columns(['outlet', 'id']).execute();
    await sql`create index stories_newest on stories (coalesce(last_published, substr(updated_at, 1, 10)) desc, seq desc) where merged_into is null`.execute(db);
    await sql`create table article_search (article_id text primary key references articles (id), title text not null, entity_names text not null)`.execute(db);
    // The 'simple' configuration: the tokens are already folded, and no language's stemming or stop words apply.
    await sql`create index article_search_title on article_search using gin (to_tsvector('simple', title))`.execute(db);
    await sql`create index article_search_entities on article_search using gin (to_tsvector('simple', entity_names))`.execute(db);
    // No rows to copy: a PostgreSQL store gets both migrations in the one transaction that creates it.
  },
};

/**
 * PostgreSQL's search tokens kept in step with `articles` whoever writes it: an article inserted
 * without tokens (by anything but the placement writer, which writes both in one statement) or whose
 * title or entity names change is queued in `article_search_pending` by a trigger (its stale tokens
 * dropped), and `indexPendingSearch` (search-tokens.ts) tokenises the queue before a search reads
 * the tokens. The tokens are made in the application, not in SQL, because FTS5's tokenisation
 * (Unicode letters and digits, Unicode case folding) does not depend on the database's locale there.
 * Articles stored without tokens before this migration are queued by it. SQLite's FTS5 table is kept
 * by triggers already: nothing to do there.
 */
const postgresSearchUpkeep: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table article_search_pending (article_id text primary key)`.execute(db);
    // Statement triggers with transition tables: one run per statement, not per row (a batch inserts hundreds).
    await sql`create function article_search_queue_inserted() returns trigger language plpgsql set search_path from current as $$
      begin
        insert into article_search_pending (article_id)
          select i.id from inserted i where not exists (select 1 from article_search s where s.article_id = i.id)
          on conflict do nothing;
        return null;
      end $$`.execute(db);
    await sql`create function article_search_queue_updated() returns trigger language plpgsql set search_path from current as $$
      begin
        with changed as (select n.id from updated n join previous o on o.id = n.id
            where n.title is distinct from o.title or n.entity_names is distinct from o.entity_names),
          dropped as (delete from article_search s using changed c where s.article_id = c.id)
        insert into article_search_pending (article_id) select id from changed on conflict do nothing;
        return null;
      end $$`.execute(db);
    await sql`create trigger article_search_inserted after insert on articles referencing new table as inserted
      for each statement execute function article_search_queue_inserted()`.execute(db);
    await sql`create trigger article_search_updated after update on articles referencing old table as previous new table as updated
      for each statement execute function article_search_queue_updated()`.execute(db);
    await sql`insert into article_search_pending (article_id)
      select a.id from articles a where not exists (select 1 from article_search s where s.article_id = a.id)`.execute(db);
  },
};

/** Every migration of a backend, by name; names sort in the order they apply and are the same on both backends. */
export function migrationsFor(backend: StoreBackend): Readonly<Record<string, Migration>> {
  return {
    '0001-initial': initial(backend),
    '0002-search-indexes': backend === 'postgres' ? postgresSearchIndexes : searchIndexes,
    '0003-search-upkeep': backend === 'postgres' ? postgresSearchUpkeep : { up: async () => undefined },
  };
}

/** The kysely Migrator's view of a backend's migrations. */
export const migrationProvider = (backend: StoreBackend): MigrationProvider => ({
  getMigrations: async () => ({ ...migrationsFor(backend) }),
});

/**
 * Brings a store's schema up to date; refuses a store written by a newer version (a migration this
 * one does not know) and, unless `create`, a database that holds no store yet.
 */
export async function migrateStore(db: Kysely<StoreSchema>, backend: StoreBackend, location: string, create: boolean): Promise<void> {
  const provider = migrationProvider(backend);
  const known = new Set(Object.keys(await provider.getMigrations()));
  // On PostgreSQL the store is in the connection's current schema; kysely's Migrator would otherwise
  // take another schema's migration tables for the store's.
  const schema = backend === 'postgres' ? (await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db)).rows[0]?.schema ?? null : null;
  if (backend === 'postgres' && schema === null) throw new StoreError('bad-request', `the store ${location} has no schema to live in; set the user's search_path`);
  const tables = schema === null
    ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db)
    : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = ${schema} and table_name = 'kysely_migration'`.execute(db);
  if (tables.rows.length > 0) {
    const applied = schema === null
      ? await sql<{ name: string }>`select name from kysely_migration`.execute(db)
      : await sql<{ name: string }>`select name from ${sql.id(schema, 'kysely_migration')}`.execute(db);
    const unknown = applied.rows.find((m) => !known.has(m.name));
    if (unknown !== undefined) {
      throw new StoreError('newer-schema', `the store ${location} was written by a newer Crosscheck (migration ${unknown.name}); upgrade Crosscheck to read it`);
    }
  } else if (!create) {
    throw new StoreError('not-found', `no store at ${location}; run \`crosscheck ingest\` first or pass another --db`);
  } else if (schema !== null) {
    // Checked before the Migrator writes its own tables: a schema of another application is left as it was.
    const taken = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = ${schema}
      and table_name in (${sql.join(STORE_TABLES)}) order by table_name`.execute(db);
    if (taken.rows.length > 0) {
      throw new StoreError('not-a-store', `${location} is not a Crosscheck store: it holds other tables (${taken.rows.map((r) => r.name).join(', ')}); give Crosscheck its own database or schema`);
    }
  }
  const { error } = await new Migrator({ db, provider, ...(schema !== null && { migrationTableSchema: schema }) }).migrateToLatest();
  if (error !== undefined) throw error;
}
