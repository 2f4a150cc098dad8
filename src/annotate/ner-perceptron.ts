/**
 * The statistical named-entity tagger: an averaged perceptron trained on CoNLL-2003 English by
 * scripts/train-ner.ts, shipped as models/ner-perceptron.json.gz. Tags tokens PER, ORG, LOC, MISC
 * (BIO scheme), greedily left to right.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { prepareSentence, staticFeatures, tagFeatures } from './ner-features.js';

/**
 * The weights as stored: feature names one per line, and for each feature its number of weights,
 * then (class index, weight) pairs in two base64 arrays (Uint8 classes, Int32 weights divided by
 * `scale`). A binary layout parses in milliseconds where per-feature JSON takes a second.
 */
export interface StoredNerModel {
  readonly version: 2;
  readonly classes: readonly string[];
  readonly scale: number;
  readonly features: string;
  readonly counts: string;
  readonly classIndex: string;
  readonly weights: string;
}

/** A loaded model: per feature, flat [classIndex, weight, classIndex, weight, …]. */
export interface NerModel {
  readonly classes: readonly string[];
  readonly weights: ReadonlyMap<string, Float32Array>;
}

/** Where the shipped weights live, relative to this file in src/ and in dist/ alike. */
export const DEFAULT_NER_MODEL_URL = new URL('../../models/ner-perceptron.json.gz', import.meta.url);

/** Packs trained weights (integers, `scale` per unit) into the stored layout. */
export function encodeModel(classes: readonly string[], kept: readonly { feature: string; weights: readonly [number, number][] }[], scale: number): StoredNerModel {
  const counts = Uint8Array.from(kept.map((k) => k.weights.length));
  const pairs = kept.flatMap((k) => k.weights);
  const classIndex = Uint8Array.from(pairs.map(([c]) => c));
  const weights = Int32Array.from(pairs.map(([, w]) => w));
  return {
    version: 2,
    classes,
    scale,
    features: kept.map((k) => k.feature).join('\n'),
    counts: Buffer.from(counts.buffer).toString('base64'),
    classIndex: Buffer.from(classIndex.buffer).toString('base64'),
    weights: Buffer.from(weights.buffer).toString('base64'),
  };
}

/** Turns stored weights into the lookup the tagger scores with. */
export function modelFromStored(stored: StoredNerModel): NerModel {
  if (stored.version !== 2 || !Array.isArray(stored.classes)) throw new TypeError('NER model: expected version 2 weights written by scripts/train-ner.ts');
  const names = stored.features.split('\n');
  const counts = new Uint8Array(Buffer.from(stored.counts, 'base64'));
  const classes = new Uint8Array(Buffer.from(stored.classIndex, 'base64'));
  const raw = Buffer.from(stored.weights, 'base64');
  const ints = new Int32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  if (counts.length !== names.length) throw new TypeError('NER model: feature and count lists differ in length');
  const weights = new Map<string, Float32Array>();
  let at = 0;
  names.forEach((name, i) => {
    const n = counts[i]!;
    const flat = new Float32Array(n * 2);
    for (let k = 0; k < n; k += 1) {
      flat[2 * k] = classes[at + k]!;
      flat[2 * k + 1] = ints[at + k]! / stored.scale;
    }
    at += n;
    weights.set(name, flat);
  });
  return { classes: stored.classes, weights };
}

const cache = new Map<string, NerModel>();

/** Loads (once per path) gzipped or plain JSON weights. */
export function loadNerModel(url: URL = DEFAULT_NER_MODEL_URL): NerModel {
  const key = url.href;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const bytes = readFileSync(url);
  const json = url.pathname.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  const model = modelFromStored(JSON.parse(json) as StoredNerModel);
  cache.set(key, model);
  return model;
}

/** Adds a feature list's weights into `scores`. */
export function addScores(model: NerModel, features: readonly string[], scores: Float64Array): void {
  for (const f of features) {
    const w = model.weights.get(f);
    if (w === undefined) continue;
    for (let k = 0; k < w.length; k += 2) scores[w[k]!]! += w[k + 1]!;
  }
}

/** A BIO tag that may follow `prev`: I-X only continues B-X or I-X. */
export function allowedAfter(prev: string, tag: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);
}

/** Tags one sentence's words; the result is valid BIO. */
export function tagWords(model: NerModel, words: readonly string[]): string[] {
  const prepared = prepareSentence(words);
  const tags: string[] = [];
  const scores = new Float64Array(model.classes.length);
  for (let i = 0; i < words.length; i += 1) {
    scores.fill(0);
    const prev = tags[i - 1] ?? '<s>';
    addScores(model, staticFeatures(prepared, i), scores);
    addScores(model, tagFeatures(prepared, i, prev, tags[i - 2] ?? '<s>'), scores);
    let best = -1;
    for (let c = 0; c < scores.length; c += 1) {
      if (!allowedAfter(prev, model.classes[c]!)) continue;
      if (best < 0 || scores[c]! > scores[best]!) best = c;
    }
    tags.push(model.classes[best] ?? 'O');
  }
  return tags;
}

/** A token of running text for the tagger: words, numbers, clitics and punctuation apart, as CoNLL splits them. */
export interface NerToken {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** Words with inner periods, hyphens and apostrophes ("U.S.", "al-Assad", "O'Neill"), clitics ("'s", "n't"), then any other mark. */
const NER_TOKEN = /n['’]t\b|['’](?:s|re|ve|ll|d|m)\b|(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:(?!n['’]t\b)[\p{L}\p{N}\p{M}]|[-.&/](?=[\p{L}\p{N}])|['’](?!(?:s|re|ve|ll|d|m)\b)(?=[\p{L}\p{N}]))*(?:\.(?<=\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Co|Corp|Inc|Ltd|No)\.))?|\S/gu;

/** Splits text into tagger tokens with offsets. */
export function nerTokens(text: string, from = 0, to = text.length): NerToken[] {
  const out: NerToken[] = [];
  for (const m of text.slice(from, to).matchAll(NER_TOKEN)) {
    out.push({ word: m[0].replace(/’/g, "'"), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/** An entity the tagger found: offsets into the text and a CoNLL type. */
export interface TaggedEntity {
  readonly start: number;
  readonly end: number;
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/** Spans of consecutive B-/I- tags of one type. */
export function spansOfTags(tokens: readonly { start: number; end: number }[], tags: readonly string[]): TaggedEntity[] {
  const out: TaggedEntity[] = [];
  let open: { from: number; type: string } | null = null;
  const close = (to: number) => {
    if (open !== null) out.push({ start: tokens[open.from]!.start, end: tokens[to - 1]!.end, type: open.type as TaggedEntity['type'] });
    open = null;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag.startsWith('B-') || (open !== null && open.type !== tag.slice(2))) close(i);
    if (tag !== 'O' && open === null) open = { from: i, type: tag.slice(2) };
  });
  close(tags.length);
  return out;
}
