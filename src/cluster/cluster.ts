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

/** Creates the clusterer of annotated articles the default pipeline uses. */
export function createClusterer(options: ClusterOptions = {}) {
  return function cluster(articles: readonly AnnotatedArticle[]): AnnotatedArticle[][] {
    const byId = new Map(articles.map((a) => [a.article.id as string, a]));
    return clusterFeatures(articles.map(featuresOf), options).map((ids) => ids.map((id) => byId.get(id)!));
  };
}
