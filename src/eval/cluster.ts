/**
 * `crosscheck eval cluster <file>`: story clustering scored against the gold events of a JSONL
 * dataset, with articles fed to the incremental clusterer one at a time in date order.
 */
import { performance } from 'node:perf_hooks';
import { clusterFeatures, createIncrementalClusterer, streamOrder, type ClusterOptions } from '../cluster/index.js';
import { bcubed, pairwise } from './bcubed.js';
import { createRowFeatures, readClusterRows } from './cluster-data.js';

export interface ClusterEvalOptions {
  /**
   * `stream` (default): articles arrive one by one, term statistics grow as they come (a feed).
   * `batch`: the whole file is one collection, as `crosscheck brief` clusters it.
   */
  readonly mode?: 'stream' | 'batch';
  /** Annotate entities with the rule-based recogniser (default true). */
  readonly entities?: boolean;
  readonly cluster?: ClusterOptions;
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
  /** Gold events and predicted stories. */
  readonly events: number;
  readonly stories: number;
  /** Wall time of feature building (entity annotation) and clustering, without reading the file. */
  readonly seconds: number;
  readonly articlesPerSecond: number;
}

/**
 * Scores the clusterer on a dataset in the format of `../shared/data/clustering/*.jsonl`. Articles
 * go in by publication date; undated ones follow the dated ones in file order (see `streamOrder`).
 */
export async function evalCluster(file: string, options: ClusterEvalOptions = {}): Promise<ClusterEvalResult> {
  const rows = await readClusterRows(file);
  const start = performance.now();
  const features = rows.map(createRowFeatures(options.entities === undefined ? {} : { entities: options.entities }));
  let stories: string[][];
  if (options.mode === 'batch') stories = clusterFeatures(features, options.cluster);
  else {
    const clusterer = createIncrementalClusterer(options.cluster);
    for (const f of streamOrder(features)) clusterer.add(f);
    stories = clusterer.stories().map((s) => [...s.articles]);
  }
  const seconds = (performance.now() - start) / 1000;
  const predicted = new Map<string, string>();
  stories.forEach((ids, i) => ids.forEach((id) => predicted.set(id, String(i))));
  const gold = new Map(rows.map((r) => [r.id, r.event]));
  const b = bcubed(predicted, gold);
  const p = pairwise(predicted, gold);
  return {
    bcubedF1: b.f1,
    bcubedPrecision: b.precision,
    bcubedRecall: b.recall,
    pairwiseF1: p.f1,
    pairwisePrecision: p.precision,
    pairwiseRecall: p.recall,
    n: rows.length,
    events: new Set(gold.values()).size,
    stories: stories.length,
    seconds,
    articlesPerSecond: rows.length / seconds,
  };
}
