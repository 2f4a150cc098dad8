/** The incremental clusterer's limits (what joins a story, how long a story stays open, how many candidates and terms are read), the shapes of its members and stories, and the id sort it uses. */
import type { StoryId } from '../types.js';

/** Chosen on BASIL + DUC 2004 after reading the errors (docs/benchmarks-cluster.md); 0.10–0.15 score within 0.02. */
export const SAME_STORY = 0.12;
/** A week without a new report closes a story: the index holds only live stories. */
export const STORY_WINDOW_DAYS = 7;
/**
 * A story none of whose articles has a date (only an undated stream, or undated articles before the
 * first date, make one) closes once this many more articles have arrived after its latest one:
 * undated articles have no clock but their arrival order. The week of STORY_WINDOW_DAYS at the rate
 * of the store benchmark's stream (about 870 articles a day); measured on that stream without its
 * dates in docs/benchmarks-store.md.
 */
export const STORY_WINDOW_ARTICLES = 6000;
/** Articles between two sweeps for stories past the article window: a story closes at most this late. */
export const ARTICLE_SWEEP_EVERY = 64;
/**
 * How much of its similarity an article keeps toward a story that began `days` before it: all of it
 * within the event's first `eventDays`, then less, falling with the square of the days past them (a
 * quarter at `eventDays` past). Reports of one event come within a few days (BASIL's within four);
 * a linear fall let the next week's shutdown deal join the story of the offer that preceded it.
 */
export function eventAgeFactor(days: number, eventDays: number): number {
  const over = days - eventDays;
  return over <= 0 ? 1 : 1 / (1 + over / eventDays) ** 2;
}

/** Reports of one event come within a few days of it; later articles are often a follow-up event. */
export const EVENT_DAYS = 3;
/** Enough to hold every story sharing several rare terms with the article. */
export const MAX_CANDIDATES = 32;
/** The article's terms looked up in the index: its most telling ones say what the event is. */
export const QUERY_TERMS = 20;
/** Terms each article adds to its story's index entry. */
export const INDEX_TERMS = 20;
/** A term in more open stories than this tells none of them apart; skipping it bounds the lookup. */
export const MAX_POSTINGS = 200;
/** Latest articles of a story an article is compared with: bounds the cost of a large story. */
export const MAX_MEMBERS = 12;
/** Latest members of a story a split divides: bounds the cost of the check (pairs of members). */
export const SPLIT_MEMBERS = 20;
/** The smallest part a split leaves on either side. */
export const SPLIT_MIN = 4;
/**
 * A split needs the parts' mean cross cosine below this share of the less cohesive part's mean
 * internal cosine. Chosen on BASIL + DUC 2004 (docs/benchmarks-cluster.md): 0.55–0.65 score alike.
 */
export const SPLIT_RATIO = 0.6;
/**
 * A reassignment compares the joined story with the closest other candidate when that one scored
 * at least this share of the threshold. Chosen on BASIL + DUC 2004 (docs/benchmarks-cluster.md):
 * 0.3–0.8 score alike.
 */
export const REASSIGN_FLOOR = 0.5;
/** A member moves only when the other story is clearly closer: an article about both stays put. */
export const REASSIGN_GAIN = 1.1;
/** Norms are recomputed once the collection grew by this factor (idf moves slowly). */
export const NORM_DRIFT = 1.1;
/** Added to every idf: a term shared by all articles so far (common early in a stream) still counts a little. */
export const IDF_FLOOR = 1;

/** An article's terms as ids with log-scaled weights (idf applied when compared, as it drifts). */
export interface Member {
  readonly id: string;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  norm: number;
  normDocs: number;
  /** The weights times idf², under the idf of `squaredDocs` articles (the terms of a dot product with another article). */
  squared: Float64Array | null;
  squaredDocs: number;
  /** The terms the article put in its story's index entry (they move with it when its story splits). */
  indexTerms: readonly number[];
}

export interface Story {
  readonly id: StoryId;
  readonly articles: string[];
  /** The latest MAX_MEMBERS members; set `summed` to null whenever they change. */
  members: Member[];
  /**
   * The members' term vectors each divided by its norm and summed (term ids ascending): the mean
   * cosine of an article with the members is one sparse dot product with this sum. Null when the
   * members changed since it was built; rescaled in place when a member's norm was recomputed
   * (`norms` holds the norms it was built with).
   */
  summed: {
    readonly ids: Int32Array;
    readonly weights: Float64Array;
    readonly norms: Float64Array;
    /** No member's norm is due for recomputing while the collection has at most this many articles. */
    until: number;
  } | null;
  /** Candidate lookup: the shared-term score of the article being placed, and that article's number. */
  hit: number;
  hitBy: number;
  /** The number (in arrival order) of the latest article added to the story: the clock of a story without dates. */
  lastArrival: number;
  /** The latest SPLIT_MEMBERS members, with their days: what a split redistributes. */
  recent: { m: Member; at: number | null }[];
  first: number;
  last: number;
  /** The terms the story is indexed under. */
  indexed: Set<number>;
}

/** Counts per byte value while `sortIds` sorts (zero between uses), and its second buffer. */
const BUCKETS = new Int32Array(256);
let spare = new Int32Array(1024);

/**
 * `ids[0, count)` (non-negative) sorted ascending, in a new array: a least-significant-byte radix
 * sort, one pass per byte the largest id uses (a summed vector's few hundred ids sort in a fraction
 * of a comparison sort's time).
 */
export function sortIds(ids: Int32Array, count: number): Int32Array {
  const out = ids.slice(0, count);
  if (count < 2) return out;
  let max = 0;
  for (let i = 0; i < count; i++) max = Math.max(max, out[i]!);
  if (spare.length < count) spare = new Int32Array(Math.max(count, spare.length * 2));
  let from = out;
  let to = spare;
  for (let shift = 0; shift < 32 && max >>> shift !== 0; shift += 8) {
    for (let i = 0; i < count; i++) BUCKETS[(from[i]! >>> shift) & 255]! += 1;
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const n = BUCKETS[b]!;
      BUCKETS[b] = sum;
      sum += n;
    }
    for (let i = 0; i < count; i++) {
      const x = from[i]!;
      to[BUCKETS[(x >>> shift) & 255]!++] = x;
    }
    BUCKETS.fill(0);
    [from, to] = [to, from];
  }
  if (from !== out) out.set(from.subarray(0, count));
  return out;
}
