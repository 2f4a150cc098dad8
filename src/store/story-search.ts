/**
 * The filtered, paged story list: words in article titles and entity names through the full-text
 * index (migration 0002: FTS5 on SQLite; on PostgreSQL a GIN index over the same tokens, see
 * search-tokens.ts), outlets through the outlet index, and the page read in the list's order from
 * the `stories_newest` index, so a search costs what it matches, not the store's size.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { StoreError } from './errors.js';
import type { Store } from './open-store.js';
import type { StoreSchema } from './schema.js';
import { searchTokens } from './search-tokens.js';
import { searchReady } from './search-upkeep.js';
import { storySummaries, type StorySummary } from './stories.js';

/** A story search: every given criterion must hold. */
export interface StorySearch {
  /** Words that must all occur in one of the story's articles' titles (a word matches as a prefix: "bridg" finds "bridges"). */
  readonly words?: string;
  /** A name, or its first letters word by word ("ana lop"), that one of its articles names. */
  readonly entity?: string;
  /** An outlet (or part of its name) that reported it. */
  readonly outlet?: string;
  /** ISO days: the story's publication range overlaps [from, to]. */
  readonly from?: string;
  readonly to?: string;
  /** Stories per page (default 50). */
  readonly limit?: number;
  readonly offset?: number;
}

export interface StorySearchPage {
  /** Stories matching the search, over all pages. */
  readonly total: number;
  readonly stories: readonly StorySummary[];
}

/** Words shorter than this match too much to narrow a search. */
const MIN_WORD_CHARS = 2;
/** More words than this add little and make the query long. */
const MAX_WORDS = 8;
const DEFAULT_LIMIT = 50;
/** The full-text index's tokens: letters and digits (its tokenizer splits on everything else). */
const TOKEN = /[\p{L}\p{N}]+/gu;

/** LIKE's own wildcards in user input are matched literally. */
const likePattern = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The words of a search box, lower-cased, deduplicated, bounded. */
export function searchWords(input: string | undefined): string[] {
  if (input === undefined) return [];
  const words = input.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length >= MIN_WORD_CHARS);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** A word as an FTS5 prefix phrase: quoted, so no user input is read as query syntax. */
const prefixPhrase = (word: string): string => `"${word.replace(/"/g, '""')}"*`;

/**
 * A word as PostgreSQL's tsquery reads FTS5's prefix phrase: its tokens in a row, the last one a
 * prefix ("o'brie" → `o <-> brie:*`). Tokens are letters and digits only, so nothing in them is
 * query syntax. Null when the word has no token.
 */
function tsPhrase(word: string): string | null {
  const tokens = searchTokens(word);
  return tokens.length === 0 ? null : `${tokens.join(' <-> ')}:*`;
}

/** Live stories matching `search`, newest first (the list's order), one page of them. */
export async function searchStories(store: Store, search: StorySearch = {}): Promise<StorySearchPage> {
  const limit = search.limit ?? DEFAULT_LIMIT;
  const offset = search.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1) throw new StoreError('bad-request', `limit must be a positive whole number (got ${String(limit)})`);
  if (!Number.isInteger(offset) || offset < 0) throw new StoreError('bad-request', `offset must be a whole number ≥ 0 (got ${String(offset)})`);
  const postgres = store.kind === 'postgres';
  await searchReady(store);
  return store.read(async (db) => {
    const filters: RawBuilder<boolean>[] = [];
    const words = searchWords(search.words);
    // A story's title is always one of its articles' titles, so searching article titles covers it.
    if (words.length > 0) {
      if (!postgres) filters.push(inStoriesMatching(`title : (${words.map(prefixPhrase).join(' AND ')})`));
      else {
        const phrases = words.map(tsPhrase).filter((p): p is string => p !== null);
        // FTS5 reads a phrase without tokens as matching nothing.
        if (phrases.length < words.length) return { total: 0, stories: [] };
        filters.push(inStoriesMatchingTokens('title', phrases.join(' & ')));
      }
    }
    const entity = search.entity?.trim();
    if (entity) {
      const tokens = entity.toLowerCase().match(TOKEN) ?? [];
      if (tokens.length === 0) return { total: 0, stories: [] };
      filters.push(postgres
        ? inStoriesMatchingTokens('entity_names', tokens.flatMap(searchTokens).map((t) => `${t}:*`).join(' <-> '))
        : inStoriesMatching(`entity_names : (${tokens.map(prefixPhrase).join(' + ')})`));
    }
    const outlet = search.outlet?.trim();
    if (outlet) {
      const outlets = await outletsLike(db, outlet, postgres);
      if (outlets.length === 0) return { total: 0, stories: [] };
      // SQLite's planner is told the index; PostgreSQL's picks it.
      const articles = postgres ? sql`articles a` : sql`articles a indexed by articles_outlet`;
      filters.push(sql<boolean>`stories.id in (select m.story_id from ${articles} join story_articles m on m.article_id = a.id where a.outlet in (${sql.join(outlets)}))`);
    }
    if (search.from) filters.push(sql<boolean>`coalesce(stories.last_published, stories.first_published) >= ${search.from}`);
    if (search.to) filters.push(sql<boolean>`coalesce(stories.first_published, stories.last_published) <= ${search.to}`);

    let q = db.selectFrom('stories').where('merged_into', 'is', null);
    for (const f of filters) q = q.where(f);
    const totalRow = await q.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirst();
    const rows = await q.selectAll('stories')
      .orderBy(sql`coalesce(last_published, substr(updated_at, 1, 10))`, 'desc').orderBy('seq', 'desc')
      .limit(limit).offset(offset).execute();
    return { total: Number(totalRow?.n ?? 0), stories: await storySummaries(db, rows) };
  });
}

/** Stories with an article the full-text query matches. */
function inStoriesMatching(match: string): RawBuilder<boolean> {
  return sql<boolean>`stories.id in (select m.story_id from article_search f join articles a on a.seq = f.rowid
    join story_articles m on m.article_id = a.id where article_search match ${match})`;
}

/**
 * Stories with an article whose search tokens (`article_search`, PostgreSQL) match the tsquery
 * `query`, through the GIN index on the same expression.
 */
function inStoriesMatchingTokens(column: 'title' | 'entity_names', query: string): RawBuilder<boolean> {
  return sql<boolean>`stories.id in (select m.story_id from article_search f join story_articles m on m.article_id = f.article_id
    where to_tsvector('simple', ${sql.ref(`f.${column}`)}) @@ to_tsquery('simple', ${query}))`;
}

/**
 * The stored outlet names containing `part` (case-blind): few, read from the outlet index alone.
 * SQLite's `like` ignores ASCII case; PostgreSQL's `ilike` ignores case (beyond ASCII too).
 */
async function outletsLike(db: Kysely<StoreSchema>, part: string, postgres: boolean): Promise<string[]> {
  const rows = postgres
    ? await sql<{ outlet: string }>`select distinct outlet from articles where outlet is not null and outlet ilike ${likePattern(part)} escape '\\'`.execute(db)
    : await sql<{ outlet: string }>`select distinct outlet from articles indexed by articles_outlet
    where outlet is not null and outlet like ${likePattern(part)} escape '\\'`.execute(db);
  return rows.rows.map((r) => r.outlet);
}
