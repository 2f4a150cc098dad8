/**
 * ROUGE-N recall as ROUGE-1.5.5 computes it with the DUC 2004 settings
 * (`-n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a`):
 * - texts are read one sentence per line (SPL), lower-cased, and cut to the first `-l` words,
 *   counting whitespace-separated words of the raw lines;
 * - hyphens become their own token, every other non-alphanumeric character a space, and tokens that
 *   do not start with a letter or digit (the hyphens) are dropped before n-grams are formed;
 * - with `-m`, words longer than three characters are looked up in WordNet's irregular forms, else
 *   go through ROUGE's own Porter stemmer;
 * - stop words are kept;
 * - `-f A` pools the clipped hits and the n-gram counts over all references of a topic
 *   (recall = Σ hits / Σ reference n-grams; ROUGE-1.5.5 has no jackknifing since 1.4);
 * - `-t 0` averages the per-topic recall over topics; the figure ROUGE-1.5.5 prints is the mean of
 *   its 1000 bootstrap resamples (`-r 1000`), which `rouge155Average` reproduces to the digit.
 */
import { wordnetExceptions } from './rouge-exceptions.js';
import { rougePorterStem } from './rouge-stemmer.js';

export interface RougeOptions {
  /** Keep only the first this many words of every summary, 0 for all (ROUGE's `-l`; default 100). */
  readonly wordLimit?: number;
  /** Porter-stem words longer than three characters (ROUGE's `-m`; default true). */
  readonly stem?: boolean;
}

export interface RougeCount {
  /** Clipped n-gram matches summed over the references. */
  readonly hit: number;
  /** N-grams in the references, summed. */
  readonly reference: number;
  /** N-grams in the peer, counted once per reference (as ROUGE does for precision). */
  readonly peer: number;
  /** hit / reference, 0 when the references have no n-gram. */
  readonly recall: number;
}

export interface RougeScores {
  readonly rouge1: number;
  readonly rouge2: number;
}

/** The DUC 2004 word budget (`-l 100`). */
export const DUC_WORD_LIMIT = 100;
/** ROUGE-1.5.5 stems only words longer than this; short words are kept as written. */
const MIN_STEM_LENGTH = 4;
/** Perl's `\s` on bytes: ROUGE splits words on ASCII whitespace only. */
const PERL_SPACE = /[ \t\n\r\f\v]+/;

/**
 * ROUGE's tokens of a summary given as text, one sentence per line: cut to the word limit,
 * lower-cased, split on non-alphanumerics, hyphen tokens dropped, optionally stemmed.
 */
export function rougeTokens(text: string, options: RougeOptions = {}): string[] {
  const limit = options.wordLimit ?? DUC_WORD_LIMIT;
  const stem = options.stem ?? true;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`wordLimit must be a whole number ≥ 0, got ${limit}`);
  const lines = text.split('\n').filter((l) => l.length > 0).map(asciiLower);
  let kept: string;
  if (limit === 0) {
    kept = lines.join(' ');
  } else {
    const parts: string[] = [];
    let count = 0;
    for (const line of lines) {
      const words = perlSplit(line);
      if (count + words.length < limit) {
        parts.push(line);
        count += words.length;
      } else {
        parts.push(words.slice(0, limit - count).join(' '));
        break;
      }
    }
    kept = parts.join(' ');
  }
  const exceptions = wordnetExceptions();
  const tokens = kept.replace(/-/g, ' - ').replace(/[^A-Za-z0-9-]/g, ' ').trim().split(/\s+/);
  const out: string[] = [];
  for (const t of tokens) {
    if (!/^[a-z0-9$]/.test(t)) continue;
    out.push(stem && t.length >= MIN_STEM_LENGTH ? (exceptions.get(t) ?? rougePorterStem(t)) : t);
  }
  return out;
}

/** Only A-Z are folded, as Perl's `tr/A-Z/a-z/`. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (x) => x.toLowerCase());
}

/** Perl's `split(/\s+/, $s)`: a leading empty field is kept, trailing empty fields are dropped. */
function perlSplit(s: string): string[] {
  const fields = s.split(PERL_SPACE);
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/** Counts of the n-grams of a token list. */
export function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

function total(grams: ReadonlyMap<string, number>): number {
  let t = 0;
  for (const c of grams.values()) t += c;
  return t;
}

/** ROUGE-N of one peer against several references, pooled over references (`-f A`). */
export function rougeN(peer: readonly string[], references: readonly (readonly string[])[], n: number): RougeCount {
  const peerGrams = ngramCounts(peer, n);
  const peerTotal = total(peerGrams);
  let hit = 0;
  let reference = 0;
  for (const ref of references) {
    const refGrams = ngramCounts(ref, n);
    for (const [g, count] of refGrams) hit += Math.min(count, peerGrams.get(g) ?? 0);
    reference += total(refGrams);
  }
  return { hit, reference, peer: peerTotal * references.length, recall: reference === 0 ? 0 : hit / reference };
}

/**
 * A scorer of one topic: ROUGE-1 and ROUGE-2 recall of a peer summary against its references,
 * all given as text with one sentence per line.
 */
export function createRougeScorer(options: RougeOptions = {}) {
  return function score(peer: string, references: readonly string[]): RougeScores {
    if (references.length === 0) throw new Error('ROUGE needs at least one reference summary per topic');
    const p = rougeTokens(peer, options);
    const refs = references.map((r) => rougeTokens(r, options));
    return { rouge1: rougeN(p, refs, 1).recall, rouge2: rougeN(p, refs, 2).recall };
  };
}

/** The plain average over topics (`-t 0`). */
export function averageScores(perTopic: readonly RougeScores[]): RougeScores {
  const n = perTopic.length || 1;
  return {
    rouge1: perTopic.reduce((s, x) => s + x.rouge1, 0) / n,
    rouge2: perTopic.reduce((s, x) => s + x.rouge2, 0) / n,
  };
}

/** ROUGE-1.5.5's default number of bootstrap resamples (`-r 1000`). */
export const ROUGE155_RESAMPLES = 1000;

/**
 * The average ROUGE-1.5.5 prints for per-topic recalls listed in its order (sorted by topic id,
 * e.g. `d30001` < `d30002` < `d31001`): each score rounded to five decimals as ROUGE keeps them,
 * resampled with Perl's drand48 seeded 0..999, and the mean of the resample means, rounded.
 * It differs from the plain mean by a few ten-thousandths; published DUC figures are this one.
 */
export function rouge155Average(perTopic: readonly number[], resamples = ROUGE155_RESAMPLES): number {
  const scores = perTopic.map((x) => Number(x.toFixed(5)));
  const n = scores.length;
  if (n === 0) return 0;
  let sum = 0;
  for (let seed = 0; seed < resamples; seed++) {
    const rand = perlRand(seed);
    let sample = 0;
    for (let i = 0; i < n; i++) sample += scores[Math.floor(rand() * n)]!;
    sum += sample / n;
  }
  return Number((sum / resamples).toFixed(5));
}

const DRAND48_A = 0x5deece66dn;
const DRAND48_C = 0xbn;
const DRAND48_MASK = (1n << 48n) - 1n;

/** Perl's `srand(seed); rand()`: the 48-bit linear congruential generator of drand48. */
function perlRand(seed: number): () => number {
  let x = (BigInt(seed) << 16n) + 0x330en;
  return () => {
    x = (x * DRAND48_A + DRAND48_C) & DRAND48_MASK;
    return Number(x) / 2 ** 48;
  };
}
