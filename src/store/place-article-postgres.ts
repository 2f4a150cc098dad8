/**
 * Placing articles in a PostgreSQL store: the decisions of the SQLite writer (place-article.ts,
 * through its helpers), made for a whole batch at once. A round trip to a server costs far more
 * than a prepared statement's step, so a batch reads what its decisions need in a few queries (the
 * stored articles it repeats, the stories and duplicate groups of the stored articles it names),
 * decides article by article in memory, exactly as the SQLite writer does one row at a time, and
 * writes the outcome in a few multi-row statements: about a dozen round trips per batch instead of
 * about seven per article. Each article's search tokens are written beside it (`article_search`,
 * see search-tokens.ts).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { AnnotatedArticle } from '../types.js';
import { articleColumns } from './annotations-codec.js';
import { createKeyIndex, type ArticleKeys, type KeyIndex } from './existing-keys.js';
import {
  chooseStory, groupKind, groupTarget, titleAfterCheck, titleWithout, widenedDates,
  type ExistingArticle, type PlacedArticle,
} from './place-article.js';
import type { Placement } from './placement-index.js';
import type { DuplicateMembersTable, StoreSchema, StoryArticlesTable } from './schema.js';
import { searchRow } from './search-tokens.js';

/** PostgreSQL's text cannot hold U+0000, which SQLite stores; U+FFFD takes its place (one UTF-16 unit, so every span still holds). */
const NUL = '\u0000';
const REPLACEMENT = '\ufffd';
/** Ids per `in (…)` list: well under the protocol's 65,535 parameters per statement. */
const IDS_PER_QUERY = 10_000;
/** Rows per multi-row statement (an article row has 19 parameters, its tokens 3): under the same limit. */
const ROWS_PER_STATEMENT = 1000;

/** Runs `write` on consecutive slices of at most ROWS_PER_STATEMENT rows. */
async function inSlices<T>(rows: readonly T[], write: (slice: readonly T[]) => Promise<unknown>): Promise<void> {
  for (const slice of slices(rows, ROWS_PER_STATEMENT)) await write(slice);
}

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

/** The keys an article is stored under (see NUL). */
const storedKeys = (k: ArticleKeys): ArticleKeys => ({ hash: k.hash, source: withoutNul(k.source), url: withoutNulOrNull(k.url) });

/** An annotated article waiting for its batch's transaction. */
export interface BatchArticle {
  readonly annotated: AnnotatedArticle;
  readonly hash: string;
  readonly url: string | null;
}

/** An article let into the placement index: its id, what the index found, its storage order. */
export interface Admitted {
  readonly article: AnnotatedArticle;
  readonly placement: Placement;
  readonly seq: number;
}

export interface BatchContext {
  readonly runId: number | null;
  readonly now: string;
}

/** An incoming article not stored because the store (or an earlier article of the batch) has it. */
export type Repeated = ExistingArticle & { readonly source: string };

/** The placement writer of a PostgreSQL store; every method runs on the `db` it is given. */
export interface BatchPlacementWriter {
  /** For each article, the stored article it repeats (as `PlacementWriter.findExisting`), in one query. */
  findExistingMany(db: Kysely<StoreSchema>, keys: readonly ArticleKeys[]): Promise<(ExistingArticle | null)[]>;
  /**
   * Stores the batch in order: an article repeating a stored one, or an earlier one of the batch, is
   * skipped; any other is passed to `admit` (which gives it its id and placement) and stored with its
   * story and duplicate group. `db` holds the write transaction.
   */
  placeBatch(db: Kysely<StoreSchema>, items: readonly BatchArticle[], admit: (a: AnnotatedArticle) => Admitted, ctx: BatchContext): Promise<(PlacedArticle | Repeated)[]>;
}

/** A story as the batch leaves it. */
interface StoryState {
  readonly seq: number;
  readonly id: string;
  readonly created_at: string;
  title: string;
  first_published: string | null;
  last_published: string | null;
  /** The stored genre (JSON) of an article of the story carrying its title, null when none does. */
  titleGenre: string | null;
}

/** A duplicate group member as the batch leaves it. */
type Member = Omit<DuplicateMembersTable, 'article_id'> & { readonly outlet: string | null };

export function createPostgresPlacementWriter(): BatchPlacementWriter {
  async function findExistingMany(db: Kysely<StoreSchema>, keys: readonly ArticleKeys[]): Promise<(ExistingArticle | null)[]> {
    const stored = keys.map(storedKeys);
    const index = await storedKeyIndex(db, stored);
    return stored.map((k) => index.find(k));
  }

  async function placeBatch(db: Kysely<StoreSchema>, items: readonly BatchArticle[], admit: (a: AnnotatedArticle) => Admitted, ctx: BatchContext): Promise<(PlacedArticle | Repeated)[]> {
    const keysOf = items.map((i) => storedKeys({ hash: i.hash, source: i.annotated.article.source, url: i.url }));
    const index = await storedKeyIndex(db, keysOf);

    // Which articles are new, in order; each one placed is a key the later ones may repeat.
    const results: (PlacedArticle | Repeated | Admitted)[] = [];
    const admitted: (Admitted & { readonly hash: string; readonly url: string | null })[] = [];
    items.forEach((item, i) => {
      const keys = keysOf[i]!;
      const repeated = index.find(keys);
      if (repeated !== null) {
        results.push({ source: item.annotated.article.source, ...repeated });
        return;
      }
      const a = admit(item.annotated);
      index.add(keys, a.article.article.id);
      admitted.push({ ...a, hash: item.hash, url: keys.url });
      results.push(a);
    });
    if (admitted.length === 0) return results as Repeated[];

    const inBatch = new Set(admitted.map((a) => a.article.article.id as string));
    const outside = (ids: Iterable<string>) => [...new Set([...ids].filter((x) => !inBatch.has(x)))];
    const storyRows = await storiesOf(db, outside(admitted.flatMap((a) => [...a.placement.copies.slice(0, 1).map((c) => c.id), ...a.placement.neighbours])));
    const groupRows = await duplicatesOf(db, outside(admitted.flatMap((a) => a.placement.copies.map((c) => c.id))));

    // Stories: the stored ones the batch names, and the ones it starts.
    const storyOf = new Map<string, string>();
    const stories = new Map<string, StoryState>();
    for (const r of storyRows) {
      storyOf.set(r.article_id, r.id);
      if (!stories.has(r.id)) {
        stories.set(r.id, { seq: r.seq, id: r.id, created_at: r.created_at, title: r.title, first_published: r.first_published, last_published: r.last_published, titleGenre: r.title_genre });
      }
    }
    let nextStorySeq = Number((await db.selectFrom('stories').select(({ fn }) => fn.max('seq').as('seq')).executeTakeFirst())?.seq ?? 0);
    const touchedStories = new Set<string>();
    const memberships: StoryArticlesTable[] = [];

    // Duplicate groups: every member of each stored group the batch names, and the seq of each article and group.
    const groupOf = new Map<string, string>();
    const groupMembers = new Map<string, Set<string>>();
    const memberOf = new Map<string, Member>();
    const seqOf = new Map<string, number>();
    const outletOf = new Map<string, string | null>();
    for (const r of groupRows) {
      seqOf.set(r.id, r.seq);
      outletOf.set(r.id, r.outlet);
      if (r.group_id === null) continue;
      groupOf.set(r.id, r.group_id);
      memberOf.set(r.id, { group_id: r.group_id, copy_of: r.copy_of, match_kind: r.match_kind, jaccard: r.jaccard, outlet: r.outlet });
      let set = groupMembers.get(r.group_id);
      if (set === undefined) groupMembers.set(r.group_id, (set = new Set()));
      set.add(r.id);
    }
    const storedGroups = new Set(groupMembers.keys());
    const changedMembers = new Set<string>();
    const groupKinds = new Map<string, DuplicateMembersTable['match_kind'] & string>();

    const rows: ReturnType<typeof articleColumns>[] = [];
    const placed: PlacedArticle[] = [];
    for (const { article, placement, seq, hash, url } of admitted) {
      const a = storable(article);
      const id = a.article.id as string;
      const c = articleColumns(a, url, hash);
      rows.push(c);
      seqOf.set(id, seq);
      outletOf.set(id, a.article.outlet);

      const chosen = chooseStory(placement, (n) => storyOf.get(n));
      let story = chosen.story;
      const joinedBy = chosen.joinedBy;
      if (story === null) {
        nextStorySeq += 1;
        story = `s${nextStorySeq}`;
        stories.set(story, { seq: nextStorySeq, id: story, created_at: ctx.now, title: a.article.title, first_published: a.article.published, last_published: a.article.published, titleGenre: c.genre });
      } else {
        const s = stories.get(story);
        if (s === undefined) throw new Error(`story ${story} vanished while placing an article`);
        const title = titleWithout(s.title, a) ?? titleAfterCheck(s.title, a, s.titleGenre ?? undefined);
        // The article now carrying the title is the one whose genre a later title check reads.
        if (title !== s.title || (s.titleGenre === null && a.article.title === title)) s.titleGenre = c.genre;
        const dates = widenedDates(s, a.article.published);
        s.title = title;
        s.first_published = dates.first;
        s.last_published = dates.last;
      }
      touchedStories.add(story);
      storyOf.set(id, story);
      memberships.push({ article_id: id, story_id: story, joined_by: joinedBy, joined_at: ctx.now });

      let duplicateOf: string | null = null;
      if (placement.copies.length > 0) {
        // As the SQLite writer's joinDuplicateGroup: the group of the copies (merged when they are in two), named by its earliest article.
        const copies = placement.copies.map((x) => x.id);
        const theirGroups = new Map<string, string>();
        for (const x of copies) {
          const g = groupOf.get(x);
          if (g !== undefined) theirGroups.set(x, g);
        }
        const groups = [...new Set(theirGroups.values())];
        const target = groupTarget(copies, theirGroups, (x) => seqOf.get(x) ?? 0);
        let members = groupMembers.get(target);
        if (members === undefined) groupMembers.set(target, (members = new Set()));
        for (const other of groups) {
          if (other === target) continue;
          for (const m of groupMembers.get(other)!) {
            members.add(m);
            groupOf.set(m, target);
            memberOf.get(m)!.group_id = target;
            changedMembers.add(m);
          }
          groupMembers.delete(other);
        }
        const join = (m: string, row: Member) => {
          members.add(m);
          groupOf.set(m, target);
          memberOf.set(m, row);
          changedMembers.add(m);
        };
        for (const x of copies) if (!theirGroups.has(x)) join(x, { group_id: target, copy_of: null, match_kind: null, jaccard: null, outlet: outletOf.get(x) ?? null });
        const best = placement.copies[0]!;
        join(id, { group_id: target, copy_of: best.id, match_kind: best.kind, jaccard: best.jaccard, outlet: a.article.outlet });
        groupKinds.set(target, groupKind([...members].map((m) => memberOf.get(m)!)));
        duplicateOf = target;
      }
      placed.push({ id, story, joinedBy, duplicateOf });
    }

    await inSlices(rows.map((c, i) => ({ c, seq: admitted[i]!.seq })), (slice) => insertArticles(db, slice, ctx));
    await inSlices([...touchedStories].map((s) => stories.get(s)!), (slice) => upsertStories(db, slice, ctx.now));
    await inSlices(memberships, (slice) => db.insertInto('story_articles').values([...slice]).execute());
    if (changedMembers.size > 0) {
      // Groups first (members refer to them), removed groups last (once no member refers to them).
      await inSlices([...groupKinds].filter(([g]) => groupMembers.has(g)), (slice) => sql`insert into duplicate_groups (id, kind)
        values ${sql.join(slice.map(([g, kind]) => sql`(${g}, ${kind})`))} on conflict (id) do update set kind = excluded.kind`.execute(db));
      await inSlices([...changedMembers], (slice) => sql`insert into duplicate_members (article_id, group_id, copy_of, match_kind, jaccard)
        values ${sql.join(slice.map((m) => { const r = memberOf.get(m)!; return sql`(${m}, ${r.group_id}, ${r.copy_of}, ${r.match_kind}, ${r.jaccard})`; }))}
        on conflict (article_id) do update set group_id = excluded.group_id`.execute(db));
      const gone = [...storedGroups].filter((g) => !groupMembers.has(g));
      for (const part of slices(gone, IDS_PER_QUERY)) await db.deleteFrom('duplicate_groups').where('id', 'in', part).execute();
    }

    let next = 0;
    return results.map((r) => ('placement' in r ? placed[next++]! : r));
  }

  return { findExistingMany, placeBatch };
}

/** The stored articles holding any of the keys, as a key index, in one query. */
async function storedKeyIndex(db: Kysely<StoreSchema>, keys: readonly ArticleKeys[]): Promise<KeyIndex> {
  const index = createKeyIndex();
  const list = (values: readonly string[]): RawBuilder<unknown> => sql.join([...new Set(values)]);
  // Three keys per article: a slice of ROWS_PER_STATEMENT articles stays under the parameter limit.
  await inSlices(keys, async (part) => {
    const urls = part.map((k) => k.url).filter((u): u is string => u !== null);
    const rows = await sql<{ id: string; content_hash: string; url: string | null; source: string }>`select id, content_hash, url, source from articles
      where content_hash in (${list(part.map((k) => k.hash))}) or source in (${list(part.map((k) => k.source))})${urls.length > 0 ? sql` or url in (${list(urls)})` : sql``}`.execute(db);
    for (const r of rows.rows) index.add({ hash: r.content_hash, source: r.source, url: r.url }, r.id);
  });
  return index;
}

/** Consecutive slices of at most `size` items. */
function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Each stored article's story, with the story's row and the genre of an article carrying its title. */
async function storiesOf(db: Kysely<StoreSchema>, ids: readonly string[]) {
  type Row = { article_id: string; id: string; seq: number; created_at: string; title: string; first_published: string | null; last_published: string | null; title_genre: string | null };
  const out: Row[] = [];
  for (const part of slices(ids, IDS_PER_QUERY)) {
    const rows = await sql<Row>`with m as (select article_id, story_id from story_articles where article_id in (${sql.join(part)})),
        s as (select s.id, s.seq, s.created_at, s.title, s.first_published, s.last_published,
          case when s.title <> '' then (select a.genre from articles a join story_articles sa on sa.article_id = a.id
            where sa.story_id = s.id and a.title = s.title limit 1) end as title_genre
          from stories s where s.id in (select story_id from m))
      select m.article_id, s.* from m join s on s.id = m.story_id`.execute(db);
    out.push(...rows.rows);
  }
  return out.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/**
 * The stored articles `ids` (seq, outlet) and every member of their duplicate groups (with its group,
 * copy, kind and Jaccard), and each such group's own article.
 */
async function duplicatesOf(db: Kysely<StoreSchema>, ids: readonly string[]) {
  type Row = { id: string; group_id: string | null; copy_of: string | null; match_kind: DuplicateMembersTable['match_kind']; jaccard: number | null; outlet: string | null; seq: number };
  const out: Row[] = [];
  for (const part of slices(ids, IDS_PER_QUERY)) {
    const rows = await sql<Row>`with g as (select distinct group_id from duplicate_members where article_id in (${sql.join(part)}))
      select d.article_id as id, d.group_id, d.copy_of, d.match_kind, d.jaccard, a.outlet, a.seq
        from duplicate_members d join articles a on a.id = d.article_id where d.group_id in (select group_id from g)
      union all
      select a.id, null, null, null, null, a.outlet, a.seq from articles a where a.id in (${sql.join(part)}) or a.id in (select group_id from g)`.execute(db);
    out.push(...rows.rows);
  }
  return out.map((r) => ({ ...r, seq: Number(r.seq), jaccard: r.jaccard === null ? null : Number(r.jaccard) }));
}

/** Articles and their search tokens, in one statement. */
async function insertArticles(db: Kysely<StoreSchema>, rows: readonly { c: ReturnType<typeof articleColumns>; seq: number }[], ctx: BatchContext): Promise<void> {
  const values = rows.map(({ c, seq }) => {
    return sql`(${seq}, ${c.id}, ${c.content_hash}, ${c.source}, ${c.url}, ${c.outlet}, ${c.title}, ${c.published}, ${c.standfirst}, ${c.byline}, ${c.language},
      ${c.text}, ${c.removed}, ${c.genre}, ${c.annotations}, ${c.entity_names}, ${c.diagnostics}, ${ctx.now}, ${ctx.runId})`;
  });
  const tokens = rows.map(({ c }) => {
    const s = searchRow(c);
    return sql`(${s.article_id}, ${s.title}, ${s.entity_names})`;
  });
  await sql`with inserted as (insert into articles (seq, id, content_hash, source, url, outlet, title, published, standfirst, byline, language,
      text, removed, genre, annotations, entity_names, diagnostics, ingested_at, run_id) values ${sql.join(values)} returning id)
    insert into article_search (article_id, title, entity_names) select v.id, v.title, v.names from (values ${sql.join(tokens)}) as v (id, title, names)
      join inserted on inserted.id = v.id`.execute(db);
}

/** Writes the batch's stories: the ones it started, and the new title, dates and time of the stored ones it added to. */
async function upsertStories(db: Kysely<StoreSchema>, stories: readonly StoryState[], now: string): Promise<void> {
  if (stories.length === 0) return;
  await sql`insert into stories (seq, id, title, created_at, updated_at, first_published, last_published, merged_into)
    values ${sql.join(stories.map((s) => sql`(${s.seq}, ${s.id}, ${s.title}, ${s.created_at}, ${now}, ${s.first_published}, ${s.last_published}, null)`))}
    on conflict (id) do update set updated_at = excluded.updated_at, title = excluded.title,
      first_published = excluded.first_published, last_published = excluded.last_published`.execute(db);
}
