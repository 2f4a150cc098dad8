/**
 * The attribution tagger: an averaged perceptron (trained by scripts/train-attribution.ts on the
 * train part of PolNeAR) that tags each paragraph's tokens with CONTENT, SOURCE and CUE spans: the
 * best tag sequence under its first-order scores (Viterbi), and for each content span how sure it
 * is (the score the best tagging loses when the span's first token is left out). Weights use the
 * NER tagger's stored layout (ner-model.ts) and load once, on the first article that needs them.
 */
import {
  ATTRIBUTION_CLASSES, TYPE_KEYS, attributionLocalKeys, signatureKeys, attributionStaticKeys, attributionTagKeys, attributionTagLocalKeys, attributionPrevTagKey,
  attributionWordKeys, RULE_LABEL_COUNT, type AttributionSequence, type AttributionToken,
} from './attribution-features.js';
import { loadNerModel, rowOf, type NerModel } from './ner-model.js';
import { addRowAt, allowedAfter, reserveType, restartArena, tagRuns, transitionTable, type TypeArena } from './ner-perceptron.js';

/** Where the shipped weights live, relative to this file in src/ and in dist/ alike. */
export const DEFAULT_ATTRIBUTION_MODEL_URL = new URL('../../models/attribution-perceptron.bin.gz', import.meta.url);

/** Loads (once) the shipped attribution weights. */
export function loadAttributionModel(url: URL = DEFAULT_ATTRIBUTION_MODEL_URL): NerModel {
  const model = loadNerModel(url);
  if (model.classes.join() !== ATTRIBUTION_CLASSES.join()) {
    throw new TypeError(`${url.pathname}: not attribution weights (classes ${model.classes.join(', ')}); retrain with scripts/train-attribution.ts`);
  }
  return model;
}

/** A span the tagger found: token range `[from, to)` of its sequence and its kind. */
export interface TaggedSpan {
  readonly kind: 'C' | 'S' | 'Q';
  readonly from: number;
  readonly to: number;
}

/** Word types cached per model before the cache starts over (bounds memory). */
const MAX_WORD_TYPES = 100_000;
/** Local-context signatures cached before the cache starts over: a megabyte of news has about twenty thousand. */
const MAX_SIGNATURES = 200_000;
/** The tag "before the first token", as the features name it. */
const START = '<s>';
/** Token flags for the tag-local weights: rule label code times 4, plus marks and cue. */
const TAG_FLAGS = RULE_LABEL_COUNT * 4;
/** A row not looked up yet. */
const UNRESOLVED = -2;

/**
 * Per-model tables. A single feature's weights are a row of `weights` (the model's rows, then one
 * row of zeros for features the model does not know), so most of a token's score is read from one
 * array by row numbers resolved once per word type.
 */
interface Scorer extends TypeArena {
  readonly model: NerModel;
  readonly classes: number;
  /** The model's weights with a row of zeros at `zero`. */
  readonly weights: Int32Array;
  readonly zero: number;
  /** By `AttributionToken.wordId`. */
  readonly words: Map<number, WordType>;
  // The arena holds the word types' summed weights, also after each tag (see `WordType`).
  /** Summed weights per local-context signature. */
  readonly signatures: Map<number, Int32Array>;
  /**
   * Per token flags (rule label × 4 + marks × 2 + cue, `TAG_FLAGS` of them): the summed `pt|r`,
   * `pt|q` and `pt` weights after each tag before (`T * C` numbers from `flags * T * C`), filled on
   * first use (`tagLocalDone`).
   */
  readonly tagLocal: Int32Array;
  readonly tagLocalDone: Uint8Array;
  /** The `pt=` weights per tag before (the classes, then the start): `C` per tag. */
  readonly transitions: Int32Array;
  readonly tags: readonly string[];
  /** 1 where class `c` may follow tag `p`: `allowed[p * C + c]`. */
  readonly allowed: Uint8Array;
  /** Per class, the classes that may come before it, and those that may follow it (from `allowed`). */
  readonly before: readonly Int32Array[];
  readonly after: readonly Int32Array[];
  /** Where the arena's type of zeros starts: the neighbour before the first token or after the last. */
  none: number;
  /** Reused for each sequence's scores before the tag features (grown when a sequence needs more). */
  scratch: Int32Array;
  /** Reused for each sequence: per token, where its tag-before scores are (`TokenScores`); Viterbi's forward scores. */
  afterTag: Int32Array;
  withTag: Int32Array;
  forward: Float64Array;
}

const scorers = new WeakMap<NerModel, Scorer>();

/** The row of feature `key` in the scorer's weights (the zero row when the model does not know it). */
function rowFor(scorer: Scorer, key: number): number {
  const row = rowOf(scorer.model, key >>> 0);
  return row < 0 ? scorer.zero : row;
}

/** Adds the weights of feature `key` to `into[at …]`. */
function addKey(scorer: Scorer, key: number, into: Int32Array, at = 0): void {
  addRowAt(scorer.weights, rowOf(scorer.model, key >>> 0), into, at, scorer.classes);
}

function scorerOf(model: NerModel): Scorer {
  const hit = scorers.get(model);
  if (hit !== undefined) return hit;
  const C = model.classes.length;
  const { tags, allowed } = transitionTable(model.classes);
  const T = tags.length;
  const weights = new Int32Array(model.weights.length + C);
  weights.set(model.weights);
  const scorer: Scorer = {
    model, classes: C, weights, zero: model.weights.length, words: new Map(), signatures: new Map(), tagLocal: new Int32Array(TAG_FLAGS * T * C), tagLocalDone: new Uint8Array(TAG_FLAGS),
    transitions: new Int32Array(T * C), tags, allowed,
    before: Array.from({ length: C }, (_, c) => Int32Array.from({ length: C }, (_, p) => p).filter((p) => allowed[p * C + c] !== 0)),
    after: Array.from({ length: C }, (_, p) => Int32Array.from({ length: C }, (_, c) => c).filter((c) => allowed[p * C + c] !== 0)),
    arena: new Int32Array(0), used: 0, generation: 0, stride: (BASES + NEIGHBOURS + T) * C, none: 0, scratch: new Int32Array(256 * C), afterTag: new Int32Array(256), withTag: new Int32Array(256), forward: new Float64Array(256 * C),
  };
  startTypes(scorer);
  for (let p = 0; p < T; p += 1) addKey(scorer, attributionPrevTagKey(tags[p]!), scorer.transitions, p * C);
  scorers.set(model, scorer);
  return scorer;
}

/** Summed weight vectors per word type (see `WordType`). */
const BASES = 4;
/** Then the word's weights as the word before, after, two before and two after a token, in this order. */
const NEIGHBOURS = 4;
const AS_PREV = BASES;
const AS_NEXT = BASES + 1;
const AS_PREV2 = BASES + 2;
const AS_NEXT2 = BASES + 3;

/** Starts the word types over, in a new arena whose first type is all zeros (`none`: no word there). */
function startTypes(scorer: Scorer): void {
  scorer.words.clear();
  restartArena(scorer);
  scorer.none = reserveType(scorer);
}

/**
 * What the tagger resolves once per word type: summed weights, or rows of single features
 * (`UNRESOLVED` until first needed). The summed weights live in the scorer's arena from `at`:
 * `BASES` vectors, the word's own features plus `r|w=O|word` when outside every rule span, plus
 * `q|w` inside or outside quote marks, at vector `(outside ? 2 : 0) + (inMarks ? 1 : 0)`; the
 * word's weights as a neighbour (`AS_PREV` … `AS_NEXT2`), copied there so that a token reads its
 * neighbours' numbers next to their own, not scattered over the model; then the word's `pt|w`
 * weights after each tag before (the classes, then the start), which the Viterbi search reads for
 * every tag before.
 */
export interface WordType {
  readonly lower: string;
  /** The arena the numbers live in (a scorer starts a new one when its cache starts over). */
  readonly generation: number;
  readonly at: number;
  /** Rows as the nearest cue word before / after a token. */
  asLeftCue: number;
  asRightCue: number;
}

function weightsOf(scorer: Scorer, keys: readonly number[]): Int32Array {
  const out = new Int32Array(scorer.classes);
  for (const key of keys) addKey(scorer, key, out);
  return out;
}

/** The scorer's tables for a token's word: kept on its lexeme for the last model that read it, else in the scorer's own cache. */
function typeOf(scorer: Scorer, token: AttributionToken): WordType {
  const lexeme = token.lexeme;
  if (lexeme.attributionScorer === scorer && lexeme.attributionType!.generation === scorer.generation) return lexeme.attributionType!;
  let type = scorer.words.get(token.wordId);
  if (type === undefined) type = newType(scorer, token);
  lexeme.attributionScorer = scorer;
  lexeme.attributionType = type;
  return type;
}

function newType(scorer: Scorer, token: AttributionToken): WordType {
  const lower = token.lower;
  const C = scorer.classes;
  const at = reserveType(scorer);
  const a = scorer.arena;
  for (const key of attributionWordKeys(token)) addKey(scorer, key, a, at);
  for (let b = 1; b < BASES; b += 1) a.copyWithin(at + b * C, at, at + C);
  const unquoted = TYPE_KEYS.quoted(false, lower);
  const quoted = TYPE_KEYS.quoted(true, lower);
  const outside = TYPE_KEYS.ruleOutside(lower);
  addKey(scorer, unquoted, a, at);
  addKey(scorer, quoted, a, at + C);
  addKey(scorer, outside, a, at + 2 * C);
  addKey(scorer, unquoted, a, at + 2 * C);
  addKey(scorer, outside, a, at + 3 * C);
  addKey(scorer, quoted, a, at + 3 * C);
  addKey(scorer, TYPE_KEYS.prev(lower), a, at + AS_PREV * C);
  addKey(scorer, TYPE_KEYS.next(lower), a, at + AS_NEXT * C);
  addKey(scorer, TYPE_KEYS.prev2(lower), a, at + AS_PREV2 * C);
  addKey(scorer, TYPE_KEYS.next2(lower), a, at + AS_NEXT2 * C);
  for (let p = 0; p < scorer.tags.length; p += 1) addKey(scorer, TYPE_KEYS.afterTag(scorer.tags[p]!, lower), a, at + (BASES + NEIGHBOURS + p) * C);
  const type: WordType = {
    lower,
    generation: scorer.generation,
    at,
    asLeftCue: UNRESOLVED,
    asRightCue: UNRESOLVED,
  };
  scorer.words.set(token.wordId, type);
  return type;
}

/**
 * Tags one sequence (Viterbi); the result is valid BIO over `ATTRIBUTION_CLASSES`. `margins`, when
 * given, receives at each token that opens a content span how far the best tagging's score is ahead
 * of the best tagging that tags the token O (in hundredths of one training update), 0 elsewhere.
 */
export function tagSequence(model: NerModel, seq: AttributionSequence, margins?: Float64Array): string[] {
  const scorer = scorerOf(model);
  const C = model.classes.length;
  const T = C + 1;
  const w = scorer.weights;
  const zero = scorer.zero;
  const { tokens } = seq;
  const { signatures, keys, keyStart, refs } = attributionLocalKeys(seq);
  // The cache starts over between sequences only: a sequence's types share one arena.
  if (scorer.words.size + tokens.length > MAX_WORD_TYPES) startTypes(scorer);
  const types = tokens.map((t) => typeOf(scorer, t));
  const a = scorer.arena;
  const none = scorer.none;
  const tagRows = (BASES + NEIGHBOURS) * C;
  const n = tokens.length;
  if (scorer.scratch.length < n * C) scorer.scratch = new Int32Array(2 * n * C);
  // First the part of every token's score that does not depend on the tags before it, for the whole
  // sequence: its reads, scattered over the weights, do not wait on each other's decisions.
  const statics = scorer.scratch;
  for (let i = 0; i < n; i += 1) {
    const token = tokens[i]!;
    const type = types[i]!;
    const base = type.at + ((token.ruleCode === 0 ? 2 : 0) + (token.inMarks ? 1 : 0)) * C;
    const before = (i > 0 ? types[i - 1]!.at : none) + AS_PREV * C;
    const after = (i + 1 < n ? types[i + 1]!.at : none) + AS_NEXT * C;
    const before2 = (i >= 2 ? types[i - 2]!.at : none) + AS_PREV2 * C;
    const after2 = (i + 2 < n ? types[i + 2]!.at : none) + AS_NEXT2 * C;
    const lc = refs.leftCue[i]!;
    let leftCue = zero;
    if (lc >= 0) {
      const cue = types[lc]!;
      if (cue.asLeftCue === UNRESOLVED) cue.asLeftCue = rowFor(scorer, TYPE_KEYS.leftCue(cue.lower));
      leftCue = cue.asLeftCue;
    }
    const rc = refs.rightCue[i]!;
    let rightCue = zero;
    if (rc >= 0) {
      const cue = types[rc]!;
      if (cue.asRightCue === UNRESOLVED) cue.asRightCue = rowFor(scorer, TYPE_KEYS.rightCue(cue.lower));
      rightCue = cue.asRightCue;
    }
    const signature = signatures[i]!;
    let shared = scorer.signatures.get(signature);
    if (shared === undefined) {
      shared = weightsOf(scorer, signatureKeys(signature));
      if (scorer.signatures.size >= MAX_SIGNATURES) scorer.signatures.clear();
      scorer.signatures.set(signature, shared);
    }
    const at = i * C;
    for (let c = 0; c < C; c += 1) {
      statics[at + c] = a[base + c]! + a[before + c]! + a[after + c]! + a[before2 + c]! + a[after2 + c]! + w[leftCue + c]! + w[rightCue + c]! + shared[c]!;
    }
    for (let k = keyStart[i]!; k < keyStart[i + 1]!; k += 1) addKey(scorer, keys[k]!, statics, at);
  }
  // Then where each token reads what the tag before adds (`T * C` numbers: per tag before, the start
  // being tag `C`): its word after that tag, in its type's arena block, and the rule label, flags and
  // transition after it, in the tag-local table of its flags.
  if (scorer.afterTag.length < n) {
    scorer.afterTag = new Int32Array(2 * n);
    scorer.withTag = new Int32Array(2 * n);
  }
  const { afterTag, withTag } = scorer;
  for (let i = 0; i < n; i += 1) {
    const token = tokens[i]!;
    const flags = token.ruleCode * 4 + (token.inMarks ? 2 : 0) + (token.cue ? 1 : 0);
    if (scorer.tagLocalDone[flags] === 0) {
      const at = flags * T * C;
      scorer.tagLocal.set(scorer.transitions, at);
      for (let p = 0; p < T; p += 1) for (const key of attributionTagLocalKeys(token, scorer.tags[p]!)) addKey(scorer, key, scorer.tagLocal, at + p * C);
      scorer.tagLocalDone[flags] = 1;
    }
    afterTag[i] = types[i]!.at + tagRows;
    withTag[i] = flags * T * C;
  }
  const scores: TokenScores = { C, n, statics, arena: a, afterTag, tagLocal: scorer.tagLocal, withTag, allowed: scorer.allowed, before: scorer.before, after: scorer.after };
  if (scorer.forward.length < n * C) scorer.forward = new Float64Array(2 * n * C);
  const best = viterbi(scores, scorer.forward);
  if (margins !== undefined) contentMargins(scores, best, scorer.forward, margins, model.scale);
  const tags: string[] = new Array<string>(n);
  for (let i = 0; i < n; i += 1) tags[i] = model.classes[best[i]!]!;
  return tags;
}

/**
 * A sequence's scores: token `i`'s score for class `c` after tag `p` (a class, or `C` for the start)
 * is `statics[i * C + c] + arena[afterTag[i] + p * C + c] + tagLocal[withTag[i] + p * C + c]`;
 * `allowed[p * C + c]` is 1 where `c` may follow `p`.
 */
interface TokenScores {
  readonly C: number;
  readonly n: number;
  readonly statics: Int32Array;
  readonly arena: Int32Array;
  readonly afterTag: Int32Array;
  readonly tagLocal: Int32Array;
  readonly withTag: Int32Array;
  readonly allowed: Uint8Array;
  readonly before: readonly Int32Array[];
  readonly after: readonly Int32Array[];
}

/**
 * The best tag sequence under the tagger's first-order scores (Viterbi). `forward` receives the best
 * score of a path ending in each class at each token (`C` per token). Returns class indices; ties go
 * to the lower class.
 */
function viterbi(s: TokenScores, forward: Float64Array): Int8Array {
  const { C, n, statics, arena, afterTag, tagLocal, withTag, allowed, before } = s;
  const out = new Int8Array(n);
  if (n === 0) return out;
  const back = new Int8Array(n * C);
  for (let c = 0; c < C; c += 1) forward[c] = allowed[C * C + c] === 0 ? -Infinity : statics[c]! + arena[afterTag[0]! + C * C + c]! + tagLocal[withTag[0]! + C * C + c]!;
  for (let i = 1; i < n; i += 1) {
    const at = i * C;
    const from = at - C;
    const word = afterTag[i]!;
    const local = withTag[i]!;
    for (let c = 0; c < C; c += 1) {
      let best = -Infinity;
      let arg = 0;
      const ps = before[c]!;
      for (let k = 0; k < ps.length; k += 1) {
        const p = ps[k]!;
        const pc = p * C + c;
        const score = forward[from + p]! + arena[word + pc]! + tagLocal[local + pc]!;
        if (score > best) {
          best = score;
          arg = p;
        }
      }
      forward[at + c] = best + statics[at + c]!;
      back[at + c] = arg;
    }
  }
  let c = 0;
  const last = (n - 1) * C;
  for (let k = 1; k < C; k += 1) if (forward[last + k]! > forward[last + c]!) c = k;
  for (let i = n - 1; i >= 0; i -= 1) {
    out[i] = c;
    c = back[i * C + c]!;
  }
  return out;
}

/** The class that opens a content span. */
const B_CONTENT = ATTRIBUTION_CLASSES.indexOf('B-C');

/**
 * At each token where the best path opens a content span: how far the best path's score is ahead of
 * the best path that tags the token O (in `scale` units); 0 elsewhere. The forward scores of
 * `viterbi` and a backward pass (from the end to the first such token) give these max-marginals.
 */
function contentMargins(s: TokenScores, best: Int8Array, forward: Float64Array, into: Float64Array, scale: number): void {
  const { C, n, statics, arena, afterTag, tagLocal, withTag, after } = s;
  into.fill(0, 0, n);
  const first = best.indexOf(B_CONTENT);
  if (first < 0) return;
  let top = -Infinity;
  for (let c = 0; c < C; c += 1) top = Math.max(top, forward[(n - 1) * C + c]!);
  // `next[c]`: the best score of the tokens after token i given class c at i.
  let next = new Float64Array(C);
  let cur = new Float64Array(C);
  for (let i = n - 1; i >= first; i -= 1) {
    if (best[i] === B_CONTENT) into[i] = (top - forward[i * C]! - next[0]!) / scale;
    if (i === first) break;
    const at = i * C;
    const word = afterTag[i]!;
    const local = withTag[i]!;
    for (let p = 0; p < C; p += 1) {
      let bestNext = -Infinity;
      const cs = after[p]!;
      for (let k = 0; k < cs.length; k += 1) {
        const c = cs[k]!;
        const pc = p * C + c;
        const v = statics[at + c]! + arena[word + pc]! + tagLocal[local + pc]! + next[c]!;
        if (v > bestNext) bestNext = v;
      }
      cur[p] = bestNext;
    }
    const swap = next;
    next = cur;
    cur = swap;
  }
}

/**
 * The same decisions by the plain sum of every feature's weights (training's view), searched over
 * every tag before each token: the tests check that the cached scoring and `viterbi` agree with it.
 */
export function tagSequencePlain(model: NerModel, seq: AttributionSequence): string[] {
  return plainSearch(model, seq).path.map((c) => model.classes[c]!);
}

/**
 * The margin `tagSequence` gives a content span opening at token `at`, by the plain search: the best
 * tagging's score over the best tagging's that tags token `at` O (for the tests).
 */
export function contentMarginPlain(model: NerModel, seq: AttributionSequence, at: number): number {
  return (plainSearch(model, seq).score - plainSearch(model, seq, at).score) / model.scale;
}

/** The best tagging by the plain sum of feature weights (with token `outsideAt`, if given, tagged O) and its score. */
function plainSearch(model: NerModel, seq: AttributionSequence, outsideAt = -1): { score: number; path: number[] } {
  const scorer = scorerOf(model);
  const C = model.classes.length;
  const tags = [...model.classes, START];
  const statics = attributionStaticKeys(seq);
  // Per class: the best path ending in it so far, and its score.
  let paths: { score: number; path: number[] }[] = [{ score: 0, path: [] }];
  let ends = [C];
  for (let i = 0; i < seq.tokens.length; i += 1) {
    const next: ({ score: number; path: number[] } | null)[] = Array.from({ length: C }, () => null);
    paths.forEach(({ score, path }, k) => {
      const p = ends[k]!;
      const scores = weightsOf(scorer, [...statics[i]!, ...attributionTagKeys(seq.tokens[i]!, tags[p]!)]);
      for (let c = 0; c < C; c += 1) {
        if (!allowedAfter(tags[p]!, model.classes[c]!) || (i === outsideAt && c !== 0)) continue;
        const total = score + scores[c]!;
        if (next[c] === null || total > next[c]!.score) next[c] = { score: total, path: [...path, c] };
      }
    });
    ends = next.flatMap((x, c) => (x === null ? [] : [c]));
    paths = next.filter((x): x is { score: number; path: number[] } => x !== null);
  }
  let best = paths[0]!;
  for (const x of paths) if (x.score > best.score) best = x;
  return best;
}

/** Spans of consecutive B-/I- tags of one kind. */
export function taggedSpans(tags: readonly string[]): TaggedSpan[] {
  return tagRuns(tags).map((r) => ({ kind: r.label as TaggedSpan['kind'], from: r.from, to: r.to }));
}
