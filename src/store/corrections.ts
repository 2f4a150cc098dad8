/**
 * A user's corrections of the clustering. Later ingests respect them because stored membership is
 * authoritative: new articles join stored stories, and no ingest ever moves an article already
 * stored, so an article split out of a story stays out and merged stories stay merged.
 */
import type { Kysely } from 'kysely';
import { StoreError } from './errors.js';
import type { Store } from './open-store.js';
import type { StoreSchema } from './schema.js';
import { resolveStory } from './stories.js';

export interface CorrectionOptions {
  readonly now?: () => Date;
}

/** Moves every article of story `b` into story `a`; `b` then leads to `a`. Returns the surviving id. */
export async function mergeStories(store: Store, a: string, b: string, options: CorrectionOptions = {}): Promise<{ story: string; moved: string[] }> {
  const now = (options.now ?? (() => new Date()))().toISOString();
  return store.write(async (tx) => {
    const into = await resolveStory(tx, a);
    const from = await resolveStory(tx, b);
    if (into === from) throw new StoreError('bad-request', `stories ${a} and ${b} are already one story (${into})`);
    const moved = (await tx.selectFrom('story_articles').select('article_id').where('story_id', '=', from).execute()).map((r) => r.article_id);
    await tx.updateTable('story_articles').set({ story_id: into, joined_by: 'merge', joined_at: now }).where('story_id', '=', from).execute();
    await tx.updateTable('stories').set({ merged_into: into, updated_at: now }).where('id', '=', from).execute();
    await refreshStory(tx, into, now);
    await record(tx, 'merge', into, from, moved, now);
    return { story: into, moved };
  });
}

/** Takes the given articles out of `story` into a new story of their own. Returns the new story's id. */
export async function splitStory(store: Store, story: string, articles: readonly string[], options: CorrectionOptions = {}): Promise<{ story: string; from: string }> {
  const now = (options.now ?? (() => new Date()))().toISOString();
  if (articles.length === 0) throw new StoreError('bad-request', 'split: name at least one article to take out of the story');
  return store.write(async (tx) => {
    const from = await resolveStory(tx, story);
    const members = new Set((await tx.selectFrom('story_articles').select('article_id').where('story_id', '=', from).execute()).map((r) => r.article_id));
    const outside = articles.filter((id) => !members.has(id));
    if (outside.length > 0) throw new StoreError('bad-request', `not in story ${from}: ${outside.join(', ')}; \`crosscheck show ${from} --format json\` lists its articles`);
    const unique = [...new Set(articles)];
    if (unique.length === members.size) throw new StoreError('bad-request', `that would take every article out of story ${from}; name only the ones that belong elsewhere`);
    const last = await tx.selectFrom('stories').select(({ fn }) => fn.max('seq').as('seq')).executeTakeFirst();
    const seq = Number(last?.seq ?? 0) + 1;
    const id = `s${seq}`;
    await tx.insertInto('stories').values({ seq, id, title: '', created_at: now, updated_at: now, first_published: null, last_published: null, merged_into: null }).execute();
    await tx.updateTable('story_articles').set({ story_id: id, joined_by: 'split', joined_at: now }).where('article_id', 'in', unique).execute();
    await refreshStory(tx, id, now);
    await refreshStory(tx, from, now);
    await record(tx, 'split', from, id, unique, now);
    return { story: id, from };
  });
}

/** Recomputes a story's dates and, when it has none, its title from its articles. */
async function refreshStory(tx: Kysely<StoreSchema>, id: string, now: string): Promise<void> {
  const rows = await tx.selectFrom('story_articles').innerJoin('articles', 'articles.id', 'story_articles.article_id')
    .select(['articles.title', 'articles.published']).where('story_articles.story_id', '=', id).orderBy('articles.seq').execute();
  const dates = rows.map((r) => r.published).filter((p): p is string => p !== null).sort();
  const story = await tx.selectFrom('stories').select('title').where('id', '=', id).executeTakeFirstOrThrow();
  await tx.updateTable('stories').set({
    updated_at: now,
    first_published: dates[0] ?? null,
    last_published: dates[dates.length - 1] ?? null,
    title: story.title !== '' && rows.some((r) => r.title === story.title) ? story.title : (rows.find((r) => r.title !== '')?.title ?? ''),
  }).where('id', '=', id).execute();
}

async function record(tx: Kysely<StoreSchema>, kind: 'merge' | 'split', story: string, other: string, articles: readonly string[], now: string): Promise<void> {
  const last = await tx.selectFrom('corrections').select(({ fn }) => fn.max('seq').as('seq')).executeTakeFirst();
  await tx.insertInto('corrections').values({ seq: Number(last?.seq ?? 0) + 1, kind, story_id: story, other_story_id: other, articles: JSON.stringify(articles), created_at: now }).execute();
}
