/**
 * Read queries the web UI needs beyond the store's own API: a filtered, paged story list and one
 * article with its story. Counts follow the store's rule (independent outlets: copies count once).
 */
import { sql, type Kysely } from 'kysely';
import { independentOutlets, type DuplicateGroup } from '../dedupe/index.js';
import { resolveStory, type Store, type StoreSchema, type StorySummary } from '../store/index.js';
import type { Genre, RemovedBlock } from '../types.js';

/** A story search: every given criterion must hold. */
export interface StoryQuery {
  /** Words that must all occur in the story's title or all in one of its articles' titles. */
  readonly words?: string;
  /** A name (or part of one) one of its articles mentions. */
  readonly entity?: string;
  /** An outlet (or part of its name) that reported it. */
  readonly outlet?: string;
  /** ISO days: the story's publication range overlaps [from, to]. */
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface StoryPage {
  /** Stories matching the query, over all pages. */
  readonly total: number;
  readonly stories: readonly StorySummary[];
}

/** Words shorter than this match too much to narrow a search. */
const MIN_WORD_CHARS = 2;
/** More words than this add little and make the query long. */
const MAX_WORDS = 8;

/** LIKE's own wildcards in user input are matched literally. */
const likePattern = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The words of a search box, lower-cased, deduplicated, bounded. */
export function searchWords(input: string | undefined): string[] {
  if (input === undefined) return [];
  const words = input.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length >= MIN_WORD_CHARS);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** Live stories matching `query`, newest first (the store's order), one page of them. */
export async function searchStories(store: Store, query: StoryQuery): Promise<StoryPage> {
  return store.read(async (db) => {
    const words = searchWords(query.words);
    let q = db.selectFrom('stories').where('merged_into', 'is', null);
    if (words.length > 0) {
      // One pass over the articles for all the words: each extra pass costs a scan of the table.
      const storyTitle = words.map((w) => sql<boolean>`lower(stories.title) like ${likePattern(w)} escape '\\'`);
      const articleTitle = words.map((w) => sql<boolean>`lower(articles.title) like ${likePattern(w)} escape '\\'`);
      q = q.where((eb) => eb.or([
        eb.and(storyTitle),
        eb('stories.id', 'in', eb.selectFrom('articles').innerJoin('story_articles', 'story_articles.article_id', 'articles.id')
          .select('story_articles.story_id').where((ab) => ab.and(articleTitle))),
      ]));
    }
    const entity = query.entity?.trim();
    if (entity) {
      const p = likePattern(entity);
      q = q.where('stories.id', 'in', db.selectFrom('articles').innerJoin('story_articles', 'story_articles.article_id', 'articles.id')
        .select('story_articles.story_id').where(sql<boolean>`articles.entity_names like ${p} escape '\\'`));
    }
    const outlet = query.outlet?.trim();
    if (outlet) {
      const p = likePattern(outlet);
      q = q.where('stories.id', 'in', db.selectFrom('articles').innerJoin('story_articles', 'story_articles.article_id', 'articles.id')
        .select('story_articles.story_id').where(sql<boolean>`articles.outlet like ${p} escape '\\'`));
    }
    if (query.from) q = q.where(sql<boolean>`coalesce(stories.last_published, stories.first_published) >= ${query.from}`);
    if (query.to) q = q.where(sql<boolean>`coalesce(stories.first_published, stories.last_published) <= ${query.to}`);

    const totalRow = await q.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirst();
    const rows = await q.selectAll('stories')
      .orderBy(sql`coalesce(last_published, substr(updated_at, 1, 10))`, 'desc').orderBy('seq', 'desc')
      .limit(query.limit).offset(query.offset).execute();
    const members = await membersOf(db, rows.map((r) => r.id));
    const stories = rows.map((s): StorySummary => {
      const list = members.byStory.get(s.id) ?? [];
      return {
        id: s.id,
        title: s.title,
        articles: list.length,
        outlets: independentOutlets(list, members.groups, (id) => members.outletOf.get(id)),
        firstPublished: s.first_published,
        lastPublished: s.last_published,
        updatedAt: s.updated_at,
      };
    });
    return { total: Number(totalRow?.n ?? 0), stories };
  });
}

async function membersOf(db: Kysely<StoreSchema>, storyIds: readonly string[]) {
  const byStory = new Map<string, string[]>();
  const outletOf = new Map<string, string | null>();
  if (storyIds.length === 0) return { byStory, outletOf, groups: [] as DuplicateGroup[] };
  const rows = await db.selectFrom('story_articles').innerJoin('articles', 'articles.id', 'story_articles.article_id')
    .leftJoin('duplicate_members', 'duplicate_members.article_id', 'story_articles.article_id')
    .select(['story_articles.story_id', 'story_articles.article_id', 'articles.outlet', 'duplicate_members.group_id'])
    .where('story_articles.story_id', 'in', [...storyIds]).orderBy('articles.seq').execute();
  const groupIds = new Set<string>();
  for (const r of rows) {
    const list = byStory.get(r.story_id);
    if (list) list.push(r.article_id);
    else byStory.set(r.story_id, [r.article_id]);
    outletOf.set(r.article_id, r.outlet);
    if (r.group_id !== null) groupIds.add(r.group_id);
  }
  return { byStory, outletOf, groups: await duplicateGroups(db, [...groupIds]) };
}

async function duplicateGroups(db: Kysely<StoreSchema>, ids: readonly string[]): Promise<DuplicateGroup[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('duplicate_members').innerJoin('duplicate_groups', 'duplicate_groups.id', 'duplicate_members.group_id')
    .innerJoin('articles', 'articles.id', 'duplicate_members.article_id')
    .select(['duplicate_groups.id as group', 'duplicate_groups.kind', 'duplicate_members.article_id', 'articles.outlet'])
    .where('duplicate_groups.id', 'in', [...ids]).orderBy('articles.seq').execute();
  const groups = new Map<string, { kind: DuplicateGroup['kind']; articles: string[]; outlets: Map<string, string> }>();
  for (const r of rows) {
    let g = groups.get(r.group);
    if (!g) groups.set(r.group, (g = { kind: r.kind, articles: [], outlets: new Map() }));
    g.articles.push(r.article_id);
    const key = r.outlet?.trim().toLowerCase();
    if (key && !g.outlets.has(key)) g.outlets.set(key, r.outlet!.trim());
  }
  return [...groups.values()].map((g) => ({ kind: g.kind, articles: g.articles, outlets: [...g.outlets.values()] }));
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
