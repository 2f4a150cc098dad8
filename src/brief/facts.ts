/**
 * Facts: sentence-level claims grouped across articles when they say the same thing in other words.
 * Similarity is an IDF-weighted overlap of content-word stems and entity names, so "Wang Qishan
 * heads to Russia this week on his maiden overseas trip" groups with "Wang Qishan will visit Russia
 * and Belarus starting this week, … his first overseas trip".
 */
import type { AnnotatedArticle, ArticleId, Fact, Sentence, Span } from '../types.js';
import type { EntityIndex } from './merge-entities.js';
import { contentStems, stem } from './text-norm.js';

/** Weighted overlap above which two sentences of different articles state the same claim. */
const SAME_CLAIM = 0.3;
/** Sentences with fewer content words than this are headlines or fragments, not claims. */
const MIN_CONTENT_WORDS = 5;
/** Synonyms outlets use for the same thing; folded before comparing. */
const SYNONYMS: Readonly<Record<string, string>> = {
  maiden: 'first', debut: 'first', abroad: 'overseas', foreign: 'overseas', vice: 'vice', visit: 'trip',
  journey: 'trip', head: 'trip', heads: 'trip', summit: 'forum', 'vice-president': 'vice', 'vice-presidency': 'vice',
  president: 'president', ally: 'ally', allies: 'ally', trusted: 'ally', russian: 'russia', chinese: 'china',
  sino: 'china', american: 'united states', us: 'united states', u: 'united states',
  // Verbs and nouns news reports use interchangeably for one event.
  detain: 'arrest', detained: 'arrest', arrested: 'arrest', held: 'arrest', kill: 'die', killed: 'die', dead: 'die',
  died: 'die', deaths: 'die', death: 'die', fatal: 'die', injur: 'hurt', wounded: 'hurt', hurt: 'hurt',
  employees: 'worker', staff: 'worker', workers: 'worker', firm: 'company', company: 'company',
  fired: 'dismiss', sacked: 'dismiss', laid: 'dismiss', dismissed: 'dismiss', following: 'after',
  elect: 'vote', elections: 'vote', election: 'vote', poll: 'vote', polls: 'vote', ballot: 'vote',
  quake: 'earthquake', tremor: 'earthquake', blaze: 'fire', fire: 'fire', rebels: 'insurg', insurgents: 'insurg',
  talks: 'negotiat', negotiations: 'negotiat', negotiat: 'negotiat', accord: 'agreement', deal: 'agreement', pact: 'agreement',
};

/** The synonyms keyed by their stems too, since claims are compared as stems ("detained" -> "detain"). */
const STEMMED_SYNONYMS: ReadonlyMap<string, string> = new Map(Object.entries(SYNONYMS).map(([k, v]) => [stem(k), v]));

/** A content word's stem folded to the word its synonyms share ("detain" -> "arrest"). */
export function senseOf(w: string): string {
  return SYNONYMS[w] ?? STEMMED_SYNONYMS.get(w) ?? w;
}

export interface Claim {
  readonly article: AnnotatedArticle;
  readonly sentence: Sentence;
  readonly terms: ReadonlySet<string>;
  readonly quoteOnly: boolean;
}

export interface FactGroup {
  readonly fact: Fact;
  readonly claims: readonly Claim[];
}

export function claimTerms(a: AnnotatedArticle, s: Sentence, entities: EntityIndex): Set<string> {
  const terms = new Set(contentStems(s.text).map(senseOf));
  for (const e of a.entities) {
    for (const m of e.mentions) {
      if (m.start >= s.start && m.end <= s.end) terms.add(`@${entities.resolve(a.article.id, e.name)}`);
    }
  }
  return terms;
}

export function buildFacts(articles: readonly AnnotatedArticle[], entities: EntityIndex, outletOf: (id: ArticleId) => string): FactGroup[] {
  const claims: Claim[] = [];
  for (const a of articles) {
    for (const s of a.sentences) {
      const terms = claimTerms(a, s, entities);
      if (terms.size < MIN_CONTENT_WORDS) continue;
      const quoteOnly = a.quotes.some((q) => q.kind !== 'indirect' && q.start <= s.start + 2 && q.end >= s.end - 3);
      claims.push({ article: a, sentence: s, terms, quoteOnly });
    }
  }
  const idf = inverseFrequencies(claims);
  const groups: Claim[][] = [];
  const groupOf = new Map<Claim, number>();
  // Only claims that share a term can reach SAME_CLAIM: an inverted index finds them, so a story of
  // many articles does not compare every claim with every other.
  const byTerm = new Map<string, Claim[]>();
  const weight = new Map<Claim, number>(claims.map((c) => [c, [...c.terms].reduce((n, t) => n + (idf.get(t) ?? 1), 0)]));
  /** The group most like `c` (of those `skip` leaves), by its best link with a claim of another article, and that similarity. */
  const bestGroup = (c: Claim, skip: (gi: number) => boolean = () => false): { gi: number; sim: number } | null => {
    // The weighted overlap with every earlier claim that shares a term, accumulated term by term.
    const shared = new Map<Claim, number>();
    for (const t of c.terms) {
      const w = idf.get(t) ?? 1;
      for (const m of byTerm.get(t) ?? []) if (m !== c) shared.set(m, (shared.get(m) ?? 0) + w);
    }
    const simByGroup = new Map<number, number>();
    const wc = weight.get(c)!;
    for (const [m, overlap] of shared) {
      const gi = groupOf.get(m);
      if (gi === undefined || m.article === c.article || skip(gi)) continue;
      const sim = (2 * overlap) / (weight.get(m)! + wc);
      if (sim > (simByGroup.get(gi) ?? -1)) simByGroup.set(gi, sim);
    }
    // The earliest group wins a tie, as when every group is scanned in order.
    let best: { gi: number; sim: number } | null = null;
    for (const [gi, sim] of [...simByGroup].sort((x, y) => x[0] - y[0])) {
      if (sim >= SAME_CLAIM && (best === null || sim > best.sim)) best = { gi, sim };
    }
    return best;
  };
  const join = (c: Claim, gi: number): void => {
    if (gi === groups.length) groups.push([]);
    groups[gi]!.push(c);
    groupOf.set(c, gi);
  };
  for (const c of claims) {
    for (const t of c.terms) {
      const list = byTerm.get(t);
      if (list) list.push(c);
      else byTerm.set(t, [c]);
    }
    const best = bestGroup(c);
    if (best === null) {
      join(c, groups.length);
      continue;
    }
    // A group holds one claim per article. When the article's claim already there is less like the
    // group than this one ("Police … backed off that figure Friday evening" in the group of "The cause
    // of the fire had not been determined as of Friday evening", before the article's own sentence
    // saying so), this one takes its place and the other finds its next group.
    const g = groups[best.gi]!;
    const holder = g.find((m) => m.article === c.article);
    if (holder === undefined) {
      join(c, best.gi);
      continue;
    }
    const held = Math.max(0, ...g.filter((m) => m.article !== holder.article).map((m) => similarity(holder.terms, m.terms, idf)));
    const holds = (gi: number) => groups[gi]!.some((m) => m.article === c.article);
    if (best.sim <= held) {
      join(c, bestGroup(c, holds)?.gi ?? groups.length);
      continue;
    }
    g.splice(g.indexOf(holder), 1);
    groupOf.delete(holder);
    join(c, best.gi);
    join(holder, bestGroup(holder, holds)?.gi ?? groups.length);
  }
  return groups.map((g, i) => ({ fact: toFact(g, i, outletOf, idf), claims: g }))
    .sort((x, y) => y.fact.outlets - x.fact.outlets || firstStart(x) - firstStart(y));
}

function firstStart(g: FactGroup): number {
  return g.claims[0]!.sentence.start;
}

function toFact(g: readonly Claim[], i: number, outletOf: (id: ArticleId) => string, idf: ReadonlyMap<string, number>): Fact {
  const rep = representative(g, idf);
  const articles = [...new Set(g.map((c) => c.article.article.id))];
  const sources: Span[] = g.map((c) => ({ article: c.article.article.id, start: c.sentence.start, end: c.sentence.end }));
  return { id: `f${i + 1}`, text: rep.sentence.text, articles, outlets: new Set(articles.map(outletOf)).size, sources };
}

/** Straight news before analysis before opinion, wherever one article's wording is chosen over another's. */
export const GENRE_RANK = { news: 0, analysis: 1, opinion: 2 } as const;

/**
 * The wording shown for a fact: from straight news before analysis before opinion, then the claim
 * closest to the group's other claims (summed similarity), then the shortest. A group joins claims
 * by their likeness to any one member, so its shortest claim can be one that shares only a name with
 * the rest ("Mr. Mattis, a retired four-star Marine general, was rebuffed."); the most central one
 * states what the group has in common.
 */
export function representative(g: readonly Claim[], idf: ReadonlyMap<string, number>): Claim {
  // Rounded, so that the two claims of a pair (equal sums, added in another order) tie.
  const centrality = new Map(g.map((c) => [c, Math.round(1e6 * g.reduce((n, o) => (o === c ? n : n + similarity(c.terms, o.terms, idf)), 0))]));
  return [...g].sort((a, b) =>
    GENRE_RANK[a.article.genre.label] - GENRE_RANK[b.article.genre.label] ||
    centrality.get(b)! - centrality.get(a)! ||
    a.sentence.text.length - b.sentence.text.length)[0]!;
}

export function inverseFrequencies(claims: readonly { terms: ReadonlySet<string> }[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const c of claims) for (const t of c.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = claims.length;
  return new Map([...df].map(([t, d]) => [t, Math.log(1 + n / d)]));
}

/** Weighted Dice overlap of two term sets. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: ReadonlyMap<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const t of a) {
    const w = idf.get(t) ?? 1;
    total += w;
    if (b.has(t)) shared += w;
  }
  for (const t of b) total += idf.get(t) ?? 1;
  return total === 0 ? 0 : (2 * shared) / total;
}
