/**
 * The store's tables as kysely types. Portable SQL only (text, integer, real; JSON kept as text;
 * ids assigned by the store, not by the database), so a PostgreSQL backend can share the schema.
 */

/** One stored article: what a brief needs, so a story is rebuilt without annotating again. */
export interface ArticlesTable {
  /** Storage order (1, 2, …): the order articles were placed in, replayed on reopening. */
  seq: number;
  id: string;
  /** SHA-256 of outlet, title and text: the same report stored twice is found by it. */
  content_hash: string;
  /** The path or URL the article was read from. */
  source: string;
  /** The article's canonical URL when known (feed item link, page metadata, fetched URL). */
  url: string | null;
  outlet: string | null;
  title: string;
  /** ISO day (`YYYY-MM-DD`) or null when unknown or implausible. */
  published: string | null;
  standfirst: string | null;
  byline: string | null;
  language: string | null;
  text: string;
  /** JSON RemovedBlock[]. */
  removed: string;
  /** JSON Genre. */
  genre: string;
  /** JSON of the annotations (see annotations-codec.ts). */
  annotations: string;
  /** JSON `[name, mentions][]`: the entity features the story clusterer reads. */
  entity_names: string;
  /** JSON Diagnostic[] about this article. */
  diagnostics: string;
  ingested_at: string;
  run_id: number | null;
}

/** Articles that carry one text (exact copies, near copies, syndicated wire reprints). */
export interface DuplicateGroupsTable {
  /** The id of the group's first article. */
  id: string;
  kind: 'exact' | 'near' | 'syndicated';
}

export interface DuplicateMembersTable {
  article_id: string;
  group_id: string;
  /** The earlier article this one was found to copy (null for the group's first). */
  copy_of: string | null;
  match_kind: 'exact' | 'near' | 'syndicated' | null;
  jaccard: number | null;
}

export interface StoriesTable {
  seq: number;
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
  first_published: string | null;
  last_published: string | null;
  /** Set when a user merged this story into another: its id then leads there. */
  merged_into: string | null;
}

/** Every article is in exactly one story. */
export interface StoryArticlesTable {
  article_id: string;
  story_id: string;
  /** How it got there: started the story, placed by the clusterer, copy of a member, or a user's merge/split. */
  joined_by: 'new' | 'cluster' | 'copy' | 'merge' | 'split';
  joined_at: string;
}

/** A user's corrections, in order; later ingests never undo them. */
export interface CorrectionsTable {
  seq: number;
  kind: 'merge' | 'split';
  /** merge: the surviving story; split: the story articles were taken out of. */
  story_id: string;
  /** merge: the story merged away; split: the new story. */
  other_story_id: string;
  /** JSON string[] of the articles moved. */
  articles: string;
  created_at: string;
}

export interface IngestRunsTable {
  id: number;
  started_at: string;
  finished_at: string | null;
  /** JSON string[] of the inputs as given. */
  inputs: string;
  stored: number;
  skipped: number;
  /** JSON Diagnostic[] of the run (bad inputs, skipped items). */
  diagnostics: string;
}

export interface StoreSchema {
  articles: ArticlesTable;
  duplicate_groups: DuplicateGroupsTable;
  duplicate_members: DuplicateMembersTable;
  stories: StoriesTable;
  story_articles: StoryArticlesTable;
  corrections: CorrectionsTable;
  ingest_runs: IngestRunsTable;
}
