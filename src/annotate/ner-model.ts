/**
 * The named-entity tagger's weights: stored as a small binary file (models/ner-perceptron.bin.gz,
 * written by scripts/train-ner.ts) and held in memory as typed arrays: an open-addressing table from
 * a feature's 32-bit hash to its row of integer weights, one weight per class.
 */
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { featureKey } from './ner-features.js';

/** The binary layout's version; the loader refuses any other. */
const FORMAT_VERSION = 3;
/** Rows carry a bitmask of the classes they weight: at most 16 classes fit the Uint16 mask. */
const MAX_CLASSES = 16;
/** The table is kept at most this full, so a miss (most lookups: unseen words) stops after a probe or two. */
const MAX_LOAD = 0.4;
/** Fibonacci hashing multiplier: spreads FNV keys, whose low bits cluster, over the table. */
const SPREAD = 0x9e3779b1;

/** A loaded model. Scores are sums of integer weights (`scale` per unit), exact and order-free. */
export interface NerModel {
  readonly classes: readonly string[];
  readonly scale: number;
  /**
   * The open-addressing table, two numbers per slot side by side (one memory read finds both): the
   * feature hash (as a signed 32-bit integer), then its offset into `weights`, -1 for an empty slot.
   */
  readonly table: Int32Array;
  /** Row-major: one row of `classes.length` weights per kept feature. */
  readonly weights: Int32Array;
  /** 32 minus the table's log2 size: the shift that turns a spread key into a slot. */
  readonly shift: number;
}

/** Where the shipped weights live, relative to this file in src/ and in dist/ alike. */
export const DEFAULT_NER_MODEL_URL = new URL('../../models/ner-perceptron.bin.gz', import.meta.url);

/** One trained feature: its name (hashed with `featureKey`) or hash, and its non-zero (class, integer weight) pairs. */
export interface TrainedFeature {
  readonly feature: string | number;
  readonly weights: readonly (readonly [number, number])[];
}

/**
 * Packs trained weights (integers, `scale` per unit) into the stored layout: a Uint32 header
 * length, a JSON header, then (4-byte aligned) Uint32 feature hashes, Uint16 class masks and the
 * Int32 non-zero weights in feature then class order. Little-endian, like every machine Node runs on here.
 */
export function encodeModel(classes: readonly string[], kept: readonly TrainedFeature[], scale: number): Uint8Array {
  if (classes.length > MAX_CLASSES) throw new RangeError(`NER model: at most ${MAX_CLASSES} classes fit the stored class masks`);
  const keys = Uint32Array.from(kept.map((k) => (typeof k.feature === 'number' ? k.feature : featureKey(k.feature))));
  const masks = Uint16Array.from(kept.map((k) => k.weights.reduce((m, [c]) => m | (1 << c), 0)));
  const values = Int32Array.from(kept.flatMap((k) => [...k.weights].sort((a, b) => a[0] - b[0]).map(([, w]) => w)));
  const header = Buffer.from(JSON.stringify({ version: FORMAT_VERSION, classes, scale, features: kept.length, values: values.length }));
  const head = align4(4 + header.length);
  const masksAt = head + keys.byteLength;
  const valuesAt = align4(masksAt + masks.byteLength);
  const out = Buffer.alloc(valuesAt + values.byteLength);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  Buffer.from(keys.buffer).copy(out, head);
  Buffer.from(masks.buffer).copy(out, masksAt);
  Buffer.from(values.buffer).copy(out, valuesAt);
  return out;
}

const align4 = (n: number): number => (n + 3) & ~3;

interface Header {
  readonly version: number;
  readonly classes: readonly string[];
  readonly scale: number;
  readonly features: number;
  readonly values: number;
}

/** Turns the stored layout into the in-memory table. */
export function modelFromStored(bytes: Uint8Array): NerModel {
  if (endianness() !== 'LE') throw new Error('NER model: the stored weights are little-endian; this machine is not');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = buf.readUInt32LE(0);
  const header = JSON.parse(buf.toString('utf8', 4, 4 + headerLength)) as Header;
  if (header.version !== FORMAT_VERSION || !Array.isArray(header.classes)) {
    throw new TypeError(`NER model: expected version ${FORMAT_VERSION} weights written by scripts/train-ner.ts`);
  }
  const n = header.features;
  const C = header.classes.length;
  // A copy aligns the arrays (a Buffer from gunzip may start at any offset).
  const aligned = new Uint8Array(buf.byteLength);
  aligned.set(buf);
  const head = align4(4 + headerLength);
  const masksAt = head + n * 4;
  const valuesAt = align4(masksAt + n * 2);
  const keysIn = new Uint32Array(aligned.buffer, head, n);
  const masks = new Uint16Array(aligned.buffer, masksAt, n);
  const values = new Int32Array(aligned.buffer, valuesAt, header.values);

  let bits = 1;
  while ((1 << bits) * MAX_LOAD < n) bits += 1;
  const size = 1 << bits;
  const shift = 32 - bits;
  const table = new Int32Array(2 * size);
  for (let slot = 0; slot < size; slot += 1) table[2 * slot + 1] = -1;
  const weights = new Int32Array(n * C);
  let at = 0;
  for (let f = 0; f < n; f += 1) {
    const mask = masks[f]!;
    for (let c = 0; c < C; c += 1) if ((mask & (1 << c)) !== 0) weights[f * C + c] = values[at++]!;
    const key = keysIn[f]! | 0;
    let slot = Math.imul(key, SPREAD) >>> shift;
    while (table[2 * slot + 1] !== -1 && table[2 * slot] !== key) slot = (slot + 1) & (size - 1);
    table[2 * slot] = key;
    table[2 * slot + 1] = f * C;
  }
  if (at !== values.length) throw new TypeError('NER model: class masks and weights disagree');
  return { classes: header.classes, scale: header.scale, table, weights, shift };
}

/** The offset of a feature's weight row, or -1 when the model does not know the feature. */
export function rowOf(model: NerModel, key: number): number {
  const { table } = model;
  const mask = (table.length >> 1) - 1;
  const k = key | 0;
  let slot = Math.imul(k, SPREAD) >>> model.shift;
  for (;;) {
    const row = table[2 * slot + 1]!;
    if (row === -1 || table[2 * slot] === k) return row;
    slot = (slot + 1) & mask;
  }
}

const cache = new Map<string, NerModel>();

/** Loads (once per path) the gzipped or plain stored weights. */
export function loadNerModel(url: URL = DEFAULT_NER_MODEL_URL): NerModel {
  const hit = cache.get(url.href);
  if (hit !== undefined) return hit;
  const bytes = readFileSync(url);
  const model = modelFromStored(url.pathname.endsWith('.gz') ? gunzipSync(bytes) : bytes);
  cache.set(url.href, model);
  return model;
}
