/** Reading stories back: the list with article and independent-outlet counts, and resolving ids. */
import { sql, type Kysely, type Selectable } from 'kysely';
import { splitSentences } from '../annotate/sentences.js';
import { leadTitle } from '../brief/build-story.js';
import { independentOutlets, type DuplicateGroup } from '../dedupe/index.js';
import { StoreError } from './errors.js';
import type { Store } from './open-store.js';
import type { StoreSchema, StoriesTable } from './schema.js';

/** Merges chain at most this deep in practice; a longer chain means a cycle in a damaged store. */
const MAX_MERGE_HOPS = 1000;

export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly articles: number;
  /** Independent outlets: copies of one text (a wire story and its reprints) count once. */
  readonly outlets: number;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly updatedAt: string;
}

export interface ListStoriesOptions {
  /** At most this many stories (default all). */
  readonly limit?: number;
}

/**
 * Live stories, newest first: by their latest article's publication date (the day they were last
 * updated when no article is dated), then the most recently started.
 */
export async function listStories(store: Store, options: ListStoriesOptions = {}): Promise<StorySummary[]> {
  const { limit } = options;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new StoreError('bad-request', `limit must be a positive whole number (got ${String(limit)})`);
  return store.read(async (db) => {
    let q = db.selectFrom('stories').selectAll().where('merged_into', 'is', null)
      .orderBy(sql`coalesce(last_published, substr(updated_at, 1, 10))`, 'desc').orderBy('seq', 'desc');
    if (limit !== undefined) q = q.limit(limit);
    const stories = await q.execute();
    return storySummaries(db, stories, limit === undefined ? null : stories.map((s) => s.id));
  });
}

/** The summaries of these story rows; `ids` null when they are every story (one pass, no id list). */
export async function storySummaries(db: Kysely<StoreSchema>, stories: readonly Selectable<StoriesTable>[], ids: readonly string[] | null = stories.map((s) => s.id)): Promise<StorySummary[]> {
  if (stories.length === 0) return [];
  const members = await membersOf(db, ids);
  const untitled = stories.filter((s) => s.title === '').map((s) => s.id);
  const leads = untitled.length === 0 ? new Map<string, string>() : await leadTitles(db, ids === null ? null : untitled);
  return stories.map((s) => {
    const list = members.byStory.get(s.id) ?? [];
    return {
      id: s.id,
      title: s.title === '' ? leads.get(s.id) ?? '' : s.title,
      articles: list.length,
      outlets: independentOutlets(list, members.groups, (id) => members.outletOf.get(id)),
      firstPublished: s.first_published,
      lastPublished: s.last_published,
      updatedAt: s.updated_at,
    };
  });
}

/** Characters of a story's first article read for its lead sentence. */
const LEAD_CHARS = 600;

/**
 * Titles for stories none of whose articles has a headline (wire copy, text files), as their briefs
 * title them: the lead sentence of the story's first article, cut short (`leadTitle`).
 */
async function leadTitles(db: Kysely<StoreSchema>, storyIds: readonly string[] | null): Promise<Map<string, string>> {
  // Only each story's first article is read; `storyIds` null reads every untitled story (no id list).
  let q = db.selectFrom('story_articles').innerJoin('articles', 'articles.id', 'story_articles.article_id')
    .innerJoin('stories', 'stories.id', 'story_articles.story_id')
    .select(['story_articles.story_id', sql<string>`substr(articles.text, 1, ${LEAD_CHARS})`.as('lead')])
    .where('stories.title', '=', '')
    .where(sql<boolean>`articles.seq = (select min(a2.seq) from story_articles sa2 join articles a2 on a2.id = sa2.article_id where sa2.story_id = story_articles.story_id)`);
  if (storyIds !== null) q = q.where('story_articles.story_id', 'in', [...storyIds]);
  const out = new Map<string, string>();
  for (const r of await q.execute()) {
    const first = splitSentences(r.lead)[0]?.text;
    if (first !== undefined) out.set(r.story_id, leadTitle(first));
  }
  return out;
}

/** Story membership, outlets and the duplicate groups of the given stories' articles (all when null). */
async function membersOf(db: Kysely<StoreSchema>, storyIds: readonly string[] | null) {
  let q = db.selectFrom('story_articles').innerJoin('articles', 'articles.id', 'story_articles.article_id')
    .leftJoin('duplicate_members', 'duplicate_members.article_id', 'story_articles.article_id')
    .select(['story_articles.story_id', 'story_articles.article_id', 'articles.outlet', 'duplicate_members.group_id']).orderBy('articles.seq');
  if (storyIds !== null) q = q.where('story_articles.story_id', 'in', [...storyIds]);
  const rows = await q.execute();
  const byStory = new Map<string, string[]>();
  const outletOf = new Map<string, string | null>();
  const groupIds = new Set<string>();
  for (const r of rows) {
    const list = byStory.get(r.story_id);
    if (list) list.push(r.article_id);
    else byStory.set(r.story_id, [r.article_id]);
    outletOf.set(r.article_id, r.outlet);
    if (r.group_id !== null) groupIds.add(r.group_id);
  }
  const groups = await duplicateGroups(db, [...groupIds]);
  return { byStory, outletOf, groups };
}

/** The duplicate groups with these ids, with every member and the group's distinct outlets. */
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

/** The live story an id names, following merges; throws `not-found` naming the id. */
export async function resolveStory(db: Kysely<StoreSchema>, id: string): Promise<string> {
  let current = id;
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const row = await db.selectFrom('stories').select(['id', 'merged_into']).where('id', '=', current).executeTakeFirst();
    if (row === undefined) throw new StoreError('not-found', `no story "${id}" in the store; \`crosscheck stories\` lists them`);
    if (row.merged_into === null) return row.id;
    current = row.merged_into;
  }
  throw new StoreError('database', `story "${id}" leads through a cycle of merges; the store is damaged`);
}
