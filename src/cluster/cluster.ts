/**
 * Story clustering of an ad-hoc collection: the incremental clusterer, fed the articles in date
 * order (undated ones last), after every article has counted towards the term statistics, with the
 * document frequencies of other news counted too.
 */
import type { AnnotatedArticle } from '../types.js';
import { featuresOf, type ClusterFeatures } from './features.js';
import { newsBackground } from './background.js';
import { createIncrementalClusterer, type IncrementalClusterOptions } from './incremental.js';

export type ClusterOptions = IncrementalClusterOptions;

/**
 * Orders articles for clustering: by publication date, undated ones after the dated ones, ties in
 * input order. Undated articles then meet the most recent stories, as in a live feed.
 */
export function streamOrder<T extends Pick<ClusterFeatures, 'published'>>(items: readonly T[]): T[] {
  const key = (x: T) => x.published?.slice(0, 10) ?? null;
  return items
    .map((x, i) => ({ x, i, k: key(x) }))
    .sort((a, b) => (a.k === b.k ? a.i - b.i : a.k === null ? 1 : b.k === null ? -1 : a.k < b.k ? -1 : 1))
    .map((e) => e.x);
}

/** Clusters plain features; returns stories as lists of article ids, in the order stories started. */
export function clusterFeatures(items: readonly ClusterFeatures[], options: ClusterOptions = {}): string[][] {
  // A collection briefed at once is often a handful of articles on one event, too few to tell its rare
  // words from its common ones: other news's document frequencies count too (docs/benchmarks-cluster.md).
  const clusterer = createIncrementalClusterer({ background: newsBackground(), ...options });
  const ordered = streamOrder(items);
  // A collection is known whole: every article informs the term statistics before any is placed.
  for (const f of ordered) clusterer.observe(f);
  for (const f of ordered) clusterer.add(f);
  return clusterer.stories().map((s) => [...s.articles]);
}

/**
 * Articles a feed's clusterer counts before its own document frequencies alone weigh the words. A
 * new store's first articles on one event share all their words; the news table tells which are
 * the event's. Chosen on BASIL + DUC 2004 (docs/benchmarks-cluster.md): from 25 to 100, 37 of the 50
 * DUC topics ingested alone stay whole (6 without the table) and the stream's BCubed F1 on both files
 * is unchanged; 100 also lifts the DUC part streamed alone (0.814 to 0.838); 200 costs BASIL a merge.
 */
export const STREAM_BACKGROUND_ARTICLES = 100;

/**
 * Creates the clusterer of a feed (the store's): articles placed as they come, the news document
 * frequencies counted until `STREAM_BACKGROUND_ARTICLES` articles have arrived.
 */
export function createStreamClusterer(options: IncrementalClusterOptions = {}) {
  return createIncrementalClusterer({ background: newsBackground(), backgroundArticles: STREAM_BACKGROUND_ARTICLES, ...options });
}

/** Creates the clusterer of annotated articles the default pipeline uses. */
export function createClusterer(options: ClusterOptions = {}) {
  return function cluster(articles: readonly AnnotatedArticle[]): AnnotatedArticle[][] {
    const byId = new Map(articles.map((a) => [a.article.id as string, a]));
    return clusterFeatures(articles.map(featuresOf), options).map((ids) => ids.map((id) => byId.get(id)!));
  };
}
