/**
 * Training of the attribution tagger (attribution-model.ts): gold BIO labels from an article's
 * attributions, and an averaged perceptron over the features of attribution-features.ts, trained
 * left to right on its own guesses for the tag before (the tagger then searches the best sequence
 * under the same weights). Deterministic: a fixed epoch count and a seeded shuffle, so two
 * runs on the same articles write the same bytes. scripts/train-attribution.ts runs it on the train
 * part of PolNeAR; the tests run it on a small fixture.
 */
import { ATTRIBUTION_CLASSES, attributionSequences, attributionStaticKeys, attributionTagKeys, type AttributionSequence } from './attribution-features.js';
import type { LocalEntity, Sentence } from '../types.js';
import { encodeModel } from './ner-model.js';
import { createAveragedWeights, createShuffler } from './perceptron-train.js';
import { allowedAfter } from './ner-perceptron.js';
import { createQuoteContext } from './quotes-context.js';
import { findRuleDrafts } from './quotes.js';

/** One gold attribution: its content span, and its source and cue as written (located near the content). */
export interface GoldAttribution {
  readonly start: number;
  readonly end: number;
  readonly speaker: string | null;
  readonly verb: string | null;
}

/** One training article, annotated as the pipeline annotates it. */
export interface TrainingArticle {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly LocalEntity[];
  readonly attributions: readonly GoldAttribution[];
}

export interface AttributionTrainOptions {
  /** Passes over the data; default 12 (held-apart tuning articles gained nothing more after it). */
  readonly epochs?: number;
  /** The shuffle's seed; default 20261125. */
  readonly seed?: number;
  /** Static features seen fewer times are not trained on; default 1 (all). */
  readonly minCount?: number;
  /**
   * Static features seen fewer times are trained (they absorb what is peculiar to one passage, which
   * keeps the common features' weights general) but not stored: they rarely fire again; default 3 (seen twice or less: no tuning-set figure moved by more than 0.001).
   */
  readonly saveMinCount?: number;
  /** Averaged weights smaller than this are not stored; default 0.05. */
  readonly minWeight?: number;
  /** Decimals kept per stored weight; default 1 (finer steps changed no decision on held-out news). */
  readonly decimals?: number;
  /** Progress lines (epoch errors). */
  readonly log?: (line: string) => void;
}

/** How far from its content a gold source or cue string is looked for. */
const SEARCH_WINDOW = 400;
/** A source or cue string inside its own content is taken only when no occurrence lies outside. */
const INSIDE_COST = 10_000;

const CLASSES: readonly string[] = ATTRIBUTION_CLASSES;
const CLASS_INDEX = new Map(CLASSES.map((c, i) => [c, i]));

/** The occurrence of `needle` nearest the span `[start, end)`, outside it when one is. */
export function locateNear(text: string, needle: string | null, start: number, end: number): { start: number; end: number } | null {
  if (needle === null || needle.trim() === '') return null;
  const from = Math.max(0, start - SEARCH_WINDOW);
  const region = text.slice(from, Math.min(text.length, end + SEARCH_WINDOW));
  let best: { start: number; end: number; cost: number } | null = null;
  for (let at = region.indexOf(needle); at >= 0; at = region.indexOf(needle, at + 1)) {
    const s = from + at;
    const e = s + needle.length;
    const gap = e <= start ? start - e : s >= end ? s - end : 0;
    const cost = gap + (s >= start && e <= end ? INSIDE_COST : 0);
    if (best === null || cost < best.cost) best = { start: s, end: e, cost };
  }
  return best === null ? null : { start: best.start, end: best.end };
}

/**
 * Gold labels of a sequence, as class indices: the outermost content spans first (a nested
 * attribution inside another's content is left to the rules), then sources and cues on the tokens left.
 */
export function goldLabels(seq: AttributionSequence, text: string, attributions: readonly GoldAttribution[]): number[] {
  const labels: string[] = seq.tokens.map(() => 'O');
  const paint = (span: { start: number; end: number } | null, kind: string) => {
    if (span === null || span.end <= seq.start || span.start >= seq.end) return;
    let first = true;
    seq.tokens.forEach((t, i) => {
      if (labels[i] !== 'O' || t.end <= span.start || t.start >= span.end) return;
      labels[i] = `${first || labels[i - 1] === 'O' ? 'B' : 'I'}-${kind}`;
      first = false;
    });
  };
  const here = attributions.filter((q) => q.start < seq.end && q.end > seq.start);
  for (const q of [...here].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) paint(q, 'C');
  for (const q of here) {
    paint(locateNear(text, q.speaker, q.start, q.end), 'S');
    paint(locateNear(text, q.verb, q.start, q.end), 'Q');
  }
  // A span painted after a neighbour of another kind may start with I-: make it valid BIO.
  return labels.map((l, i) => {
    const prev = labels[i - 1] ?? 'O';
    const fixed = l.startsWith('I-') && prev.slice(2) !== l.slice(2) ? `B-${l.slice(2)}` : l;
    return CLASS_INDEX.get(fixed) ?? 0;
  });
}

interface Example {
  readonly seq: AttributionSequence;
  readonly gold: readonly number[];
  feats: Int32Array[];
}

/** Trains on the articles and returns the stored weights (layout: ner-model.ts), uncompressed. */
export function trainAttribution(articles: Iterable<TrainingArticle>, options: AttributionTrainOptions = {}): Uint8Array {
  const epochs = options.epochs ?? 12;
  const minCount = options.minCount ?? 1;
  const saveMinCount = options.saveMinCount ?? 3;
  const minWeight = options.minWeight ?? 0.05;
  const decimals = options.decimals ?? 1;
  const C = CLASSES.length;

  const ids = new Map<number, number>();
  const featureId = (key: number): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const counts = new Map<number, number>();
  const staged: { seq: AttributionSequence; gold: number[]; keys: Uint32Array[] }[] = [];
  for (const a of articles) {
    const ctx = createQuoteContext(a.text, a.sentences, a.entities);
    for (const seq of attributionSequences(ctx, findRuleDrafts(ctx))) {
      const keys = attributionStaticKeys(seq);
      for (const token of keys) for (const k of token) counts.set(k, (counts.get(k) ?? 0) + 1);
      staged.push({ seq, gold: goldLabels(seq, a.text, a.attributions), keys });
    }
  }
  const examples: Example[] = staged.map(({ seq, gold, keys }) => ({
    seq, gold, feats: keys.map((token) => Int32Array.from([...token].filter((k) => (counts.get(k) ?? 0) >= minCount), featureId)),
  }));
  options.log?.(`${examples.length} sequences, ${ids.size} static features`);

  const weights = createAveragedWeights(C);
  weights.ensure(ids.size);
  const shuffle = createShuffler(options.seed ?? 20261125);

  const scores = new Float64Array(C);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const order = shuffle(examples.length);
    let errors = 0;
    let tokens = 0;
    for (const ei of order) {
      const ex = examples[ei]!;
      let prev = '<s>';
      for (let i = 0; i < ex.seq.tokens.length; i += 1) {
        weights.tick();
        const dyn = attributionTagKeys(ex.seq.tokens[i]!, prev).map(featureId);
        weights.ensure(ids.size);
        const all = [...ex.feats[i]!, ...dyn];
        weights.score(all, scores);
        let best = -1;
        for (let c = 0; c < C; c += 1) if (allowedAfter(prev, CLASSES[c]!) && (best < 0 || scores[c]! > scores[best]!)) best = c;
        // After a wrong guess an I- gold tag cannot follow: the reachable target is the span's B- tag.
        let gold = ex.gold[i]!;
        if (!allowedAfter(prev, CLASSES[gold]!)) gold = CLASS_INDEX.get(`B-${CLASSES[gold]!.slice(2)}`)!;
        if (best !== gold) {
          errors += 1;
          weights.update(all, gold, best);
        }
        // Training follows its own guesses (as tagging will), not the gold tags.
        prev = CLASSES[best]!;
        tokens += 1;
      }
    }
    options.log?.(`epoch ${epoch + 1}: token error ${(errors / Math.max(1, tokens)).toFixed(4)}`);
  }

  const keys = [...ids.keys()];
  const kept: { feature: number; weights: [number, number][] }[] = [];
  const scale = 10 ** decimals;
  for (let id = 0; id < keys.length; id += 1) {
    const count = counts.get(keys[id]!);
    // Tag features are not counted: they are few and all kept.
    if (count !== undefined && count < saveMinCount) continue;
    const classWeights: [number, number][] = [];
    for (let c = 0; c < C; c += 1) {
      const scaled = Math.round(weights.averaged(id, c) * 100 * scale);
      if (Math.abs(scaled) >= minWeight * scale) classWeights.push([c, scaled]);
    }
    if (classWeights.length > 0) kept.push({ feature: keys[id]!, weights: classWeights });
  }
  options.log?.(`kept ${kept.length} of ${keys.length} features`);
  return encodeModel(CLASSES, kept, scale);
}
