/**
 * Incremental story clustering: each new article joins the closest open story or starts one.
 * Candidate stories come from an inverted index over the stories' most telling terms, and a story
 * leaves the index once no article has joined it for a time window, so the cost of one article
 * depends on the stories open in the window, not on every story seen.
 */
import { asStoryId, dayNumber, type StoryId } from '../types.js';
import type { ClusterFeatures, TermWeights } from './features.js';
import { ARTICLE_SWEEP_EVERY, EVENT_DAYS, eventAgeFactor, IDF_FLOOR, INDEX_TERMS, MAX_CANDIDATES, MAX_MEMBERS, MAX_POSTINGS, NORM_DRIFT, QUERY_TERMS, REASSIGN_FLOOR, REASSIGN_GAIN, SAME_STORY, sortIds, SPLIT_MEMBERS, SPLIT_MIN, SPLIT_RATIO, STORY_WINDOW_ARTICLES, STORY_WINDOW_DAYS, type Member, type Story } from './incremental-state.js';
import { createTermCounter, TermVocabulary } from './terms.js';

export interface IncrementalClusterOptions {
  /** Mean tf-idf cosine to a story's latest articles at or above which an article joins it (default SAME_STORY). */
  readonly threshold?: number;
  /** Days without a new article after which a story is closed (default STORY_WINDOW_DAYS). */
  readonly windowDays?: number;
  /**
   * Articles added since its last one after which a story without any date is closed (default
   * STORY_WINDOW_ARTICLES): the window of an undated stream, which has no days to count.
   */
  readonly windowArticles?: number;
  /** Days after a story's first article during which similarity alone decides (default EVENT_DAYS). */
  readonly eventDays?: number;
  /** Candidate stories scored in full per article (default MAX_CANDIDATES). */
  readonly maxCandidates?: number;
  /** Weights of title, lead, body and entity terms (default DEFAULT_WEIGHTS in features.ts). */
  readonly weights?: Partial<TermWeights>;
  /**
   * Document frequencies of other news, counted as if those documents had been seen first: a small
   * collection then weighs its words by how rare they are in news, not among its few articles.
   * None by default here; `clusterFeatures` (a collection briefed at once) reads the shipped table
   * (`background.ts`) unless given `false`, and `createStreamClusterer` (a store's feed) reads it
   * for its first articles (`backgroundArticles`).
   */
  readonly background?: BackgroundFrequencies | false;
  /**
   * With a `background`: once the clusterer has counted this many articles of its own, the table is
   * dropped and the collection's own counts alone weigh the words (default: kept). A store starts
   * from nothing: its first articles need the table, and a grown store's own counts are the better
   * measure of what its feed repeats.
   */
  readonly backgroundArticles?: number;
}

/** How many documents of a background collection hold each term (terms as `termCounts` spells them). */
export interface BackgroundFrequencies {
  readonly docs: number;
  readonly df: ReadonlyMap<string, number>;
}

/** A story so far: its id and its articles in the order they joined. */
export interface StorySnapshot {
  readonly id: StoryId;
  readonly articles: readonly string[];
}

/**
 * Creates a clusterer that places articles one at a time, in arrival order. Articles should arrive
 * roughly in date order; an undated article is placed as if published on the latest date seen.
 */
export function createIncrementalClusterer(options: IncrementalClusterOptions = {}) {
  const threshold = options.threshold ?? SAME_STORY;
  const windowDays = options.windowDays ?? STORY_WINDOW_DAYS;
  const windowArticles = options.windowArticles ?? STORY_WINDOW_ARTICLES;
  const eventDays = options.eventDays ?? EVENT_DAYS;
  const maxCandidates = options.maxCandidates ?? MAX_CANDIDATES;
  const weights = options.weights ?? {};
  if (!(threshold > 0 && threshold <= 1)) throw new Error(`threshold must be in (0, 1], got ${threshold}`);
  if (!(windowDays > 0) || !(eventDays > 0) || !(windowArticles > 0)) throw new Error('windowDays, windowArticles and eventDays must be positive');
  if (!Number.isInteger(maxCandidates) || maxCandidates < 1) throw new Error(`maxCandidates must be a positive integer, got ${maxCandidates}`);

  const vocabulary = new TermVocabulary();
  const countTerms = createTermCounter(vocabulary, weights);
  let background = options.background === false ? undefined : options.background;
  const backgroundArticles = options.backgroundArticles ?? Infinity;
  if (!(backgroundArticles >= 0)) throw new Error(`backgroundArticles must be a count of articles, got ${backgroundArticles}`);
  const df: number[] = [];
  let docs = background?.docs ?? 0;
  /** Per-term scratch weights of the article being placed (sparse use of a dense array). */
  let scratch = new Float64Array(1024);
  /** Per-term scratch sums (or positions) while a summed vector is built or updated (zero between uses). */
  let sums = new Float64Array(1024);
  /** The terms met while a summed vector is built. */
  let touched = new Int32Array(1024);
  /**
   * The idf of the terms in `df` documents, valid while `idfAt[df] === docs + 1` (idf moves only when
   * an article is counted): the many terms of one document frequency share one logarithm.
   */
  let idfValue = new Float64Array(Math.max(1024, 2 * (docs + 1)));
  let idfAt = new Float64Array(idfValue.length);
  /** Articles placed so far: marks the candidate stories of the current one. */
  let placed = 0;
  /** Articles added so far: the clock of stories without dates. */
  let arrivals = 0;
  const observed = new Set<string>();
  const added = new Map<string, Story>();
  const stories: Story[] = [];
  /** The open stories indexed under each term id, in the order they were indexed (undefined for none). */
  const postings: (Story[] | undefined)[] = [];
  const open = new Set<Story>();
  /** The latest publication day seen: "now" for undated articles and for closing stories. */
  let clock: number | null = null;
  let sweptAt: number | null = null;

  const idf = (id: number): number => {
    const d = df[id] ?? 0;
    if (idfAt[d] === docs + 1) return idfValue[d]!;
    const v = Math.log((docs + 1) / (d + 1)) + IDF_FLOOR;
    idfValue[d] = v;
    idfAt[d] = docs + 1;
    return v;
  };

  /** Grows the per-term arrays to the vocabulary. */
  function reserve() {
    if (scratch.length >= vocabulary.size) return;
    const size = Math.max(vocabulary.size, scratch.length * 2);
    const grow = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    scratch = grow(scratch);
    sums = grow(sums);
  }

  function memberOf(f: ClusterFeatures): Member {
    const { ids, counts } = countTerms(f);
    const w = counts;
    for (let i = 0; i < w.length; i++) w[i] = 1 + Math.log(w[i]!);
    while (df.length < vocabulary.size) {
      df.push(background?.df.get(vocabulary.terms[df.length]!) ?? 0);
      postings.push(undefined);
    }
    reserve();
    return { id: f.id, ids, weights: w, norm: 0, normDocs: 0, squared: null, squaredDocs: 0, indexTerms: [] };
  }

  function count(id: string, m: Member) {
    if (observed.has(id)) return;
    observed.add(id);
    docs += 1;
    if (docs >= idfAt.length) {
      // Document frequencies run from 0 to `docs`.
      const value = new Float64Array(idfAt.length * 2);
      value.set(idfValue);
      idfValue = value;
      const stamp = new Float64Array(idfAt.length * 2);
      stamp.set(idfAt);
      idfAt = stamp;
    }
    for (const t of m.ids) df[t] = (df[t] ?? 0) + 1;
    if (background !== undefined && observed.size >= backgroundArticles) dropBackground(background);
  }

  /** Takes the background's counts out of the statistics; every norm and summed vector is computed anew. */
  function dropBackground(table: BackgroundFrequencies) {
    for (let t = 0; t < df.length; t++) df[t]! -= table.df.get(vocabulary.terms[t]!) ?? 0;
    docs -= table.docs;
    background = undefined;
    for (const s of stories) {
      s.summed = null;
      for (const m of s.members) forget(m);
      for (const x of s.recent) forget(x.m);
    }
  }

  function forget(m: Member) {
    m.normDocs = 0;
    m.squared = null;
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

  /** `m.squared`, recomputed when an article was counted since (idf changes only then). */
  function squaredOf(m: Member): Float64Array {
    if (m.squared !== null && m.squaredDocs === docs) return m.squared;
    const out = m.squared ?? new Float64Array(m.ids.length);
    for (let k = 0; k < m.ids.length; k++) {
      const w = idf(m.ids[k]!);
      out[k] = m.weights[k]! * w * w;
    }
    m.squared = out;
    m.squaredDocs = docs;
    return out;
  }

  /** The first `k` term ids by weight·idf (`tfidf`, one per term of `m`), heaviest first, ties in term order. */
  function topTerms(m: Member, tfidf: Float64Array, k: number): number[] {
    // Insertion into a sorted top k: a later term passes an earlier one only when strictly heavier.
    const order: number[] = [];
    for (let i = 0; i < m.ids.length; i++) {
      const x = tfidf[i]!;
      if (order.length === k && !(x > tfidf[order[k - 1]!]!)) continue;
      let p = order.length === k ? k - 1 : order.length;
      while (p > 0 && tfidf[order[p - 1]!]! < x) {
        order[p] = order[p - 1]!;
        p--;
      }
      order[p] = i;
    }
    return order.map((i) => m.ids[i]!);
  }

  /** The story's members summed as unit vectors (`Story.summed`), rebuilt when stale. */
  function summedOf(s: Story): NonNullable<Story['summed']> {
    const ms = s.members;
    const built = s.summed;
    if (built !== null && docs <= built.until) return built;
    if (built !== null) {
      let fresh = true;
      let rebuild = false;
      for (let k = 0; k < ms.length; k++) {
        const n = norm(ms[k]!);
        if (built.norms[k] !== n) {
          fresh = false;
          if (n === 0 || built.norms[k] === 0) rebuild = true;
        }
      }
      if (fresh) {
        built.until = dueAt(ms);
        return built;
      }
      if (!rebuild) {
        // Norms recomputed under the drifted idf: each such member's share is rescaled in place.
        const { ids, weights } = built;
        for (let i = 0; i < ids.length; i++) sums[ids[i]!] = i + 1;
        for (let k = 0; k < ms.length; k++) {
          const m = ms[k]!;
          const was = built.norms[k]!;
          if (was === m.norm) continue;
          for (let i = 0; i < m.ids.length; i++) {
            const at = sums[m.ids[i]!]! - 1;
            weights[at] = weights[at]! + (m.weights[i]! / m.norm - m.weights[i]! / was);
          }
          built.norms[k] = m.norm;
        }
        for (let i = 0; i < ids.length; i++) sums[ids[i]!] = 0;
        built.until = dueAt(ms);
        return built;
      }
    } else for (const m of ms) norm(m);
    const norms = Float64Array.from(ms, (m) => m.norm);
    const count = spreadUnits(ms, 0, ms.length);
    const ids = sortIds(touched, count);
    const weights = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      weights[i] = sums[ids[i]!]!;
      sums[ids[i]!] = 0;
    }
    return (s.summed = { ids, weights, norms, until: dueAt(ms) });
  }

  /**
   * Adds the unit vectors (weights over the norm) of `ms[from..to)` into `sums`, listing each term
   * met first in `touched`; returns how many terms it listed. The caller clears `sums` after use.
   */
  function spreadUnits(ms: readonly Member[], from: number, to: number): number {
    let size = 0;
    for (let j = from; j < to; j++) size += ms[j]!.ids.length;
    if (touched.length < size) touched = new Int32Array(Math.max(size, touched.length * 2));
    let count = 0;
    for (let j = from; j < to; j++) {
      const g = ms[j]!;
      const n = norm(g);
      if (n === 0) continue;
      for (let k = 0; k < g.ids.length; k++) {
        const id = g.ids[k]!;
        if (sums[id] === 0) touched[count++] = id;
        sums[id] = sums[id]! + g.weights[k]! / n;
      }
    }
    return count;
  }

  /** The collection size past which the first of `ms` has its norm recomputed (see `norm`). */
  function dueAt(ms: readonly Member[]): number {
    let until = Infinity;
    for (const m of ms) until = Math.min(until, m.normDocs * NORM_DRIFT);
    return until;
  }

  /** Mean cosine of the article (in `scratch`) and the story's latest members: no drift towards a topic as a centroid has. */
  function averageLink(articleNorm: number, s: Story): number {
    if (s.members.length === 0) return 0;
    const { ids, weights } = summedOf(s);
    let dot = 0;
    for (let i = 0; i < ids.length; i++) dot += scratch[ids[i]!]! * weights[i]!;
    return dot / articleNorm / s.members.length;
  }

  /** A story is one event: past its first days, an article must be closer to join (a follow-up is a new story). */
  function ageFactor(at: number | null, s: Story): number {
    if (at === null || !Number.isFinite(s.first)) return 1;
    return eventAgeFactor(at - s.first, eventDays);
  }

  function close(s: Story) {
    open.delete(s);
    for (const t of s.indexed) {
      const list = postings[t];
      if (list === undefined) continue;
      const at = list.indexOf(s);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) postings[t] = undefined;
    }
    // A closed story is never compared again: its vectors would only hold memory.
    s.indexed.clear();
    s.members = [];
    s.summed = null;
    s.recent = [];
  }

  function sweep() {
    // Stories without dates, by arrivals (a dated story has last > -Infinity and is left to the days).
    if (arrivals % ARTICLE_SWEEP_EVERY === 0) {
      for (const s of open) if (s.last === Number.NEGATIVE_INFINITY && arrivals - s.lastArrival > windowArticles) close(s);
    }
    if (clock === null || sweptAt === clock) return;
    sweptAt = clock;
    for (const s of open) if (clock - s.last > windowDays) close(s);
  }

  function candidates(top: readonly number[], at: number | null): Story[] {
    placed += 1;
    const hits: Story[] = [];
    for (let k = 0; k < top.length && k < QUERY_TERMS; k++) {
      const t = top[k]!;
      const list = postings[t];
      if (!list || list.length > MAX_POSTINGS) continue;
      const w = idf(t);
      for (const s of list) {
        if (s.hitBy === placed) s.hit += w;
        else {
          s.hitBy = placed;
          s.hit = w;
          hits.push(s);
        }
      }
    }
    // The live stories with the most shared-term weight, heaviest first, ties in first-hit order: a
    // later story passes an earlier one only when strictly heavier (a stable sort, kept to the top).
    const best: Story[] = [];
    const k = maxCandidates;
    for (const s of hits) {
      if (at !== null && !(at <= s.last + windowDays && at >= s.first - windowDays)) continue;
      const x = s.hit;
      if (best.length >= k && !(x > best[k - 1]!.hit)) continue;
      let p = Math.min(best.length, k - 1);
      while (p > 0 && best[p - 1]!.hit < x) {
        best[p] = best[p - 1]!;
        p--;
      }
      best[p] = s;
    }
    return best;
  }

  /** Places an article: returns the id of the story it joined or started. */
  function add(f: ClusterFeatures): StoryId {
    if (added.has(f.id)) throw new Error(`article id "${f.id}" was added twice: give each article a unique id`);
    arrivals += 1;
    const day = dayNumber(f.published);
    if (day !== null && (clock === null || day > clock)) clock = day;
    sweep();
    const at = day ?? clock;

    const m = memberOf(f);
    count(f.id, m);
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
    story.summed = null;
    story.recent.push({ m, at });
    if (story.recent.length > SPLIT_MEMBERS) story.recent.shift();
    m.indexTerms = top.slice(0, INDEX_TERMS);
    indexTerms(story, m.indexTerms);
    added.set(f.id, story);
    if (best) {
      split(story);
      if (runner) reassign(added.get(f.id)!, runner);
    }
    const joined = added.get(f.id)!;
    joined.lastArrival = arrivals;
    return joined.id;
  }

  function indexTerms(story: Story, terms: readonly number[]) {
    for (const t of terms) {
      if (story.indexed.has(t)) continue;
      story.indexed.add(t);
      const list = postings[t];
      if (list === undefined) postings[t] = [story];
      else list.push(story);
    }
  }

  /**
   * Cosines of every pair of `ms` under the current idf, row-major `n × n` with 1 on the diagonal
   * (uses and clears `scratch`: each member's weights are spread once for all later members).
   */
  function pairwise(ms: readonly Member[]): Float64Array {
    const n = ms.length;
    const sim = new Float64Array(n * n);
    const norms = new Float64Array(n);
    for (let i = 0; i < n; i++) norms[i] = norm(ms[i]!);
    for (let i = 0; i < n; i++) {
      sim[i * n + i] = 1;
      const a = ms[i]!;
      const na = norms[i]!;
      if (na === 0) continue;
      const xa = squaredOf(a);
      for (let k = 0; k < a.ids.length; k++) scratch[a.ids[k]!] = xa[k]!;
      for (let j = i + 1; j < n; j++) {
        const b = ms[j]!;
        const nb = norms[j]!;
        if (nb === 0) continue;
        let dot = 0;
        for (let k = 0; k < b.ids.length; k++) dot += scratch[b.ids[k]!]! * b.weights[k]!;
        sim[i * n + j] = sim[j * n + i] = dot / (na * nb);
      }
      for (let k = 0; k < a.ids.length; k++) scratch[a.ids[k]!] = 0;
    }
    return sim;
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
    const cos = pairwise(r.map((x) => x.m));
    const sim: number[][] = r.map((_, i) => Array.from(cos.subarray(i * n, (i + 1) * n)));
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
    story.summed = null;
    const ids = new Set(leaving.map((x) => x.m.id));
    for (let i = story.articles.length - 1; i >= 0; i--) if (ids.has(story.articles[i]!)) story.articles.splice(i, 1);
    for (const x of leaving) arrive(out, x);
  }

  /** Puts a member that left another story into `to`: its article list, latest members, dates and index entry. */
  function arrive(to: Story, x: Story['recent'][number]) {
    to.articles.push(x.m.id);
    to.members.push(x.m);
    if (to.members.length > MAX_MEMBERS) to.members.shift();
    to.summed = null;
    to.recent.push(x);
    if (to.recent.length > SPLIT_MEMBERS) to.recent.shift();
    if (x.at !== null) {
      to.first = Math.min(to.first, x.at);
      to.last = Math.max(to.last, x.at);
    }
    indexTerms(to, x.m.indexTerms);
    added.set(x.m.id, to);
  }

  /**
   * For each of `ms`, the sum of its cosines with the members `ms[from..to)` other than itself, under
   * the current idf: one dot product with the group's unit vectors summed (in `sums`), less its own
   * share. Cost: the terms of the group plus the terms of `ms`, not their pairs.
   */
  function linkSums(ms: readonly Member[], from: number, to: number): Float64Array {
    const count = spreadUnits(ms, from, to);
    const out = new Float64Array(ms.length);
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      const n = norm(m);
      if (n === 0) continue;
      let dot = 0;
      let self = 0;
      const xs = squaredOf(m);
      for (let k = 0; k < m.ids.length; k++) {
        const x = xs[k]!;
        dot += x * sums[m.ids[k]!]!;
        self += x * m.weights[k]!;
      }
      out[i] = i >= from && i < to ? dot / n - self / (n * n) : dot / n;
    }
    for (let k = 0; k < count; k++) sums[touched[k]!] = 0;
    return out;
  }

  /**
   * Refinement after an article joins story `a` while another open story `b` was also close to it:
   * the two stories' latest members are re-examined, and each one that is closer on average to the
   * other story's latest members than to its own story's (and at least `threshold` close) moves
   * there. This undoes an early report that joined a neighbouring event's story on a borderline
   * score before its own story grew. The newest article stays where it joined, and no story loses
   * its last member. Cost: the mean cosines of at most 2 × SPLIT_MEMBERS members with two
   * summed vectors, bounded.
   */
  function reassign(a: Story, b: Story) {
    const all = [...a.recent, ...b.recent];
    const n = all.length;
    const na = a.recent.length;
    if (na + b.recent.length < 3) return;
    // Mean cosine of each member with the other members of each story (itself left out).
    const ms = all.map((x) => x.m);
    const toA = linkSums(ms, 0, na);
    const toB = linkSums(ms, na, n);
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
      from.summed = null;
      const k = from.articles.lastIndexOf(x.m.id);
      if (k >= 0) from.articles.splice(k, 1);
      arrive(to, x);
    }
  }

  function newStory(): Story {
    const s: Story = {
      id: asStoryId(`s${stories.length + 1}`),
      articles: [],
      members: [],
      summed: null,
      hit: 0,
      hitBy: 0,
      lastArrival: arrivals,
      first: Number.POSITIVE_INFINITY,
      last: Number.NEGATIVE_INFINITY,
      indexed: new Set(),
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
