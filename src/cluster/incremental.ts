/**
 * Incremental story clustering: each new article joins the closest open story or starts one.
 * Candidate stories come from an inverted index over the stories' most telling terms, and a story
 * leaves the index once no article has joined it for a time window, so the cost of one article
 * depends on the stories open in the window, not on every story seen.
 */
import { asStoryId, type StoryId } from '../types.js';
import { termCounts, type ClusterFeatures, type TermWeights } from './features.js';

export interface IncrementalClusterOptions {
  /** Mean tf-idf cosine to a story's latest articles at or above which an article joins it (default SAME_STORY). */
  readonly threshold?: number;
  /** Days without a new article after which a story is closed (default STORY_WINDOW_DAYS). */
  readonly windowDays?: number;
  /** Days after a story's first article during which similarity alone decides (default EVENT_DAYS). */
  readonly eventDays?: number;
  /** Candidate stories scored in full per article (default MAX_CANDIDATES). */
  readonly maxCandidates?: number;
  /** Weights of title, lead, body and entity terms (default DEFAULT_WEIGHTS in features.ts). */
  readonly weights?: Partial<TermWeights>;
}

/** A story so far: its id and its articles in the order they joined. */
export interface StorySnapshot {
  readonly id: StoryId;
  readonly articles: readonly string[];
}

/** Chosen on BASIL + DUC 2004 after reading the errors (docs/benchmarks-cluster.md); 0.10–0.15 score within 0.02. */
const SAME_STORY = 0.12;
/** A week without a new report closes a story: the index holds only live stories. */
const STORY_WINDOW_DAYS = 7;
/** Reports of one event come within a few days of it; later articles are often a follow-up event. */
const EVENT_DAYS = 3;
/** Enough to hold every story sharing several rare terms with the article. */
const MAX_CANDIDATES = 32;
/** The article's terms looked up in the index: its most telling ones say what the event is. */
const QUERY_TERMS = 20;
/** Terms each article adds to its story's index entry. */
const INDEX_TERMS = 20;
/** A term in more open stories than this tells none of them apart; skipping it bounds the lookup. */
const MAX_POSTINGS = 200;
/** Latest articles of a story an article is compared with: bounds the cost of a large story. */
const MAX_MEMBERS = 12;
/** Norms are recomputed once the collection grew by this factor (idf moves slowly). */
const NORM_DRIFT = 1.1;
/** Added to every idf: a term shared by all articles so far (common early in a stream) still counts a little. */
const IDF_FLOOR = 1;
const DAY_MS = 86_400_000;

/** An article's terms as ids with log-scaled weights (idf applied when compared, as it drifts). */
interface Member {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  norm: number;
  normDocs: number;
}

interface Story {
  readonly id: StoryId;
  readonly articles: string[];
  members: Member[];
  first: number;
  last: number;
  indexed: number[];
}

/**
 * Creates a clusterer that places articles one at a time, in arrival order. Articles should arrive
 * roughly in date order; an undated article is placed as if published on the latest date seen.
 */
export function createIncrementalClusterer(options: IncrementalClusterOptions = {}) {
  const threshold = options.threshold ?? SAME_STORY;
  const windowDays = options.windowDays ?? STORY_WINDOW_DAYS;
  const eventDays = options.eventDays ?? EVENT_DAYS;
  const maxCandidates = options.maxCandidates ?? MAX_CANDIDATES;
  const weights = options.weights ?? {};
  if (!(threshold > 0 && threshold <= 1)) throw new Error(`threshold must be in (0, 1], got ${threshold}`);
  if (!(windowDays > 0) || !(eventDays > 0)) throw new Error('windowDays and eventDays must be positive');

  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  let docs = 0;
  /** Per-term scratch weights of the article being placed (sparse use of a dense array). */
  let scratch = new Float64Array(1024);
  const observed = new Set<string>();
  const added = new Map<string, Story>();
  const stories: Story[] = [];
  const postings = new Map<number, Set<Story>>();
  const open = new Set<Story>();
  /** The latest publication day seen: "now" for undated articles and for closing stories. */
  let clock: number | null = null;
  let sweptAt: number | null = null;

  const idf = (id: number) => Math.log((docs + 1) / ((df[id] ?? 0) + 1)) + IDF_FLOOR;

  function memberOf(f: ClusterFeatures): Member {
    const counts = termCounts(f, weights);
    const ids = new Int32Array(counts.size);
    const w = new Float64Array(counts.size);
    let i = 0;
    for (const [term, c] of counts) {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(term, id);
        df.push(0);
      }
      ids[i] = id;
      w[i] = 1 + Math.log(c);
      i++;
    }
    return { ids, weights: w, norm: 0, normDocs: 0 };
  }

  function count(id: string, m: Member) {
    if (observed.has(id)) return;
    observed.add(id);
    docs += 1;
    for (const t of m.ids) df[t] = (df[t] ?? 0) + 1;
  }

  function norm(m: Member): number {
    if (m.normDocs === 0 || docs > m.normDocs * NORM_DRIFT) {
      let sum = 0;
      for (let i = 0; i < m.ids.length; i++) sum += (m.weights[i]! * idf(m.ids[i]!)) ** 2;
      m.norm = Math.sqrt(sum);
      m.normDocs = docs;
    }
    return m.norm;
  }

  /** The first `k` term ids by weight·idf (`tfidf`, one per term of `m`), heaviest first, ties in term order. */
  function topTerms(m: Member, tfidf: Float64Array, k: number): number[] {
    const order = Array.from({ length: m.ids.length }, (_, i) => i).sort((a, b) => tfidf[b]! - tfidf[a]! || a - b);
    return order.slice(0, k).map((i) => m.ids[i]!);
  }

  /** Mean cosine of the article (in `scratch`) and the story's latest members: no drift towards a topic as a centroid has. */
  function averageLink(articleNorm: number, s: Story): number {
    let sum = 0;
    for (const m of s.members) {
      let dot = 0;
      for (let i = 0; i < m.ids.length; i++) dot += scratch[m.ids[i]!]! * m.weights[i]!;
      const n = norm(m);
      if (n > 0) sum += dot / (n * articleNorm);
    }
    return s.members.length === 0 ? 0 : sum / s.members.length;
  }

  /** A story is one event: past its first days, an article must be closer to join (a follow-up is a new story). */
  function ageFactor(at: number | null, s: Story): number {
    if (at === null || !Number.isFinite(s.first)) return 1;
    const over = at - s.first - eventDays;
    return over <= 0 ? 1 : 1 / (1 + over / eventDays);
  }

  function close(s: Story) {
    open.delete(s);
    for (const t of s.indexed) {
      const list = postings.get(t);
      list?.delete(s);
      if (list?.size === 0) postings.delete(t);
    }
    // A closed story is never compared again: its vectors would only hold memory.
    s.indexed = [];
    s.members = [];
  }

  function sweep() {
    if (clock === null || sweptAt === clock) return;
    sweptAt = clock;
    for (const s of open) if (clock - s.last > windowDays) close(s);
  }

  function candidates(top: readonly number[], at: number | null): Story[] {
    const hits = new Map<Story, number>();
    for (const t of top.slice(0, QUERY_TERMS)) {
      const list = postings.get(t);
      if (!list || list.size > MAX_POSTINGS) continue;
      const w = idf(t);
      for (const s of list) hits.set(s, (hits.get(s) ?? 0) + w);
    }
    return [...hits]
      .filter(([s]) => at === null || (at <= s.last + windowDays && at >= s.first - windowDays))
      .sort((a, b) => b[1] - a[1])
      .slice(0, maxCandidates)
      .map(([s]) => s);
  }

  /** Places an article: returns the id of the story it joined or started. */
  function add(f: ClusterFeatures): StoryId {
    if (added.has(f.id)) throw new Error(`article id "${f.id}" was added twice: give each article a unique id`);
    const day = dayOf(f.published);
    if (day !== null && (clock === null || day > clock)) clock = day;
    sweep();
    const at = day ?? clock;

    const m = memberOf(f);
    count(f.id, m);
    if (scratch.length < vocabulary.size) {
      const grown = new Float64Array(Math.max(vocabulary.size, scratch.length * 2));
      grown.set(scratch);
      scratch = grown;
    }
    // One idf per term for the scratch vector, the norm and the top terms (idf is fixed until the next article).
    const tfidf = new Float64Array(m.ids.length);
    let squares = 0;
    for (let i = 0; i < m.ids.length; i++) {
      const id = m.ids[i]!;
      const w = idf(id);
      const x = m.weights[i]! * w;
      tfidf[i] = x;
      scratch[id] = x * w;
      squares += x * x;
    }
    m.norm = Math.sqrt(squares);
    m.normDocs = docs;
    const articleNorm = m.norm;
    const top = topTerms(m, tfidf, Math.max(QUERY_TERMS, INDEX_TERMS));

    let best: Story | null = null;
    let bestScore = threshold;
    if (articleNorm > 0) {
      for (const s of candidates(top, at)) {
        const score = averageLink(articleNorm, s) * ageFactor(at, s);
        if (score >= bestScore) {
          best = s;
          bestScore = score;
        }
      }
    }
    for (const id of m.ids) scratch[id] = 0;

    const story = best ?? newStory();
    story.articles.push(f.id);
    if (at !== null) {
      story.first = Math.min(story.first, at);
      story.last = Math.max(story.last, at);
    }
    story.members.push(m);
    if (story.members.length > MAX_MEMBERS) story.members.shift();
    for (const t of top.slice(0, INDEX_TERMS)) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = new Set()));
      if (!list.has(story)) {
        list.add(story);
        story.indexed.push(t);
      }
    }
    added.set(f.id, story);
    return story.id;
  }

  function newStory(): Story {
    const s: Story = {
      id: asStoryId(`s${stories.length + 1}`),
      articles: [],
      members: [],
      first: Number.POSITIVE_INFINITY,
      last: Number.NEGATIVE_INFINITY,
      indexed: [],
    };
    stories.push(s);
    open.add(s);
    return s;
  }

  return {
    add,
    /** Counts an article's terms towards the document frequencies without placing it (a batch's warm-up). */
    observe: (f: ClusterFeatures): void => count(f.id, memberOf(f)),
    /** The story an added article is in, or null when it was never added. */
    storyOf: (id: string): StoryId | null => added.get(id)?.id ?? null,
    /** Every story so far, in the order they started. */
    stories: (): StorySnapshot[] => stories.map((s) => ({ id: s.id, articles: [...s.articles] })),
    /** Stories still open to new articles (the ones the index holds). */
    openStories: (): number => open.size,
  };
}

/** Day number of an ISO date, or null when missing or unreadable. */
function dayOf(published: string | null): number | null {
  if (!published) return null;
  const ms = Date.parse(published.slice(0, 10));
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}
