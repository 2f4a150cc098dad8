/**
 * Read queries the web UI needs beyond the store's own API: one article with its story and a story's
 * version; the filtered, paged story list is the store's (`searchStories`), under the UI's names.
 */
import { resolveStory, searchStories as storeSearch, type Store, type StorySearch, type StorySearchPage } from '../store/index.js';
import type { Genre, RemovedBlock } from '../types.js';

/** A story search as the list page and `GET /api/stories` give it (the store's search, paged). */
export interface StoryQuery extends StorySearch {
  readonly limit: number;
  readonly offset: number;
}

export type StoryPage = StorySearchPage;

/** Live stories matching `query`, newest first, one page of them: the store's indexed search. */
export function searchStories(store: Store, query: StoryQuery): Promise<StoryPage> {
  return storeSearch(store, query);
}

/** One stored article as the article page and `GET /api/articles/{id}` show it. */
export interface StoredArticle {
  readonly id: string;
  readonly story: string;
  readonly source: string;
  readonly url: string | null;
  readonly title: string;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly byline: string | null;
  readonly standfirst: string | null;
  readonly language: string | null;
  readonly genre: Genre;
  readonly text: string;
  readonly removed: readonly RemovedBlock[];
}

/** The article with this id and the live story it is in, or null when there is none. */
export async function findArticle(store: Store, id: string): Promise<StoredArticle | null> {
  return store.read(async (db) => {
    const row = await db.selectFrom('articles').innerJoin('story_articles', 'story_articles.article_id', 'articles.id')
      .select(['articles.id', 'story_articles.story_id', 'articles.source', 'articles.url', 'articles.title', 'articles.outlet', 'articles.published',
        'articles.byline', 'articles.standfirst', 'articles.language', 'articles.genre', 'articles.text', 'articles.removed'])
      .where('articles.id', '=', id).executeTakeFirst();
    if (row === undefined) return null;
    return {
      id: row.id,
      story: await resolveStory(db, row.story_id),
      source: row.source,
      url: row.url,
      title: row.title,
      outlet: row.outlet,
      published: row.published,
      byline: row.byline,
      standfirst: row.standfirst,
      language: row.language,
      genre: JSON.parse(row.genre) as Genre,
      text: row.text,
      removed: JSON.parse(row.removed) as RemovedBlock[],
    };
  });
}

/** What identifies a version of a story: a brief built for one version is valid until this changes. */
export interface StoryVersion {
  /** The live story (merged-away ids lead to the story they were merged into). */
  readonly id: string;
  readonly key: string;
}

/** The live story an id names and its current version key. */
export async function storyVersion(store: Store, id: string): Promise<StoryVersion> {
  return store.read(async (db) => {
    const live = await resolveStory(db, id);
    const row = await db.selectFrom('stories').select('updated_at').where('id', '=', live).executeTakeFirstOrThrow();
    const count = await db.selectFrom('story_articles').select(({ fn }) => fn.countAll<number>().as('n')).where('story_id', '=', live).executeTakeFirst();
    return { id: live, key: `${row.updated_at}/${Number(count?.n ?? 0)}` };
  });
}
