/**
 * The story summariser: extractive across the story's articles, redundancy-aware, held to a word
 * and a sentence budget. Each summary sentence is an exact span of one article, listed first in its
 * sources, followed by every other article's sentence that states the same fact.
 */
import type { AnnotatedArticle, Span, SummarySentence } from '../types.js';
import type { FactGroup } from './facts.js';
import { collectCandidates, countWords, type Candidate, type Cleaning } from './summarize-candidates.js';
import { conceptsOf, selectSentences } from './summarize-select.js';

export interface SummarizerOptions {
  /** At most this many words in all (default 100, DUC's budget). */
  readonly maxWords?: number;
  /** At most this many sentences (default: no limit besides the words). */
  readonly maxSentences?: number;
  /** How sentences may be cut (default `compress`); see summarize-candidates.ts. */
  readonly cleaning?: Cleaning;
  /**
   * Spend words left over by appending the first words of one more sentence (default false). This
   * is how DUC-style evaluations cut summaries at the word limit; the last sentence's span then
   * covers only the words shown.
   */
  readonly fill?: boolean;
}

export type Summarizer = (articles: readonly AnnotatedArticle[], facts?: readonly FactGroup[]) => SummarySentence[];

const DEFAULT_MAX_WORDS = 100;
/** Fill is for word-limit evaluations, which count every word up to the limit, so even one word is spent. */
const MIN_FILL_WORDS = 1;

/** Creates a summariser; misuse (a budget below one word or sentence) throws at once. */
export function createSummarizer(options: SummarizerOptions = {}): Summarizer {
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  const maxSentences = options.maxSentences ?? Number.POSITIVE_INFINITY;
  const cleaning = options.cleaning ?? 'compress';
  if (!(maxWords >= 1)) throw new RangeError(`maxWords must be at least 1, got ${maxWords}`);
  if (!(maxSentences >= 1)) throw new RangeError(`maxSentences must be at least 1, got ${maxSentences}`);
  return (articles, facts = []) => {
    const candidates = dedupeCandidates(collectCandidates(articles, cleaning));
    const { chosen, weights } = selectSentences(candidates, articles.length, { maxWords, maxSentences });
    const picked: { c: Candidate; text: string; end: number }[] = chosen.map((c) => ({ c, text: c.text, end: c.end }));
    const used = picked.reduce((n, p) => n + p.c.words, 0);
    if (options.fill === true && picked.length < maxSentences && maxWords - used >= MIN_FILL_WORDS) {
      const extra = filler(candidates, new Set(chosen), weights, maxWords - used);
      if (extra !== null) picked.push(extra);
    }
    const cited = picked.map((p) => ({ p, sources: citations(p.c, p.end, facts) }));
    const support = (x: { sources: readonly Span[] }) => new Set(x.sources.map((s) => s.article)).size;
    const place = (x: { p: { c: Candidate } }) => x.p.c.index / Math.max(1, x.p.c.article.sentences.length);
    // The most widely carried claims first, then story order (leads first); a cut filler always last.
    const full = cited.filter((x) => x.p.end === x.p.c.end).sort((x, y) => support(y) - support(x) || place(x) - place(y));
    const cut = cited.filter((x) => x.p.end !== x.p.c.end);
    return [...full, ...cut].map((x) => ({ text: x.p.text, sources: x.sources }));
  };
}

/** Identical sentences (wire copies) are one candidate: the first article's. */
function dedupeCandidates(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = c.text.toLowerCase().replace(/\W+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The unchosen candidate whose first `words` words add the most concept weight, cut to them. */
function filler(
  candidates: readonly Candidate[], chosen: ReadonlySet<Candidate>, weights: ReadonlyMap<string, number>, words: number,
): { c: Candidate; text: string; end: number } | null {
  const covered = new Set<string>();
  for (const c of chosen) for (const g of conceptsOf(c.text)) covered.add(g);
  let best: { c: Candidate; text: string; end: number; gain: number } | null = null;
  const sentences = new Set([...chosen].map((c) => c.sentence));
  for (const c of candidates) {
    if (sentences.has(c.sentence)) continue;
    const text = firstWords(c.text, words);
    let gain = 0;
    for (const g of conceptsOf(text)) if (!covered.has(g)) gain += weights.get(g) ?? 0;
    if (gain > 0 && (best === null || gain > best.gain) && countWords(text) >= MIN_FILL_WORDS) {
      best = { c, text, end: c.start + text.length, gain };
    }
  }
  return best;
}

/** The text up to the end of its n-th word. */
function firstWords(text: string, n: number): string {
  const re = /\S+/g;
  let end = 0;
  for (let i = 0; i < n; i++) {
    const m = re.exec(text);
    if (!m) break;
    end = m.index + m[0].length;
  }
  return text.slice(0, end);
}

/** The sentence's own span first, then the spans of every other article stating the same fact. */
function citations(c: Candidate, end: number, facts: readonly FactGroup[]): Span[] {
  const own: Span = { article: c.article.article.id, start: c.start, end };
  const group = facts.find((f) => f.claims.some((x) => x.article === c.article && x.sentence === c.sentence));
  const others = (group?.fact.sources ?? []).filter((sp) => sp.article !== own.article);
  return [own, ...others];
}
