/**
 * Trains the named-entity tagger (src/annotate/ner-perceptron.ts): an averaged perceptron over the
 * features of src/annotate/ner-features.ts, on CoNLL-2003 English `eng.train`. Deterministic (fixed
 * epoch count and a seeded shuffle). Features are trained by their hashed names (`featureKey`), as the
 * tagger looks them up. Writes models/ner-perceptron.bin.gz (layout: ner-model.ts), pruned and rounded.
 *
 *   node --import tsx scripts/train-ner.ts [eng.train] [--epochs N] [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readConll, toIob2 } from '../src/eval/ner-conll.js';
import { featureKey, prepareSentence, staticFeatures, tagFeatures, type PreparedSentence } from '../src/annotate/ner-features.js';
import { encodeModel } from '../src/annotate/ner-model.js';
import { allowedAfter } from '../src/annotate/ner-perceptron.js';
import { createAveragedWeights, createShuffler } from '../src/annotate/perceptron-train.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const trainFile = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? `${ROOT}../shared/data/ner/conll2003/eng.train`;
/** Passes over the data: accuracy on eng.testa stops improving after about this many. */
const EPOCHS = Number(option('--epochs') ?? 10);
const OUT = option('--out') ?? `${ROOT}models/ner-perceptron.bin.gz`;
/** Averaged weights smaller than this change almost no decision and would bloat the file. */
const MIN_WEIGHT = 0.05;
/** Decimals kept per weight: finer steps change no decision. */
const DECIMALS = 2;
/** The shuffle's seed, so two runs write the same file. */
const SEED = 20261125;

const CLASSES = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
const C = CLASSES.length;
const classIndex = new Map(CLASSES.map((c, i) => [c, i]));

/** Dense training ids of the features' hashes (hashes of names that collide are one feature, as when tagging). */
const ids = new Map<number, number>();
const featureId = (f: string): number => {
  const key = featureKey(f);
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
};

interface Sentence {
  words: string[];
  prepared: PreparedSentence;
  gold: number[];
  feats: Int32Array[];
}

const sentences: Sentence[] = [];
for (const doc of readConll(trainFile)) {
  for (const s of doc.sentences) {
    const words = s.map((t) => t.word);
    const prepared = prepareSentence(words);
    const gold = toIob2(s.map((t) => t.tag)).map((t) => classIndex.get(t) ?? 0);
    sentences.push({ words, prepared, gold, feats: words.map((_, i) => Int32Array.from(staticFeatures(prepared, i).map(featureId))) });
  }
}
process.stderr.write(`${sentences.length} sentences, ${ids.size} static features\n`);

const weights = createAveragedWeights(C, 1 << 20);
const shuffle = createShuffler(SEED);

const scores = new Float64Array(C);
for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
  const order = shuffle(sentences.length);
  let errors = 0;
  let tokens = 0;
  for (const si of order) {
    const s = sentences[si]!;
    const tags: number[] = [];
    for (let i = 0; i < s.words.length; i += 1) {
      weights.tick();
      const prev = CLASSES[tags[i - 1] ?? -1] ?? '<s>';
      const dyn = tagFeatures(s.prepared, i, prev, CLASSES[tags[i - 2] ?? -1] ?? '<s>').map(featureId);
      const all = [...s.feats[i]!, ...dyn];
      weights.ensure(Math.max(...dyn));
      weights.score(all, scores);
      let best = -1;
      for (let c = 0; c < C; c += 1) if (allowedAfter(prev, CLASSES[c]!) && (best < 0 || scores[c]! > scores[best]!)) best = c;
      const gold = s.gold[i]!;
      if (best !== gold) {
        errors += 1;
        weights.update(all, gold, best);
      }
      // Training follows its own guesses (as tagging will), not the gold tags.
      tags.push(best);
      tokens += 1;
    }
  }
  process.stderr.write(`epoch ${epoch + 1}: token error ${(errors / tokens).toFixed(4)}\n`);
}

const keys = [...ids.keys()];
const kept: { feature: number; weights: [number, number][] }[] = [];
for (let id = 0; id < keys.length; id += 1) {
  const classWeights: [number, number][] = [];
  for (let c = 0; c < C; c += 1) {
    // Scaled so that rounding to whole numbers keeps two decimals of the averaged weight.
    const scaled = Math.round(weights.averaged(id, c) * 100 * 10 ** DECIMALS);
    if (Math.abs(scaled) >= MIN_WEIGHT * 10 ** DECIMALS) classWeights.push([c, scaled]);
  }
  if (classWeights.length > 0) kept.push({ feature: keys[id]!, weights: classWeights });
}
const gz = gzipSync(encodeModel(CLASSES, kept, 10 ** DECIMALS), { level: 9 });
writeFileSync(OUT, gz);
process.stderr.write(`kept ${kept.length} of ${keys.length} features; wrote ${OUT} (${(gz.length / 1e6).toFixed(2)} MB)\n`);
