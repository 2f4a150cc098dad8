/**
 * The in-memory side of placing articles: the duplicate index and the incremental story clusterer,
 * rebuilt on opening by replaying the stored articles in storage order. Stored story membership
 * stays authoritative (users correct it); the clusterer only says which stored articles a new one
 * is closest to.
 */
import type { Kysely } from 'kysely';
import { createStreamClusterer, type ClusterFeatures, type IncrementalClusterOptions } from '../cluster/index.js';
import { createDuplicateIndex, type DeduperOptions, type DuplicateMatch } from '../dedupe/index.js';
import type { StoreSchema } from './schema.js';

/** Stored articles read per query while replaying: bounds memory without many round trips. */
const REPLAY_PAGE = 2000;
/** The latest articles of the clusterer's story looked up in the store: enough to outvote a corrected few. */
const MAX_NEIGHBOURS = 24;
/**
 * Copies (reprints, reposts, updates) are looked for among the articles published within this many
 * days of each other: syndication and reposts come within days, and the duplicate index's memory then
 * follows a month of articles, not the whole store.
 */
export const DEDUPE_WINDOW_DAYS = 30;
/**
 * An article without a date is looked for as a copy among the next this many articles: about the
 * 30 days above at the rate the story clusterer's article window assumes (some 870 articles a day),
 * so the index of an undated stream stays bounded as a dated one's does.
 */
export const DEDUPE_WINDOW_ARTICLES = 26_000;

export interface PlacementOptions {
  readonly cluster?: IncrementalClusterOptions;
  readonly dedupe?: DeduperOptions;
}

/** What placing one article found. */
export interface Placement {
  /** Earlier articles the new one copies, earliest first. */
  readonly copies: readonly DuplicateMatch[];
  /** Articles the clusterer put with the new one, newest first (empty when it started a story). */
  readonly neighbours: readonly string[];
}

export type PlacementIndex = ReturnType<typeof createPlacementIndex>;

/** Creates an empty placement index; `catchUp` fills it from the store. */
export function createPlacementIndex(options: PlacementOptions = {}) {
  const dupes = createDuplicateIndex({ windowDays: DEDUPE_WINDOW_DAYS, windowArticles: DEDUPE_WINDOW_ARTICLES, ...options.dedupe });
  const clusterer = createStreamClusterer(options.cluster);
  const members = new Map<string, string[]>();
  const seqOf = new Map<string, number>();
  /** Next suffix to try per base id, so allocating `name-N` stays O(1). */
  const nextSuffix = new Map<string, number>();
  let lastSeq = 0;

  function add(f: ClusterFeatures, seq: number): Placement {
    const copies = dupes.add({ id: f.id, text: f.text, outlet: f.outlet, published: f.published }).sort((a, b) => (seqOf.get(a.id) ?? 0) - (seqOf.get(b.id) ?? 0));
    const story = clusterer.add(f);
    let list = members.get(story);
    if (list === undefined) members.set(story, (list = []));
    const neighbours = list.slice(-MAX_NEIGHBOURS).reverse();
    list.push(f.id);
    // Only the latest are ever read: a long story's list stays short.
    if (list.length >= 2 * MAX_NEIGHBOURS) list.splice(0, list.length - MAX_NEIGHBOURS);
    seqOf.set(f.id, seq);
    lastSeq = Math.max(lastSeq, seq);
    return { copies, neighbours };
  }

  /** Adds the stored articles this index has not seen yet (all of them on first use), in storage order. */
  async function catchUp(db: Kysely<StoreSchema>): Promise<number> {
    let added = 0;
    for (;;) {
      const rows = await db.selectFrom('articles')
        .select(['seq', 'id', 'title', 'text', 'published', 'outlet', 'entity_names'])
        .where('seq', '>', lastSeq).orderBy('seq').limit(REPLAY_PAGE).execute();
      for (const row of rows) {
        add(featuresOfRow(row), row.seq);
        added += 1;
      }
      if (rows.length < REPLAY_PAGE) return added;
    }
  }

  return {
    add,
    catchUp,
    /** The seq of the latest article placed. */
    lastSeq: () => lastSeq,
    has: (id: string) => seqOf.has(id),
    /** A free article id for `base`: `base`, else `base-2`, `base-3`, … */
    allocateId(base: string): string {
      if (!seqOf.has(base)) return base;
      let n = nextSuffix.get(base) ?? 2;
      while (seqOf.has(`${base}-${n}`)) n += 1;
      nextSuffix.set(base, n + 1);
      return `${base}-${n}`;
    },
  };
}

/** The clusterer's features of a stored row: the same as `featuresOf` gave when it was stored. */
export function featuresOfRow(row: { id: string; title: string; text: string; published: string | null; outlet: string | null; entity_names: string }): ClusterFeatures {
  const names = JSON.parse(row.entity_names) as [string, number][];
  return {
    id: row.id,
    title: row.title || null,
    text: row.text,
    published: row.published,
    outlet: row.outlet,
    entities: names.map(([name, mentions]) => ({ name, mentions })),
  };
}
