/**
 * `crosscheck eval cluster <file>`: story clustering scored against the gold events of a JSONL
 * dataset, with articles fed to the incremental clusterer one at a time in date order.
 */
import { performance } from 'node:perf_hooks';
import { clusterFeatures, createStreamClusterer, streamOrder, type ClusterFeatures, type ClusterOptions } from '../cluster/index.js';
import { bcubed, pairwise } from './bcubed.js';
import { createRowFeatures, readClusterRows, type ClusterRow } from './cluster-data.js';

export interface ClusterEvalOptions {
  /**
   * `stream` (default): articles arrive one by one, term statistics grow as they come (a feed).
   * `batch`: the whole file is one collection, as `crosscheck brief` clusters it.
   */
  readonly mode?: 'stream' | 'batch';
  /** Annotate entities with the rule-based recogniser (default true). */
  readonly entities?: boolean;
  readonly cluster?: ClusterOptions;
  /** Cluster and score only the rows whose gold event starts with this (e.g. `duc-`: the DUC part alone). */
  readonly only?: string;
  /** Cluster every row but score only those whose gold event starts with this (a part within the whole). */
  readonly scoreOnly?: string;
  /**
   * Shuffle the undated rows with this seed before they are fed (a fixed generator, so a seed
   * always gives one order): how much the file's order of undated rows helps.
   */
  readonly shuffleUndated?: number;
}

export interface ClusterEvalResult {
  readonly bcubedF1: number;
  readonly bcubedPrecision: number;
  readonly bcubedRecall: number;
  readonly pairwiseF1: number;
  readonly pairwisePrecision: number;
  readonly pairwiseRecall: number;
  /** Articles scored. */
  readonly n: number;
  /** Gold events and predicted stories, of the articles scored. */
  readonly events: number;
  readonly stories: number;
  /**
   * Each gold event of two or more articles briefed on its own, as `crosscheck brief` clusters a
   * folder (`clusterFeatures`): the share that stays one story, and of how many events.
   */
  readonly briefedAlone: number;
  readonly briefedAloneEvents: number;
  /** Mean BCubed F1 of `SMALL_PAIRS` pairs of gold events briefed together (a fixed draw). */
  readonly briefedPairsBcubedF1: number;
  /**
   * The same events, and pairs, each ingested into a new store (the stream clusterer, fresh): the
   * share of events kept as one story, and the pairs' mean BCubed F1.
   */
  readonly ingestedAlone: number;
  readonly ingestedPairsBcubedF1: number;
  /** Wall time of feature building (entity annotation) and clustering, without reading the file. */
  readonly seconds: number;
  readonly articlesPerSecond: number;
}

/**
 * Scores the clusterer on a dataset in the format of `../shared/data/clustering/*.jsonl`. Articles
 * go in by publication date; undated ones follow the dated ones in file order (see `streamOrder`).
 */
export async function evalCluster(file: string, options: ClusterEvalOptions = {}): Promise<ClusterEvalResult> {
  const all = await readClusterRows(file);
  const only = options.only;
  let rows = only === undefined ? all : all.filter((r) => r.event.startsWith(only));
  if (options.shuffleUndated !== undefined) rows = shuffleUndated(rows, options.shuffleUndated);
  const start = performance.now();
  const features = rows.map(createRowFeatures(options.entities === undefined ? {} : { entities: options.entities }));
  let stories: string[][];
  if (options.mode === 'batch') stories = clusterFeatures(features, options.cluster);
  else {
    stories = streamFeatures(features, options.cluster);
  }
  const seconds = (performance.now() - start) / 1000;
  const briefed = smallCollections(rows, features, (group) => clusterFeatures(group, options.cluster));
  const ingested = smallCollections(rows, features, (group) => streamFeatures(group, options.cluster));
  const predicted = new Map<string, string>();
  stories.forEach((ids, i) => ids.forEach((id) => predicted.set(id, String(i))));
  const part = options.scoreOnly;
  const scored = part === undefined ? rows : rows.filter((r) => r.event.startsWith(part));
  const gold = new Map(scored.map((r) => [r.id, r.event]));
  for (const id of predicted.keys()) if (!gold.has(id)) predicted.delete(id);
  const b = bcubed(predicted, gold);
  const p = pairwise(predicted, gold);
  return {
    bcubedF1: b.f1,
    bcubedPrecision: b.precision,
    bcubedRecall: b.recall,
    pairwiseF1: p.f1,
    pairwisePrecision: p.precision,
    pairwiseRecall: p.recall,
    n: scored.length,
    events: new Set(gold.values()).size,
    stories: new Set(predicted.values()).size,
    briefedAlone: briefed.alone,
    briefedAloneEvents: briefed.aloneEvents,
    briefedPairsBcubedF1: briefed.pairsBcubedF1,
    ingestedAlone: ingested.alone,
    ingestedPairsBcubedF1: ingested.pairsBcubedF1,
    seconds,
    articlesPerSecond: rows.length / seconds,
  };
}

/** The rows with the undated ones shuffled among their own places (Fisher–Yates, a 32-bit LCG from `seed`). */
export function shuffleUndated<T extends { readonly published: string | null }>(rows: readonly T[], seed: number): T[] {
  const slots = rows.flatMap((r, i) => (r.published ? [] : [i]));
  const undated = slots.map((i) => rows[i]!);
  const next = seededRandom(seed);
  for (let i = undated.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [undated[i], undated[j]] = [undated[j]!, undated[i]!];
  }
  const out = [...rows];
  slots.forEach((slot, k) => (out[slot] = undated[k]!));
  return out;
}

/** Pairs of gold events clustered together in `smallCollections`, and the seed of their draw. */
const SMALL_PAIRS = 40;
const SMALL_PAIRS_SEED = 3;

/** Articles fed one at a time to a new stream clusterer (as a new store places them); the stories formed. */
function streamFeatures(features: readonly ClusterFeatures[], cluster: ClusterOptions | undefined): string[][] {
  const clusterer = createStreamClusterer(cluster);
  for (const f of streamOrder(features)) clusterer.add(f);
  return clusterer.stories().map((s) => [...s.articles]);
}

/** Numbers in [0, 1) from a 32-bit linear congruential generator: one seed always gives one sequence. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/**
 * Small collections as a user briefs or first ingests them: every gold event of two or more
 * articles alone, and a fixed draw of pairs of events (`seededRandom`), each clustered by `cluster`.
 */
function smallCollections(rows: readonly ClusterRow[], features: readonly ClusterFeatures[], cluster: (group: ClusterFeatures[]) => string[][]) {
  const byEvent = new Map<string, ClusterFeatures[]>();
  rows.forEach((r, i) => {
    const group = byEvent.get(r.event);
    if (group === undefined) byEvent.set(r.event, [features[i]!]);
    else group.push(features[i]!);
  });
  const events = [...byEvent].filter(([, group]) => group.length >= 2);
  const oneStory = events.filter(([, group]) => cluster(group).length === 1).length;
  const next = seededRandom(SMALL_PAIRS_SEED);
  let sum = 0;
  let pairs = 0;
  for (let tries = 0; pairs < SMALL_PAIRS && events.length >= 2 && tries < SMALL_PAIRS * 10; tries++) {
    const a = events[Math.floor(next() * events.length)]!;
    const b = events[Math.floor(next() * events.length)]!;
    if (a === b) continue;
    const predicted = new Map<string, string>();
    cluster([...a[1], ...b[1]]).forEach((ids, k) => ids.forEach((id) => predicted.set(id, String(k))));
    const gold = new Map([...a[1].map((f): [string, string] => [f.id, a[0]]), ...b[1].map((f): [string, string] => [f.id, b[0]])]);
    sum += bcubed(predicted, gold).f1;
    pairs += 1;
  }
  return {
    alone: events.length === 0 ? 0 : oneStory / events.length,
    aloneEvents: events.length,
    pairsBcubedF1: pairs === 0 ? 0 : sum / pairs,
  };
}
