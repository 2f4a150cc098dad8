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
import { loadNerModel, type NerModel } from './ner-model.js';
import { allowedAfter, tagRuns } from './ner-perceptron.js';

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
/** The lookup table is kept at most this full. */
const MAX_LOAD = 0.6;
/** Fibonacci hashing multiplier, as in ner-model.ts. */
const SPREAD = 0x9e3779b1;
/** The tag "before the first token", as the features name it. */
const START = '<s>';

/**
 * Per-model tables. The weights are copied into one open-addressing table whose slot holds the
 * feature's hash then its weights, so a lookup touches one cache line (the tagger looks up about
 * twenty features per token; a megabyte of news is 200,000 tokens).
 */
interface Scorer {
  readonly classes: number;
  /** Slots of `classes + 1` integers: the key (0 for an empty slot), then one weight per class. */
  readonly table: Int32Array;
  readonly shift: number;
  readonly words: Map<string, WordType>;
  /** Summed weights per local-context signature, and per previous tag with the token's rule label and flags. */
  readonly signatures: Map<number, Int32Array>;
  readonly tagLocal: Map<number, Int32Array>;
  /** Summed `pt=` and `pt2=` weights per (tag two before, tag before), over the classes and the start. */
  readonly pairs: Int32Array;
  readonly tags: readonly string[];
  /** 1 where class `c` may follow tag `p`: `allowed[p * C + c]`. */
  readonly allowed: Uint8Array;
}

const scorers = new WeakMap<NerModel, Scorer>();

function tableOf(model: NerModel): { table: Int32Array; shift: number } {
  const C = model.classes.length;
  const S = C + 1;
  const n = model.rows.reduce((k, row) => (row >= 0 ? k + 1 : k), 0);
  let bits = 1;
  while ((1 << bits) * MAX_LOAD < n) bits += 1;
  const size = 1 << bits;
  const shift = 32 - bits;
  const table = new Int32Array(size * S);
  for (let i = 0; i < model.keys.length; i += 1) {
    const row = model.rows[i]!;
    const key = model.keys[i]! | 0;
    // Key 0 marks an empty slot; one feature in four billion hashes to it and goes unweighted.
    if (row < 0 || key === 0) continue;
    let slot = Math.imul(key, SPREAD) >>> shift;
    while (table[slot * S] !== 0) slot = (slot + 1) & (size - 1);
    table[slot * S] = key;
    for (let c = 0; c < C; c += 1) table[slot * S + 1 + c] = model.weights[row + c]!;
  }
  return { table, shift };
}

/** Adds the weights of feature `key` to `into[at …]`. */
function addKey(scorer: Scorer, key: number, into: Int32Array, at = 0): void {
  const { table, classes: C } = scorer;
  const S = C + 1;
  const mask = (table.length / S) - 1;
  const k = key | 0;
  let slot = Math.imul(k, SPREAD) >>> scorer.shift;
  for (;;) {
    const base = slot * S;
    const found = table[base]!;
    if (found === 0) return;
    if (found === k) {
      for (let c = 0; c < C; c += 1) into[at + c]! += table[base + 1 + c]!;
      return;
    }
    slot = (slot + 1) & mask;
  }
}

function scorerOf(model: NerModel): Scorer {
  const hit = scorers.get(model);
  if (hit !== undefined) return hit;
  const C = model.classes.length;
  const tags = [...model.classes, START];
  const T = tags.length;
  const allowed = new Uint8Array(T * C);
  for (let p = 0; p < T; p += 1) for (let c = 0; c < C; c += 1) allowed[p * C + c] = allowedAfter(tags[p]!, model.classes[c]!) ? 1 : 0;
  const scorer: Scorer = { classes: C, ...tableOf(model), words: new Map(), signatures: new Map(), tagLocal: new Map(), pairs: new Int32Array(T * T * C), tags, allowed };
  for (let p2 = 0; p2 < T; p2 += 1) {
    for (let p = 0; p < T; p += 1) for (const key of attributionTagPairKeys(tags[p]!, tags[p2]!)) addKey(scorer, key, scorer.pairs, (p2 * T + p) * C);
  }
  scorers.set(model, scorer);
  return scorer;
}

/** What the tagger resolves once per word type: summed weights, `null` until first needed. */
interface WordType {
  /** The word's own features. */
  readonly own: Int32Array;
  /** As the word before / after a token, as the nearest cue word before / after it, outside every rule span. */
  readonly asPrev: Int32Array;
  readonly asNext: Int32Array;
  readonly ruleOutside: Int32Array;
  /** As the word two before / two after a token; inside and outside quote marks. */
  readonly asPrev2: Int32Array;
  readonly asNext2: Int32Array;
  readonly quoted: Int32Array;
  readonly unquoted: Int32Array;
  asLeftCue: Int32Array | null;
  asRightCue: Int32Array | null;
  /** `pt|w` per previous tag (the classes, then the start). */
  readonly afterTag: (Int32Array | null)[];
}

function weightsOf(scorer: Scorer, keys: readonly number[]): Int32Array {
  const out = new Int32Array(scorer.classes);
  for (const key of keys) addKey(scorer, key, out);
  return out;
}

function typeOf(scorer: Scorer, token: AttributionToken): WordType {
  const hit = scorer.words.get(token.word);
  if (hit !== undefined) return hit;
  const lower = token.lower;
  const type: WordType = {
    own: weightsOf(scorer, attributionWordKeys(token)),
    asPrev: weightsOf(scorer, [TYPE_KEYS.prev(lower)]),
    asNext: weightsOf(scorer, [TYPE_KEYS.next(lower)]),
    ruleOutside: weightsOf(scorer, [TYPE_KEYS.ruleOutside(lower)]),
    asPrev2: weightsOf(scorer, [TYPE_KEYS.prev2(lower)]),
    asNext2: weightsOf(scorer, [TYPE_KEYS.next2(lower)]),
    quoted: weightsOf(scorer, [TYPE_KEYS.quoted(true, lower)]),
    unquoted: weightsOf(scorer, [TYPE_KEYS.quoted(false, lower)]),
    asLeftCue: null,
    asRightCue: null,
    afterTag: scorer.tags.map(() => null),
  };
  if (scorer.words.size >= MAX_WORD_TYPES) scorer.words.clear();
  scorer.words.set(token.word, type);
  return type;
}

function add(into: Int32Array, w: Int32Array): void {
  for (let c = 0; c < w.length; c += 1) into[c]! += w[c]!;
}

/** Rule labels numbered on first sight, for the tag-local cache's keys. */
const ruleIds = new Map<string, number>();
function ruleId(rule: string): number {
  const id = ruleIds.size;
  ruleIds.set(rule, id);
  return id;
}

/**
 * Tags one sequence; the result is valid BIO over `ATTRIBUTION_CLASSES`. `margins`, when given,
 * receives per token how far the chosen tag's score is ahead of the next best (in weight units).
 */
export function tagSequence(model: NerModel, seq: AttributionSequence, margins?: Float64Array): string[] {
  const scorer = scorerOf(model);
  const C = model.classes.length;
  const T = C + 1;
  const { tokens } = seq;
  const { signatures, keys, refs } = attributionLocalKeys(seq);
  const types = tokens.map((t) => typeOf(scorer, t));
  const scores = new Int32Array(C);
  const tags: string[] = [];
  let prev = C;
  let prev2 = C;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const type = types[i]!;
    scores.set(type.own);
    if (i > 0) add(scores, types[i - 1]!.asPrev);
    if (i + 1 < tokens.length) add(scores, types[i + 1]!.asNext);
    if (token.rule === 'O') add(scores, type.ruleOutside);
    if (i >= 2) add(scores, types[i - 2]!.asPrev2);
    if (i + 2 < tokens.length) add(scores, types[i + 2]!.asNext2);
    add(scores, token.inMarks ? type.quoted : type.unquoted);
    const lc = refs.leftCue[i]!;
    if (lc >= 0) {
      const cue = types[lc]!;
      cue.asLeftCue ??= weightsOf(scorer, [TYPE_KEYS.leftCue(tokens[lc]!.lower)]);
      add(scores, cue.asLeftCue);
    }
    const rc = refs.rightCue[i]!;
    if (rc >= 0) {
      const cue = types[rc]!;
      cue.asRightCue ??= weightsOf(scorer, [TYPE_KEYS.rightCue(tokens[rc]!.lower)]);
      add(scores, cue.asRightCue);
    }
    const signature = signatures[i]!;
    let shared = scorer.signatures.get(signature);
    if (shared === undefined) {
      shared = weightsOf(scorer, signatureKeys(signature));
      if (scorer.signatures.size >= MAX_SIGNATURES) scorer.signatures.clear();
      scorer.signatures.set(signature, shared);
    }
    add(scores, shared);
    for (const key of keys[i]!) addKey(scorer, key, scores);
    const after = (type.afterTag[prev] ??= weightsOf(scorer, [TYPE_KEYS.afterTag(scorer.tags[prev]!, token.lower)]));
    add(scores, after);
    const tagLocal = ((ruleIds.get(token.rule) ?? ruleId(token.rule)) * T + prev) * 4 + (token.inMarks ? 2 : 0) + (token.cue ? 1 : 0);
    let withTag = scorer.tagLocal.get(tagLocal);
    if (withTag === undefined) scorer.tagLocal.set(tagLocal, (withTag = weightsOf(scorer, attributionTagLocalKeys(token, scorer.tags[prev]!))));
    add(scores, withTag);
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
