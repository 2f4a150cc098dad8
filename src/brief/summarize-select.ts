/**
 * Sentence selection for a multi-document summary: concept coverage under a word budget (after
 * Gillick and Favre's ICSI summariser). Concepts are stemmed word bigrams and content words; a
 * concept is worth the number of articles that use it, more when it appears in an article's lead,
 * so what many outlets report first outweighs what one mentions in passing. A concept counts once
 * however many chosen sentences carry it, which keeps the summary from repeating itself.
 * The coverage objective is maximised greedily (gain per word, several length exponents) and then
 * improved by swapping sentences in and out, which comes close to the exact optimum cheaply.
 */
import type { Candidate } from './summarize-candidates.js';
import { normWords, stem, STOP_WORDS } from './text-norm.js';

export interface SelectOptions {
  readonly maxWords: number;
  readonly maxSentences: number;
}

export interface Selection {
  readonly chosen: readonly Candidate[];
  /** The concept weight the chosen sentences cover. */
  readonly covered: number;
  /** Concept weights, for callers that extend the selection (the filler). */
  readonly weights: ReadonlyMap<string, number>;
}

/** A concept used by fewer articles than this share is one outlet's wording, not the story (ICSI: 3 of 10; 4 scored better on DUC 2004). */
const MIN_ARTICLE_SHARE = 0.4;
/** Single content words are concepts too, but say less than a bigram. */
const UNIGRAM_WEIGHT = 0.7;
/** News puts what matters first: a concept carried by an article's first sentence counts up to this much more. */
const LEAD_BONUS = 3;
/** Length exponents tried by the greedy pass: 1 favours short dense sentences, lower values longer ones. */
const LENGTH_EXPONENTS = [1, 0.8, 0.6] as const;
/** Opinion and analysis sentences count for less than reported fact. */
const GENRE_WEIGHT = { news: 1, analysis: 0.85, opinion: 0.6 } as const;
/** Two sentences sharing this much of their content words (Dice) say the same thing; only one is kept. */
const REDUNDANT = 0.5;
/** Swap passes of the local search; each pass is cheap and later ones rarely find anything. */
const MAX_SWAP_PASSES = 3;

/** Stemmed concepts of a text: bigrams (not both stop words) and content words, prefixed `u:`. */
export function conceptsOf(text: string): Set<string> {
  const words = normWords(text).map((w) => w.word);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (STOP_WORDS.has(a) && STOP_WORDS.has(b)) continue;
    out.add(`${stem(a)} ${stem(b)}`);
  }
  for (const w of words) if (!STOP_WORDS.has(w)) out.add(`u:${stem(w)}`);
  return out;
}

/**
 * Concept weights: the number of articles using the concept, kept when enough articles share it.
 * With fewer than three articles sharing says little, so every concept counts, weighed by how
 * many sentences repeat it.
 */
export function conceptWeights(
  items: readonly { readonly candidate: Candidate; readonly concepts: ReadonlySet<string> }[], articleCount: number,
): Map<string, number> {
  const weights = new Map<string, number>();
  const scale = (g: string) => (g.startsWith('u:') ? UNIGRAM_WEIGHT : 1);
  if (articleCount < 3) {
    const tf = new Map<string, number>();
    for (const it of items) for (const g of it.concepts) tf.set(g, (tf.get(g) ?? 0) + 1);
    for (const [g, n] of tf) weights.set(g, n * scale(g));
    return weights;
  }
  const articlesOf = new Map<string, Set<string>>();
  for (const it of items) {
    for (const g of it.concepts) {
      const set = articlesOf.get(g) ?? new Set<string>();
      set.add(it.candidate.article.article.id);
      articlesOf.set(g, set);
    }
  }
  const minArticles = Math.max(2, Math.round(articleCount * MIN_ARTICLE_SHARE));
  for (const [g, set] of articlesOf) if (set.size >= minArticles) weights.set(g, set.size * scale(g));
  return weights;
}

/** Chooses candidates that cover the most concept weight within the word and sentence budgets. */
export function selectSentences(candidates: readonly Candidate[], articleCount: number, options: SelectOptions): Selection {
  const sets = candidates.map((c) => conceptsOf(c.text));
  const weights = conceptWeights(candidates.map((c, i) => ({ candidate: c, concepts: sets[i]! })), articleCount);
    // A concept is credited at the value of the best chosen sentence carrying it: lead and reported fact first.
  const words = sets.map((set) => new Set([...set].filter((g) => g.startsWith('u:'))));
  const redundant = (i: number, chosen: readonly number[]) => chosen.some((j) => dice(words[i]!, words[j]!) >= REDUNDANT);
  const value = candidates.map((c) => (1 + LEAD_BONUS / (1 + c.index)) * GENRE_WEIGHT[c.article.genre.label]);
  const objective = (chosen: readonly number[]): number => {
    const seen = new Map<string, number>();
    for (const i of chosen) for (const g of sets[i]!) seen.set(g, Math.max(seen.get(g) ?? 0, value[i]!));
    let total = 0;
    for (const [g, v] of seen) total += (weights.get(g) ?? 0) * v;
    return total;
  };
  let best: number[] = [];
  let bestValue = -1;
  for (const r of LENGTH_EXPONENTS) {
    const run = improve(greedy(candidates, sets, weights, value, options, r, redundant), candidates, sets, weights, value, options, redundant);
    const v = objective(run);
    if (v > bestValue) {
      best = run;
      bestValue = v;
    }
  }
  return { chosen: best.map((i) => candidates[i]!), covered: bestValue, weights };
}

function greedy(
  candidates: readonly Candidate[], sets: readonly Set<string>[], weights: ReadonlyMap<string, number>,
  value: readonly number[], options: SelectOptions, exponent: number, redundant: (i: number, chosen: readonly number[]) => boolean,
): number[] {
  const covered = new Set<string>();
  const chosen: number[] = [];
  // One variant (full or cut) per source sentence.
  const used = new Set<Candidate['sentence']>();
  let words = 0;
  while (chosen.length < options.maxSentences) {
    let pick = -1;
    let pickScore = 0;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (used.has(c.sentence) || words + c.words > options.maxWords || redundant(i, chosen)) continue;
      let gain = 0;
      for (const g of sets[i]!) if (!covered.has(g)) gain += weights.get(g) ?? 0;
      const score = (gain * value[i]!) / c.words ** exponent;
      if (score > pickScore) {
        pick = i;
        pickScore = score;
      }
    }
    if (pick < 0) break;
    used.add(candidates[pick]!.sentence);
    chosen.push(pick);
    words += candidates[pick]!.words;
    for (const g of sets[pick]!) covered.add(g);
  }
  return chosen;
}

/** Local search: replace one chosen sentence by an unchosen one, or add one, while coverage grows. */
function improve(
  start: readonly number[], candidates: readonly Candidate[], sets: readonly Set<string>[],
  weights: ReadonlyMap<string, number>, value: readonly number[], options: SelectOptions,
  redundant: (i: number, chosen: readonly number[]) => boolean,
): number[] {
  let chosen = [...start];
  const wordsOf = (c: readonly number[]) => c.reduce((n, i) => n + candidates[i]!.words, 0);
  for (let pass = 0; pass < MAX_SWAP_PASSES; pass++) {
    let improved = false;
    for (let k = -1; k < chosen.length; k++) {
      const base = k < 0 ? chosen : chosen.filter((_, j) => j !== k);
      if (k < 0 && base.length >= options.maxSentences) continue;
      const room = options.maxWords - wordsOf(base);
      const inBase = new Set(base.map((i) => candidates[i]!.sentence));
      // The value each concept already has without the sentence being replaced.
      const have = new Map<string, number>();
      for (const i of base) for (const g of sets[i]!) have.set(g, Math.max(have.get(g) ?? 0, value[i]!));
      const gainOf = (i: number) => {
        let gain = 0;
        for (const g of sets[i]!) {
          const w = weights.get(g);
          if (w !== undefined) gain += w * Math.max(0, value[i]! - (have.get(g) ?? 0));
        }
        return gain;
      };
      let bestGain = k < 0 ? 0 : gainOf(chosen[k]!);
      let bestI = -1;
      for (let i = 0; i < candidates.length; i++) {
        if (inBase.has(candidates[i]!.sentence) || candidates[i]!.words > room || redundant(i, base)) continue;
        const gain = gainOf(i);
        if (gain > bestGain + 1e-9) {
          bestGain = gain;
          bestI = i;
        }
      }
      if (bestI >= 0) {
        chosen = [...base, bestI];
        improved = true;
      }
    }
    if (!improved) break;
  }
  return chosen;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}
