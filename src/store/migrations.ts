/**
 * Schema migrations, applied in name order by kysely's Migrator when a store is opened. Never edit
 * a released migration: add the next one.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const initial: Migration = {
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
      .addColumn('jaccard', 'real')
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
};

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

/** Every migration, by name; names sort in the order they apply. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-search-indexes': searchIndexes,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
