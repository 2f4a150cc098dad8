/**
 * Story clustering of an ad-hoc collection: articles whose TF-IDF vectors (content words, and the
 * names of people, organisations and places counted twice) are close enough are one story.
 */
import type { AnnotatedArticle } from '../types.js';
import { contentStems } from '../brief/text-norm.js';

export interface ClusterOptions {
  /** Cosine similarity at or above which two articles report the same story (default SAME_STORY). */
  readonly threshold?: number;
}

/** Tuned so that three outlets' takes on one event join while different events of one country stay apart. */
const SAME_STORY = 0.2;
/** Entity names say more about the event than words do. */
const ENTITY_WEIGHT = 2;

export function createClusterer(options: ClusterOptions = {}) {
  const threshold = options.threshold ?? SAME_STORY;
  return function cluster(articles: readonly AnnotatedArticle[]): AnnotatedArticle[][] {
    const vectors = tfidf(articles);
    const parent = articles.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < articles.length; i++) {
      for (let j = i + 1; j < articles.length; j++) {
        if (cosine(vectors[i]!, vectors[j]!) >= threshold) parent[find(i)] = find(j);
      }
    }
    const groups = new Map<number, AnnotatedArticle[]>();
    articles.forEach((a, i) => {
      const root = find(i);
      groups.set(root, [...(groups.get(root) ?? []), a]);
    });
    return [...groups.values()];
  };
}

function tfidf(articles: readonly AnnotatedArticle[]): Map<string, number>[] {
  const counts = articles.map((a) => {
    const tf = new Map<string, number>();
    const add = (t: string, w: number) => tf.set(t, (tf.get(t) ?? 0) + w);
    for (const w of contentStems(`${a.article.title}\n${a.article.text}`)) add(w, 1);
    for (const e of a.entities) add(`@${e.name.toLowerCase()}`, ENTITY_WEIGHT * e.mentions.length);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = articles.length;
  return counts.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log(1 + n / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}
