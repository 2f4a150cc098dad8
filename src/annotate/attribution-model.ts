/**
 * The attribution tagger: an averaged perceptron (trained by scripts/train-attribution.ts on the
 * train part of PolNeAR) that tags each paragraph's tokens with CONTENT, SOURCE and CUE spans,
 * greedily left to right. Weights use the NER tagger's stored layout (ner-model.ts) and load once,
 * on the first article that needs them.
 */
import {
  ATTRIBUTION_CLASSES, TYPE_KEYS, attributionLocalKeys, signatureKeys, attributionStaticKeys, attributionTagKeys, attributionTagLocalKeys, attributionTagPairKeys,
  attributionWordKeys, type AttributionSequence, type AttributionToken,
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
  // The arena holds the word types' summed weights and rows after each tag (see `WordType`).
  /** Summed weights per local-context signature, and per previous tag with the token's rule label and flags. */
  readonly signatures: Map<number, Int32Array>;
  readonly tagLocal: Map<number, Int32Array>;
  /** Summed `pt=` and `pt2=` weights per (tag two before, tag before), over the classes and the start. */
  readonly pairs: Int32Array;
  readonly tags: readonly string[];
  /** 1 where class `c` may follow tag `p`: `allowed[p * C + c]`. */
  readonly allowed: Uint8Array;
  /** Where the arena's type of zeros starts: the neighbour before the first token or after the last. */
  none: number;
  /** Reused for each sequence's scores before the tag features (grown when a sequence needs more). */
  scratch: Int32Array;
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
    model, classes: C, weights, zero: model.weights.length, words: new Map(), signatures: new Map(), tagLocal: new Map(),
    pairs: new Int32Array(T * T * C), tags, allowed, arena: new Int32Array(0), used: 0, generation: 0, stride: (BASES + NEIGHBOURS) * C + T, none: 0, scratch: new Int32Array(256 * C),
  };
  startTypes(scorer);
  for (let p2 = 0; p2 < T; p2 += 1) {
    for (let p = 0; p < T; p += 1) for (const key of attributionTagPairKeys(tags[p]!, tags[p2]!)) addKey(scorer, key, scorer.pairs, (p2 * T + p) * C);
  }
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
 * neighbours' numbers next to their own, not scattered over the model; then the `pt|w` rows per
 * previous tag (the classes, then the start).
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
  a.fill(UNRESOLVED, at + (BASES + NEIGHBOURS) * C, at + scorer.stride);
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
 * Tags one sequence; the result is valid BIO over `ATTRIBUTION_CLASSES`. `margins`, when given,
 * receives per token how far the chosen tag's score is ahead of the next best (in weight units).
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
  // Then the tags, greedily: the word after the tag before, and the tag-local and tag-pair weights.
  const scores = new Int32Array(C);
  const tags: string[] = [];
  let prev = C;
  let prev2 = C;
  for (let i = 0; i < n; i += 1) {
    const token = tokens[i]!;
    const type = types[i]!;
    let afterTag = a[type.at + tagRows + prev]!;
    if (afterTag === UNRESOLVED) afterTag = a[type.at + tagRows + prev] = rowFor(scorer, TYPE_KEYS.afterTag(scorer.tags[prev]!, type.lower));
    const tagLocal = (token.ruleCode * T + prev) * 4 + (token.inMarks ? 2 : 0) + (token.cue ? 1 : 0);
    let withTag = scorer.tagLocal.get(tagLocal);
    if (withTag === undefined) scorer.tagLocal.set(tagLocal, (withTag = weightsOf(scorer, attributionTagLocalKeys(token, scorer.tags[prev]!))));
    const at = i * C;
    for (let c = 0; c < C; c += 1) scores[c] = statics[at + c]! + w[afterTag + c]! + withTag[c]!;
    const pairAt = (prev2 * T + prev) * C;
    let best = -1;
    let bestScore = 0;
    let second = -Infinity;
    for (let c = 0; c < C; c += 1) {
      if (scorer.allowed[prev * C + c] === 0) continue;
      const score = scores[c]! + scorer.pairs[pairAt + c]!;
      if (best < 0 || score > bestScore) {
        if (best >= 0) second = bestScore;
        best = c;
        bestScore = score;
      } else if (score > second) second = score;
    }
    if (margins !== undefined) margins[i] = (bestScore - second) / model.scale;
    tags.push(model.classes[best]!);
    prev2 = prev;
    prev = best;
  }
  return tags;
}

/**
 * The same decisions by the plain sum of every feature's weights (training's view): the tests check
 * that the cached scoring above agrees with it.
 */
export function tagSequencePlain(model: NerModel, seq: AttributionSequence): string[] {
  const scorer = scorerOf(model);
  const C = model.classes.length;
  const statics = attributionStaticKeys(seq);
  const tags: string[] = [];
  let prev = START;
  let prev2 = START;
  for (let i = 0; i < seq.tokens.length; i += 1) {
    const scores = weightsOf(scorer, [...statics[i]!, ...attributionTagKeys(seq.tokens[i]!, prev, prev2)]);
    let best = -1;
    for (let c = 0; c < C; c += 1) if (allowedAfter(prev, model.classes[c]!) && (best < 0 || scores[c]! > scores[best]!)) best = c;
    prev2 = prev;
    prev = model.classes[best]!;
    tags.push(prev);
  }
  return tags;
}

/** Spans of consecutive B-/I- tags of one kind. */
export function taggedSpans(tags: readonly string[]): TaggedSpan[] {
  return tagRuns(tags).map((r) => ({ kind: r.label as TaggedSpan['kind'], from: r.from, to: r.to }));
}
