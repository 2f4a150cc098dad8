/**
 * Writing one placed article: its row, its story (found or started) and its duplicate group, all
 * inside the caller's transaction, so an interrupted ingest never leaves an article without a story.
 */
import type { Kysely } from 'kysely';
import type { DuplicateKind } from '../dedupe/index.js';
import type { AnnotatedArticle } from '../types.js';
import { articleColumns } from './annotations-codec.js';
import type { Placement } from './placement-index.js';
import type { StoreSchema, StoryArticlesTable } from './schema.js';

export interface PlacedArticle {
  readonly id: string;
  readonly story: string;
  readonly joinedBy: StoryArticlesTable['joined_by'];
  /** The duplicate group the article joined, when it copies an earlier one. */
  readonly duplicateOf: string | null;
}

export interface PlaceContext {
  readonly seq: number;
  readonly url: string | null;
  readonly runId: number | null;
  readonly now: string;
}

/** Stores the article and its story and duplicate group; the caller holds the write transaction. */
export async function placeArticle(tx: Kysely<StoreSchema>, a: AnnotatedArticle, placement: Placement, ctx: PlaceContext): Promise<PlacedArticle> {
  const id = a.article.id as string;
  await tx.insertInto('articles').values({ ...articleColumns(a, ctx.url), seq: ctx.seq, ingested_at: ctx.now, run_id: ctx.runId }).execute();

  // A copy goes where its original is: copies report one event, whatever the words' overlap says.
  let story: string | null = null;
  let joinedBy: StoryArticlesTable['joined_by'] = 'new';
  const first = placement.copies[0];
  if (first !== undefined) {
    story = (await tx.selectFrom('story_articles').select('story_id').where('article_id', '=', first.id).executeTakeFirst())?.story_id ?? null;
    if (story !== null) joinedBy = 'copy';
  }
  if (story === null && placement.neighbours.length > 0) {
    story = await majorityStory(tx, placement.neighbours);
    if (story !== null) joinedBy = 'cluster';
  }
  if (story === null) story = await startStory(tx, a, ctx.now);
  else await touchStory(tx, story, a, ctx.now);
  await tx.insertInto('story_articles').values({ article_id: id, story_id: story, joined_by: joinedBy, joined_at: ctx.now }).execute();

  const duplicateOf = placement.copies.length > 0 ? await joinDuplicateGroup(tx, id, placement) : null;
  return { id, story, joinedBy, duplicateOf };
}

/** The stored story holding most of the neighbours; a tie goes to the newest neighbour's story. */
async function majorityStory(tx: Kysely<StoreSchema>, neighbours: readonly string[]): Promise<string | null> {
  const rows = await tx.selectFrom('story_articles').select(['article_id', 'story_id']).where('article_id', 'in', [...neighbours]).execute();
  const storyOf = new Map(rows.map((r) => [r.article_id, r.story_id]));
  const votes = new Map<string, number>();
  for (const n of neighbours) {
    const s = storyOf.get(n);
    if (s !== undefined) votes.set(s, (votes.get(s) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestVotes = 0;
  // Neighbours come newest first, so on a tie the first story met (the newest's) is kept.
  for (const n of neighbours) {
    const s = storyOf.get(n);
    if (s === undefined) continue;
    const v = votes.get(s)!;
    if (v > bestVotes) {
      best = s;
      bestVotes = v;
    }
  }
  return best;
}

async function startStory(tx: Kysely<StoreSchema>, a: AnnotatedArticle, now: string): Promise<string> {
  const last = await tx.selectFrom('stories').select(({ fn }) => fn.max('seq').as('seq')).executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  const id = `s${seq}`;
  const published = a.article.published;
  await tx.insertInto('stories').values({
    seq, id, title: a.article.title, created_at: now, updated_at: now, first_published: published, last_published: published, merged_into: null,
  }).execute();
  return id;
}

async function touchStory(tx: Kysely<StoreSchema>, story: string, a: AnnotatedArticle, now: string): Promise<void> {
  const row = await tx.selectFrom('stories').select(['title', 'first_published', 'last_published']).where('id', '=', story).executeTakeFirstOrThrow();
  const p = a.article.published;
  await tx.updateTable('stories').set({
    updated_at: now,
    title: row.title !== '' ? row.title : a.article.title,
    first_published: p !== null && (row.first_published === null || p < row.first_published) ? p : row.first_published,
    last_published: p !== null && (row.last_published === null || p > row.last_published) ? p : row.last_published,
  }).where('id', '=', story).execute();
}

/**
 * Puts the article into the group of the articles it copies, merging their groups when it links two
 * (as the duplicate index does): the group is named by its earliest article.
 */
async function joinDuplicateGroup(tx: Kysely<StoreSchema>, id: string, placement: Placement): Promise<string> {
  const copies = placement.copies.map((c) => c.id);
  const existing = await tx.selectFrom('duplicate_members').select(['article_id', 'group_id']).where('article_id', 'in', copies).execute();
  const groupOf = new Map(existing.map((r) => [r.article_id, r.group_id]));
  const groups = [...new Set(existing.map((r) => r.group_id))];
  const seqs = await tx.selectFrom('articles').select(['id', 'seq']).where('id', 'in', [...groups, ...copies]).execute();
  const seqOf = new Map(seqs.map((r) => [r.id, r.seq]));
  const roots = [...new Set([...groups, ...copies.filter((c) => !groupOf.has(c))])].sort((a, b) => (seqOf.get(a) ?? 0) - (seqOf.get(b) ?? 0));
  const target = roots[0]!;
  if (!groups.includes(target)) await tx.insertInto('duplicate_groups').values({ id: target, kind: 'exact' }).execute();
  const others = groups.filter((g) => g !== target);
  if (others.length > 0) {
    await tx.updateTable('duplicate_members').set({ group_id: target }).where('group_id', 'in', others).execute();
    await tx.deleteFrom('duplicate_groups').where('id', 'in', others).execute();
  }
  const loose = copies.filter((c) => !groupOf.has(c));
  if (loose.length > 0) {
    await tx.insertInto('duplicate_members').values(loose.map((c) => ({ article_id: c, group_id: target, copy_of: null, match_kind: null, jaccard: null }))).execute();
  }
  const best = placement.copies[0]!;
  await tx.insertInto('duplicate_members').values({ article_id: id, group_id: target, copy_of: best.id, match_kind: best.kind, jaccard: best.jaccard }).execute();
  await tx.updateTable('duplicate_groups').set({ kind: await groupKind(tx, target) }).where('id', '=', target).execute();
  return target;
}

/** As the duplicate index names groups: syndicated across outlets, exact when every copy is exact, else near. */
async function groupKind(tx: Kysely<StoreSchema>, group: string): Promise<DuplicateKind> {
  const rows = await tx.selectFrom('duplicate_members').innerJoin('articles', 'articles.id', 'duplicate_members.article_id')
    .select(['articles.outlet', 'duplicate_members.match_kind']).where('duplicate_members.group_id', '=', group).execute();
  const outlets = new Set(rows.map((r) => r.outlet?.trim().toLowerCase()).filter((o): o is string => o !== undefined && o !== ''));
  if (outlets.size > 1) return 'syndicated';
  return rows.every((r) => r.match_kind === null || r.match_kind === 'exact') ? 'exact' : 'near';
}
