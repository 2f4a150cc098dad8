/**
 * Placing articles in a PostgreSQL store: the decisions of the SQLite writer (place-article.ts,
 * through its helpers), as queries on the transaction's connection, fetching with one query what
 * SQLite reads row by row (a round trip to a server costs more than a prepared statement's step).
 * The article's search tokens are written beside it (`article_search`, see search-tokens.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { AnnotatedArticle } from '../types.js';
import { articleColumns } from './annotations-codec.js';
import {
  groupKind, groupTarget, majorityStory, titleAfterCheck, titleWithout, widenedDates,
  type ExistingArticle, type PlaceContext, type PlacedArticle, type PlacementWriter,
} from './place-article.js';
import type { Placement } from './placement-index.js';
import type { StoreSchema, StoryArticlesTable } from './schema.js';
import { searchRow } from './search-tokens.js';

const REASONS = ['same-content', 'same-url', 'same-source'] as const;
/** PostgreSQL's text cannot hold U+0000, which SQLite stores; U+FFFD takes its place (one UTF-16 unit, so every span still holds). */
const NUL = '\u0000';
const REPLACEMENT = '\ufffd';

const withoutNul = (s: string): string => (s.includes(NUL) ? s.replaceAll(NUL, REPLACEMENT) : s);
const withoutNulOrNull = (s: string | null): string | null => (s === null ? null : withoutNul(s));

/** The article with its stored texts made storable in PostgreSQL (see NUL). */
function storable(a: AnnotatedArticle): AnnotatedArticle {
  const { article } = a;
  const clean = {
    ...article,
    source: withoutNul(article.source),
    title: withoutNul(article.title),
    text: withoutNul(article.text),
    outlet: withoutNulOrNull(article.outlet),
    standfirst: withoutNulOrNull(article.standfirst),
    ...(article.byline !== undefined && { byline: withoutNul(article.byline) }),
  };
  return { ...a, article: clean };
}

/** The placement writer of a PostgreSQL store; every method runs on the `db` it is given. */
export function createPostgresPlacementWriter(): PlacementWriter {
  async function findExisting(db: Kysely<StoreSchema>, hash: string, source: string, url: string | null): Promise<ExistingArticle | null> {
    // One round trip for the three unique keys, in the order SQLite's writer asks them.
    const u = url === null ? null : withoutNul(url);
    const s = withoutNul(source);
    const row = (await sql<{ id: string; reason: number }>`select id, case when content_hash = ${hash} then 0 when url = ${u} then 1 else 2 end as reason
      from articles where content_hash = ${hash} or url = ${u} or source = ${s} order by reason limit 1`.execute(db)).rows[0];
    return row === undefined ? null : { existing: row.id, reason: REASONS[Number(row.reason)]! };
  }

  async function place(db: Kysely<StoreSchema>, given: AnnotatedArticle, placement: Placement, ctx: PlaceContext): Promise<PlacedArticle> {
    const a = storable(given);
    const id = a.article.id as string;
    const c = articleColumns(a, ctx.url === null ? null : withoutNul(ctx.url), ctx.hash);
    const s = searchRow(c);
    // The article and its search tokens in one statement (one round trip).
    await sql`with inserted as (insert into articles (seq, id, content_hash, source, url, outlet, title, published, standfirst, byline, language,
        text, removed, genre, annotations, entity_names, diagnostics, ingested_at, run_id)
      values (${ctx.seq}, ${c.id}, ${c.content_hash}, ${c.source}, ${c.url}, ${c.outlet}, ${c.title}, ${c.published}, ${c.standfirst}, ${c.byline}, ${c.language},
        ${c.text}, ${c.removed}, ${c.genre}, ${c.annotations}, ${c.entity_names}, ${c.diagnostics}, ${ctx.now}, ${ctx.runId}) returning id)
      insert into article_search (article_id, title, entity_names) select id, ${s.title}, ${s.entity_names} from inserted`.execute(db);

    // A copy goes where its original is: copies report one event, whatever the words' overlap says.
    let story: string | null = null;
    let joinedBy: StoryArticlesTable['joined_by'] = 'new';
    const first = placement.copies[0];
    if (first !== undefined) {
      story = (await db.selectFrom('story_articles').select('story_id').where('article_id', '=', first.id).executeTakeFirst())?.story_id ?? null;
      if (story !== null) joinedBy = 'copy';
    }
    if (story === null && placement.neighbours.length > 0) {
      const rows = await db.selectFrom('story_articles').select(['article_id', 'story_id']).where('article_id', 'in', [...placement.neighbours]).execute();
      const storyOf = new Map(rows.map((r) => [r.article_id, r.story_id]));
      story = majorityStory(placement.neighbours, (n) => storyOf.get(n));
      if (story !== null) joinedBy = 'cluster';
    }
    // The story row and the membership together (one round trip).
    story = story === null ? await startStory(db, a, id, ctx.now) : await joinStory(db, story, a, id, joinedBy, ctx.now);

    const duplicateOf = placement.copies.length > 0 ? await joinDuplicateGroup(db, id, placement) : null;
    return { id, story, joinedBy, duplicateOf };
  }

  return { findExisting, place };
}

/** Starts a story with the article in it; returns the story's id. */
async function startStory(db: Kysely<StoreSchema>, a: AnnotatedArticle, id: string, now: string): Promise<string> {
  const published = a.article.published;
  const row = (await sql<{ story_id: string }>`with next as (select coalesce(max(seq), 0) + 1 as seq from stories),
      started as (insert into stories (seq, id, title, created_at, updated_at, first_published, last_published, merged_into)
        select seq, 's' || seq, ${a.article.title}, ${now}, ${now}, ${published}, ${published}, null from next returning id)
    insert into story_articles (article_id, story_id, joined_by, joined_at) select ${id}, id, 'new', ${now} from started returning story_id`.execute(db)).rows[0];
  if (row === undefined) throw new Error(`no story started for article ${id}`);
  return row.story_id;
}

/** Adds the article to a stored story, widening its dates and retitling it as the brief would; returns the story's id. */
async function joinStory(db: Kysely<StoreSchema>, story: string, a: AnnotatedArticle, id: string, joinedBy: StoryArticlesTable['joined_by'], now: string): Promise<string> {
  const { title: incoming } = a.article;
  const isNews = a.genre.label === 'news';
  // The genre of the article carrying the current title is read only when `titleWithout` cannot decide.
  const row = (await sql<{ title: string; first_published: string | null; last_published: string | null; current_genre: string | null }>`select s.title, s.first_published, s.last_published,
      case when s.title <> '' and ${isNews} and ${incoming} <> '' and s.title <> ${incoming} then (select a.genre from articles a
        join story_articles sa on sa.article_id = a.id where sa.story_id = s.id and a.title = s.title limit 1) end as current_genre
    from stories s where s.id = ${story}`.execute(db)).rows[0];
  if (row === undefined) throw new Error(`story ${story} vanished while placing an article`);
  const title = titleWithout(row.title, a) ?? titleAfterCheck(row.title, a, row.current_genre ?? undefined);
  const dates = widenedDates(row, a.article.published);
  await sql`with touched as (update stories set updated_at = ${now}, title = ${title}, first_published = ${dates.first}, last_published = ${dates.last} where id = ${story})
    insert into story_articles (article_id, story_id, joined_by, joined_at) values (${id}, ${story}, ${joinedBy}, ${now})`.execute(db);
  return story;
}

/**
 * Puts the article into the group of the articles it copies, merging their groups when it links two
 * (as the duplicate index does): the group is named by its earliest article.
 */
async function joinDuplicateGroup(db: Kysely<StoreSchema>, id: string, placement: Placement): Promise<string> {
  const copies = placement.copies.map((c) => c.id);
  const members = await db.selectFrom('duplicate_members').select(['article_id', 'group_id']).where('article_id', 'in', copies).execute();
  const groupOf = new Map(members.map((m) => [m.article_id, m.group_id]));
  const groups = [...new Set(groupOf.values())];
  const candidates = [...new Set([...groups, ...copies])];
  const seqs = await db.selectFrom('articles').select(['id', 'seq']).where('id', 'in', candidates).execute();
  const seqOf = new Map(seqs.map((r) => [r.id, r.seq]));
  const target = groupTarget(copies, groupOf, (x) => seqOf.get(x) ?? 0);
  if (!groups.includes(target)) await db.insertInto('duplicate_groups').values({ id: target, kind: 'exact' }).execute();
  for (const other of groups) {
    if (other === target) continue;
    await db.updateTable('duplicate_members').set({ group_id: target }).where('group_id', '=', other).execute();
    await db.deleteFrom('duplicate_groups').where('id', '=', other).execute();
  }
  const ungrouped = copies.filter((c) => !groupOf.has(c)).map((c) => ({ article_id: c, group_id: target, copy_of: null, match_kind: null, jaccard: null }));
  const best = placement.copies[0]!;
  await db.insertInto('duplicate_members').values([...ungrouped, { article_id: id, group_id: target, copy_of: best.id, match_kind: best.kind, jaccard: best.jaccard }]).execute();
  const rows = await db.selectFrom('duplicate_members').innerJoin('articles', 'articles.id', 'duplicate_members.article_id')
    .select(['articles.outlet', 'duplicate_members.match_kind']).where('duplicate_members.group_id', '=', target).execute();
  await db.updateTable('duplicate_groups').set({ kind: groupKind(rows) }).where('id', '=', target).execute();
  return target;
}
