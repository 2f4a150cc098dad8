/**
 * Writing one placed article: its row, its story (found or started) and its duplicate group, all
 * inside the caller's transaction, so an interrupted ingest never leaves an article without a story.
 * On SQLite the statements are prepared once on the connection: through the query builder,
 * building and compiling about ten queries per article cost as much as running them. PostgreSQL's
 * writer (place-article-postgres.ts) makes the same decisions with the helpers below.
 */
import type Database from 'better-sqlite3';
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
  /** The article's content hash (`contentHash`). */
  readonly hash: string;
  readonly url: string | null;
  readonly runId: number | null;
  readonly now: string;
}

/** An article already stored that an incoming one repeats, and how it was recognised. */
export interface ExistingArticle {
  readonly existing: string;
  readonly reason: 'same-content' | 'same-source' | 'same-url';
}

/**
 * The store's side of placing articles, given the transaction (or, for `findExisting`, any
 * connection) to run on. SQLite's answers at once (its prepared statements run on the one
 * connection, inside the open transaction, and ignore `db`); PostgreSQL's sends its queries on `db`
 * and returns promises. The ingester awaits either.
 */
export interface PlacementWriter {
  /** The stored article this one repeats (same content, then same URL, then same source), or null. */
  findExisting(db: Kysely<StoreSchema>, hash: string, source: string, url: string | null): ExistingArticle | null | Promise<ExistingArticle | null>;
  /** Stores the article and its story and duplicate group; `db` holds the write transaction. */
  place(db: Kysely<StoreSchema>, a: AnnotatedArticle, placement: Placement, ctx: PlaceContext): PlacedArticle | Promise<PlacedArticle>;
}

type Row<T> = T | undefined;

/** Prepares the placement statements on `sqlite`; every method must run inside a write transaction (or a read). */
export function createPlacementWriter(sqlite: Database.Database): PlacementWriter {
  const q = {
    byHash: sqlite.prepare<[string], { id: string }>('select id from articles where content_hash = ?'),
    byUrl: sqlite.prepare<[string], { id: string }>('select id from articles where url = ?'),
    bySource: sqlite.prepare<[string], { id: string }>('select id from articles where source = ?'),
    insertArticle: sqlite.prepare(`insert into articles (seq, id, content_hash, source, url, outlet, title, published, standfirst, byline, language,
      text, removed, genre, annotations, entity_names, diagnostics, ingested_at, run_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    storyOf: sqlite.prepare<[string], { story_id: string }>('select story_id from story_articles where article_id = ?'),
    maxStorySeq: sqlite.prepare<[], { seq: number | null }>('select max(seq) as seq from stories'),
    insertStory: sqlite.prepare(`insert into stories (seq, id, title, created_at, updated_at, first_published, last_published, merged_into)
      values (?, ?, ?, ?, ?, ?, ?, null)`),
    story: sqlite.prepare<[string], { title: string; first_published: string | null; last_published: string | null }>(
      'select title, first_published, last_published from stories where id = ?'),
    updateStory: sqlite.prepare('update stories set updated_at = ?, title = ?, first_published = ?, last_published = ? where id = ?'),
    insertMember: sqlite.prepare('insert into story_articles (article_id, story_id, joined_by, joined_at) values (?, ?, ?, ?)'),
    groupOf: sqlite.prepare<[string], { group_id: string }>('select group_id from duplicate_members where article_id = ?'),
    seqOf: sqlite.prepare<[string], { seq: number }>('select seq from articles where id = ?'),
    insertGroup: sqlite.prepare("insert into duplicate_groups (id, kind) values (?, 'exact')"),
    regroup: sqlite.prepare('update duplicate_members set group_id = ? where group_id = ?'),
    deleteGroup: sqlite.prepare('delete from duplicate_groups where id = ?'),
    insertDuplicate: sqlite.prepare('insert into duplicate_members (article_id, group_id, copy_of, match_kind, jaccard) values (?, ?, ?, ?, ?)'),
    groupRows: sqlite.prepare<[string], { outlet: string | null; match_kind: string | null }>(
      'select a.outlet, d.match_kind from duplicate_members d join articles a on a.id = d.article_id where d.group_id = ?'),
    setKind: sqlite.prepare('update duplicate_groups set kind = ? where id = ?'),
    titleGenre: sqlite.prepare<[string, string], { genre: string }>(
      'select a.genre from articles a join story_articles sa on sa.article_id = a.id where sa.story_id = ? and a.title = ? limit 1'),
  };

  /** The story's title once `a` joins it (see `titleWithout`). */
  function storyTitle(story: string, current: string, a: AnnotatedArticle): string {
    const title = titleWithout(current, a);
    return title !== null ? title : titleAfterCheck(current, a, q.titleGenre.get(story, current)?.genre);
  }

  function findExisting(_db: unknown, hash: string, source: string, url: string | null): ExistingArticle | null {
    const sameContent: Row<{ id: string }> = q.byHash.get(hash);
    if (sameContent !== undefined) return { existing: sameContent.id, reason: 'same-content' };
    const sameUrl: Row<{ id: string }> = url !== null ? q.byUrl.get(url) : undefined;
    if (sameUrl !== undefined) return { existing: sameUrl.id, reason: 'same-url' };
    const sameSource: Row<{ id: string }> = q.bySource.get(source);
    return sameSource !== undefined ? { existing: sameSource.id, reason: 'same-source' } : null;
  }

  function place(_db: unknown, a: AnnotatedArticle, placement: Placement, ctx: PlaceContext): PlacedArticle {
    const id = a.article.id as string;
    const c = articleColumns(a, ctx.url, ctx.hash);
    q.insertArticle.run(ctx.seq, c.id, c.content_hash, c.source, c.url, c.outlet, c.title, c.published, c.standfirst, c.byline, c.language,
      c.text, c.removed, c.genre, c.annotations, c.entity_names, c.diagnostics, ctx.now, ctx.runId);

    const chosen = chooseStory(placement, (n) => q.storyOf.get(n)?.story_id);
    let story = chosen.story;
    const joinedBy = chosen.joinedBy;
    if (story === null) story = startStory(a, ctx.now);
    else touchStory(story, a, ctx.now);
    q.insertMember.run(id, story, joinedBy, ctx.now);

    const duplicateOf = placement.copies.length > 0 ? joinDuplicateGroup(id, placement) : null;
    return { id, story, joinedBy, duplicateOf };
  }

  function startStory(a: AnnotatedArticle, now: string): string {
    const seq = Number(q.maxStorySeq.get()?.seq ?? 0) + 1;
    const id = `s${seq}`;
    const published = a.article.published;
    q.insertStory.run(seq, id, a.article.title, now, now, published, published);
    return id;
  }

  function touchStory(story: string, a: AnnotatedArticle, now: string): void {
    const row = q.story.get(story);
    if (row === undefined) throw new Error(`story ${story} vanished while placing an article`);
    const dates = widenedDates(row, a.article.published);
    q.updateStory.run(now, storyTitle(story, row.title, a), dates.first, dates.last, story);
  }

  /**
   * Puts the article into the group of the articles it copies, merging their groups when it links two
   * (as the duplicate index does): the group is named by its earliest article.
   */
  function joinDuplicateGroup(id: string, placement: Placement): string {
    const copies = placement.copies.map((c) => c.id);
    const groupOf = new Map<string, string>();
    for (const c of copies) {
      const g = q.groupOf.get(c)?.group_id;
      if (g !== undefined) groupOf.set(c, g);
    }
    const groups = [...new Set(groupOf.values())];
    const target = groupTarget(copies, groupOf, (x) => q.seqOf.get(x)?.seq ?? 0);
    if (!groups.includes(target)) q.insertGroup.run(target);
    for (const other of groups) {
      if (other === target) continue;
      q.regroup.run(target, other);
      q.deleteGroup.run(other);
    }
    for (const c of copies) if (!groupOf.has(c)) q.insertDuplicate.run(c, target, null, null, null);
    const best = placement.copies[0]!;
    q.insertDuplicate.run(id, target, best.id, best.kind, best.jaccard);
    q.setKind.run(groupKind(q.groupRows.all(target)), target);
    return target;
  }

  return { findExisting, place };
}

/**
 * The stored story an article joins, and how: a copy goes where its original is (copies report one
 * event, whatever the words' overlap says), else to the story holding most of its neighbours; null
 * (joined 'new') when it starts a story.
 */
export function chooseStory(placement: Placement, storyOf: (article: string) => string | undefined): { story: string | null; joinedBy: StoryArticlesTable['joined_by'] } {
  const first = placement.copies[0];
  const original = first === undefined ? undefined : storyOf(first.id);
  if (original !== undefined) return { story: original, joinedBy: 'copy' };
  const story = placement.neighbours.length > 0 ? majorityStory(placement.neighbours, storyOf) : null;
  return story === null ? { story: null, joinedBy: 'new' } : { story, joinedBy: 'cluster' };
}

/** The stored story holding most of the neighbours (newest first); a tie goes to the newest neighbour's story. */
export function majorityStory(neighbours: readonly string[], storyOf: (article: string) => string | undefined): string | null {
  const found = new Map<string, string>();
  const votes = new Map<string, number>();
  for (const n of neighbours) {
    const s = storyOf(n);
    if (s === undefined) continue;
    found.set(n, s);
    votes.set(s, (votes.get(s) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestVotes = 0;
  // Neighbours come newest first, so on a tie the first story met (the newest's) is kept.
  for (const n of neighbours) {
    const s = found.get(n);
    if (s === undefined) continue;
    const v = votes.get(s)!;
    if (v > bestVotes) {
      best = s;
      bestVotes = v;
    }
  }
  return best;
}

/**
 * A story is titled as its brief is: by a straight-news report when it has one (an opinion
 * column's headline is the column's take, not the event), else by its first article. The title
 * when that is clear without reading the store, else null: `titleAfterCheck` then decides.
 */
export function titleWithout(current: string, a: AnnotatedArticle): string | null {
  if (current === '') return a.article.title;
  if (a.genre.label !== 'news' || a.article.title === '' || a.article.title === current) return current;
  return null;
}

/** The title, given the stored genre (JSON) of the story's article carrying the current title. */
export function titleAfterCheck(current: string, a: AnnotatedArticle, currentGenre: string | undefined): string {
  const label = currentGenre === undefined ? null : (JSON.parse(currentGenre) as { label?: string }).label;
  return label === 'news' ? current : a.article.title;
}

/** A story's publication range widened to take in one more article's date. */
export function widenedDates(row: { first_published: string | null; last_published: string | null }, p: string | null): { first: string | null; last: string | null } {
  return {
    first: p !== null && (row.first_published === null || p < row.first_published) ? p : row.first_published,
    last: p !== null && (row.last_published === null || p > row.last_published) ? p : row.last_published,
  };
}

/**
 * The group an article joins: the earliest (by storage order) of the copies' groups and the
 * ungrouped copies themselves, as the duplicate index names a group by its earliest article.
 */
export function groupTarget(copies: readonly string[], groupOf: ReadonlyMap<string, string>, seqOf: (article: string) => number): string {
  const roots = [...new Set([...groupOf.values(), ...copies.filter((c) => !groupOf.has(c))])].sort((a, b) => seqOf(a) - seqOf(b));
  return roots[0]!;
}

/** As the duplicate index names groups: syndicated across outlets, exact when every copy is exact, else near. */
export function groupKind(rows: readonly { outlet: string | null; match_kind: string | null }[]): DuplicateKind {
  const outlets = new Set(rows.map((r) => r.outlet?.trim().toLowerCase()).filter((o): o is string => o !== undefined && o !== ''));
  if (outlets.size > 1) return 'syndicated';
  return rows.every((r) => r.match_kind === null || r.match_kind === 'exact') ? 'exact' : 'near';
}
