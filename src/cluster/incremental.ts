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
/** Latest members of a story a split divides: bounds the cost of the check (pairs of members). */
const SPLIT_MEMBERS = 20;
/** The smallest part a split leaves on either side. */
const SPLIT_MIN = 4;
/**
 * A split needs the parts' mean cross cosine below this share of the less cohesive part's mean
 * internal cosine. Chosen on BASIL + DUC 2004 (docs/benchmarks-cluster.md): 0.55–0.65 score alike.
 */
const SPLIT_RATIO = 0.6;
/**
 * A reassignment compares the joined story with the closest other candidate when that one scored
 * at least this share of the threshold. Chosen on BASIL + DUC 2004 (docs/benchmarks-cluster.md):
 * 0.3–0.8 score alike.
 */
const REASSIGN_FLOOR = 0.5;
/** A member moves only when the other story is clearly closer: an article about both stays put. */
const REASSIGN_GAIN = 1.1;
/** Norms are recomputed once the collection grew by this factor (idf moves slowly). */
const NORM_DRIFT = 1.1;
/** Added to every idf: a term shared by all articles so far (common early in a stream) still counts a little. */
const IDF_FLOOR = 1;
const DAY_MS = 86_400_000;

/** An article's terms as ids with log-scaled weights (idf applied when compared, as it drifts). */
interface Member {
  readonly id: string;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  norm: number;
  normDocs: number;
  /** The terms the article put in its story's index entry (they move with it when its story splits). */
  indexTerms: readonly number[];
}

interface Story {
  readonly id: StoryId;
  readonly articles: string[];
  members: Member[];
  /** The latest SPLIT_MEMBERS members, with their days: what a split redistributes. */
  recent: { m: Member; at: number | null }[];
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
    return { id: f.id, ids, weights: w, norm: 0, normDocs: 0, indexTerms: [] };
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
    s.recent = [];
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
    /** The closest other candidate: the story a reassignment compares the joined one with. */
    let runner: Story | null = null;
    let runnerScore = REASSIGN_FLOOR * threshold;
    if (articleNorm > 0) {
      for (const s of candidates(top, at)) {
        const score = averageLink(articleNorm, s) * ageFactor(at, s);
        if (score >= bestScore) {
          if (best && bestScore >= runnerScore) [runner, runnerScore] = [best, bestScore];
          best = s;
          bestScore = score;
        } else if (score >= runnerScore) {
          [runner, runnerScore] = [s, score];
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
    story.recent.push({ m, at });
    if (story.recent.length > SPLIT_MEMBERS) story.recent.shift();
    m.indexTerms = top.slice(0, INDEX_TERMS);
    indexTerms(story, m.indexTerms);
    added.set(f.id, story);
    if (best) {
      split(story);
      if (runner) reassign(added.get(f.id)!, runner);
    }
    return added.get(f.id)!.id;
  }

  function indexTerms(story: Story, terms: readonly number[]) {
    for (const t of terms) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = new Set()));
      if (!list.has(story)) {
        list.add(story);
        story.indexed.push(t);
      }
    }
  }

  /** Cosine of two members under the current idf (uses and clears `scratch`). */
  function cosine(a: Member, b: Member): number {
    const na = norm(a);
    const nb = norm(b);
    if (na === 0 || nb === 0) return 0;
    for (let i = 0; i < a.ids.length; i++) {
      const id = a.ids[i]!;
      const w = idf(id);
      scratch[id] = a.weights[i]! * w * w;
    }
    let dot = 0;
    for (let i = 0; i < b.ids.length; i++) dot += scratch[b.ids[i]!]! * b.weights[i]!;
    for (const id of a.ids) scratch[id] = 0;
    return dot / (na * nb);
  }

  /**
   * Refinement after an article joins: a story that two neighbouring events ran into (one event's
   * first report joined the other's story on a borderline score, and the rest followed) splits in
   * two. Its latest SPLIT_MEMBERS members are grouped by average-link agglomeration of their
   * pairwise cosines; the two largest groups at the last step where two groups have SPLIT_MIN
   * members are the cores, and every other member goes to the core it is closer to on average.
   * When the two parts' mean cross cosine is below SPLIT_RATIO times the weaker part's cohesion,
   * the part without the newest article leaves as a new story (its articles change story).
   * Cost: O(SPLIT_MEMBERS³) per join, bounded.
   */
  function split(story: Story) {
    const r = story.recent;
    const n = r.length;
    if (n < 2 * SPLIT_MIN) return;
    const sim: number[][] = r.map(() => new Array<number>(n).fill(1));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[i]![j] = sim[j]![i] = cosine(r[i]!.m, r[j]!.m);
    // Average-link agglomeration of the recent members down to two groups.
    const groups: number[][] = r.map((_, i) => [i]);
    const link = (x: number[], y: number[]) => {
      let sum = 0;
      for (const i of x) for (const j of y) sum += sim[i]![j]!;
      return sum / (x.length * y.length);
    };
    // The two largest groups at the last step where two groups are large enough are the cores.
    let cores: number[][] | null = null;
    while (groups.length > 1) {
      const big = groups.filter((g) => g.length >= SPLIT_MIN);
      if (big.length >= 2) cores = big.sort((x, y) => y.length - x.length).slice(0, 2).map((g) => [...g]);
      let bi = 0;
      let bj = 1;
      let bs = -Infinity;
      for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++) {
        const l = link(groups[i]!, groups[j]!);
        if (l > bs) [bi, bj, bs] = [i, j, l];
      }
      groups[bi] = groups[bi]!.concat(groups[bj]!);
      groups.splice(bj, 1);
    }
    if (!cores) return;
    const side = new Array<number>(n).fill(-1);
    for (const i of cores[0]!) side[i] = 0;
    for (const i of cores[1]!) side[i] = 1;
    for (let i = 0; i < n; i++) if (side[i] === -1) side[i] = link([i], cores[0]!) >= link([i], cores[1]!) ? 0 : 1;
    const size = [0, 0];
    for (const x of side) size[x]! += 1;
    if (size[0]! < SPLIT_MIN || size[1]! < SPLIT_MIN) return;
    let cross = 0;
    const within = [0, 0];
    const pairs = [0, 0];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      if (side[i] !== side[j]) cross += sim[i]![j]!;
      else { within[side[i]!]! += sim[i]![j]!; pairs[side[i]!]! += 1; }
    }
    cross /= size[0]! * size[1]!;
    const cohesion = Math.min(within[0]! / pairs[0]!, within[1]! / pairs[1]!);
    if (!(cross < SPLIT_RATIO * cohesion)) return;
    const keep = side[n - 1]!;
    const leaving = r.filter((_, i) => side[i] !== keep);
    const out = newStory();
    const gone = new Set(leaving.map((x) => x.m));
    story.recent = r.filter((x) => !gone.has(x.m));
    story.members = story.members.filter((m) => !gone.has(m));
    const ids = new Set(leaving.map((x) => x.m.id));
    for (let i = story.articles.length - 1; i >= 0; i--) if (ids.has(story.articles[i]!)) story.articles.splice(i, 1);
    for (const x of leaving) {
      out.articles.push(x.m.id);
      out.members.push(x.m);
      out.recent.push(x);
      if (x.at !== null) {
        out.first = Math.min(out.first, x.at);
        out.last = Math.max(out.last, x.at);
      }
      indexTerms(out, x.m.indexTerms);
      added.set(x.m.id, out);
    }
    if (out.members.length > MAX_MEMBERS) out.members.splice(0, out.members.length - MAX_MEMBERS);
  }

  /**
   * Refinement after an article joins story `a` while another open story `b` was also close to it:
   * the two stories' latest members are re-examined, and each one that is closer on average to the
   * other story's latest members than to its own story's (and at least `threshold` close) moves
   * there. This undoes an early report that joined a neighbouring event's story on a borderline
   * score before its own story grew. The newest article stays where it joined, and no story loses
   * its last member. Cost: the pairwise cosines of at most 2 × SPLIT_MEMBERS members, bounded.
   */
  function reassign(a: Story, b: Story) {
    const all = [...a.recent, ...b.recent];
    const n = all.length;
    const na = a.recent.length;
    if (na + b.recent.length < 3) return;
    // Mean cosine of each member with the other members of each story (itself left out).
    const toA = new Float64Array(n);
    const toB = new Float64Array(n);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const c = cosine(all[i]!.m, all[j]!.m);
      (j < na ? toA : toB)[i]! += c;
      (i < na ? toA : toB)[j]! += c;
    }
    const newest = a.recent[na - 1]!;
    const moves: { x: Story['recent'][number]; from: Story; to: Story }[] = [];
    for (let i = 0; i < n; i++) {
      const inA = i < na;
      const own = inA ? toA[i]! / (na - 1 || 1) : toB[i]! / (n - na - 1 || 1);
      const other = inA ? toB[i]! / (n - na || 1) : toA[i]! / (na || 1);
      if (all[i] === newest || other < threshold || other <= own * REASSIGN_GAIN) continue;
      moves.push(inA ? { x: all[i]!, from: a, to: b } : { x: all[i]!, from: b, to: a });
    }
    for (const { x, from, to } of moves) {
      if (from.recent.length <= 1) continue;
      from.recent = from.recent.filter((y) => y !== x);
      from.members = from.members.filter((m) => m !== x.m);
      const k = from.articles.lastIndexOf(x.m.id);
      if (k >= 0) from.articles.splice(k, 1);
      to.articles.push(x.m.id);
      to.members.push(x.m);
      if (to.members.length > MAX_MEMBERS) to.members.shift();
      to.recent.push(x);
      if (to.recent.length > SPLIT_MEMBERS) to.recent.shift();
      if (x.at !== null) {
        to.first = Math.min(to.first, x.at);
        to.last = Math.max(to.last, x.at);
      }
      indexTerms(to, x.m.indexTerms);
      added.set(x.m.id, to);
    }
  }

  function newStory(): Story {
    const s: Story = {
      id: asStoryId(`s${stories.length + 1}`),
      articles: [],
      members: [],
      first: Number.POSITIVE_INFINITY,
      last: Number.NEGATIVE_INFINITY,
      indexed: [],
      recent: [],
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
