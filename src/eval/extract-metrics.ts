/**
 * Text-overlap metrics of the extraction benchmarks, implemented as their own scripts define them,
 * so figures computed here can be set beside published ones.
 */

/**
 * Python's `re` `\w` on str: letters, digits, other numerics and the underscore. Combining marks
 * are not word characters there either, so Devanagari vowel signs split tokens in both.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

/** The article-extraction-benchmark compares word 4-grams ("shingles"). */
export const AEB_SHINGLE_SIZE = 4;

/** Tokens of a text as the benchmarks take them: maximal runs of word characters, case kept. */
export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The multiset of word n-grams of a text. As in the benchmark, a text of fewer than `n` tokens
 * yields one shorter shingle of all its tokens, and an empty text yields none.
 */
export function shingles(text: string, n: number = AEB_SHINGLE_SIZE): Map<string, number> {
  const tokens = wordTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i += 1) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    // U+0001 cannot occur inside a token, so joined keys are as distinct as the tuples.
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's true positives, false positives and false negatives, normalised to sum to 1 (or all 0). */
export interface ShingleCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Compares gold and predicted text as shingle multisets (the benchmark's `string_shingle_matching`). */
export function shingleCounts(gold: string, predicted: string, n: number = AEB_SHINGLE_SIZE): ShingleCounts {
  return overlapCounts(shingles(gold, n), shingles(predicted, n), true);
}

/** Precision of one page; only pages with something predicted count towards the average. */
export function pagePrecision({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** Recall of one page; only pages with gold text count towards the average. */
export function pageRecall({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface AveragedScores {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
}

/**
 * The benchmark's summary: precision averaged over pages with `tp + fp > 0`, recall over pages
 * with `tp + fn > 0`, F1 the harmonic mean of the two averages (not an average of page F1s).
 */
export function aebScores(pages: readonly ShingleCounts[]): AveragedScores {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(pageRecall));
  return { f1: harmonic(precision, recall), precision, recall };
}

/**
 * WCXB's page score: bag-of-words F1 over lower-cased tokens with multiset overlap. Two empty
 * texts agree perfectly; one empty text against a non-empty one scores 0.
 */
export function bagOfWordsScores(gold: string, predicted: string): AveragedScores {
  const count = (text: string): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const token of wordTokens(text.toLowerCase())) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  };
  const { tp, fp, fn } = overlapCounts(count(gold), count(predicted), false);
  if (tp + fp + fn === 0) return { f1: 1, precision: 1, recall: 1 };
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { f1: harmonic(precision, recall), precision, recall };
}

function overlapCounts(gold: ReadonlyMap<string, number>, predicted: ReadonlyMap<string, number>, normalise: boolean): ShingleCounts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, g] of gold) {
    const p = predicted.get(key) ?? 0;
    tp += Math.min(g, p);
    fn += Math.max(0, g - p);
  }
  for (const [key, p] of predicted) fp += Math.max(0, p - (gold.get(key) ?? 0));
  const sum = tp + fp + fn;
  if (!normalise || sum === 0) return { tp, fp, fn };
  return { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

/** Mean of a list; 0 for an empty one (no page to judge). */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}
