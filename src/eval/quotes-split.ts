/**
 * The fixed train / held-out split of a quote dataset, by article id. Training
 * (scripts/train-attribution.ts) reads only `train` articles and `crosscheck eval quotes` reports the
 * `heldout` articles apart, so the honest figure is on news the model never saw.
 */
import { featureKey } from '../annotate/ner-features.js';

/** Which part of the split an article belongs to. */
export type QuoteSplit = 'train' | 'heldout';

/** Buckets an id hashes into. */
const BUCKETS = 100;
/** Buckets `[0, HELDOUT_BUCKETS)` are held out: about a fifth of the articles. */
const HELDOUT_BUCKETS = 20;
/**
 * Buckets `[HELDOUT_BUCKETS, HELDOUT_BUCKETS + TUNE_BUCKETS)` of the train part: held apart from
 * training only while choosing how the model and the rules combine, then trained on.
 */
const TUNE_BUCKETS = 15;
/** Salt of the hash, so the split does not follow any order of the ids. */
const SALT = 'polnear-split-v1:';

/** The id's bucket in `[0, 100)`: FNV-1a of the salted id, spread by a multiply. */
export function splitBucket(id: string): number {
  return (Math.imul(featureKey(SALT + id), 0x9e3779b1) >>> 0) % BUCKETS;
}

/** The part of the split an article id belongs to: stable across runs and machines. */
export function splitOf(id: string): QuoteSplit {
  return splitBucket(id) < HELDOUT_BUCKETS ? 'heldout' : 'train';
}

/** True for the train articles set apart to tune the model-and-rules combination (a subset of `train`). */
export function isTuneArticle(id: string): boolean {
  const bucket = splitBucket(id);
  return bucket >= HELDOUT_BUCKETS && bucket < HELDOUT_BUCKETS + TUNE_BUCKETS;
}
