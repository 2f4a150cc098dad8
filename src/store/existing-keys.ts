/**
 * The unique keys of stored articles (content hash, URL, source), held in memory so that many
 * incoming articles are checked against one query's rows, and against each other, without a round
 * trip per article. The answer is the one `PlacementWriter.findExisting` gives: same content first,
 * then same URL, then same source.
 */
import type { ExistingArticle } from './place-article.js';

/** What makes an article the same as a stored one. */
export interface ArticleKeys {
  readonly hash: string;
  readonly source: string;
  readonly url: string | null;
}

/** The reasons in the order they win. */
const REASONS: readonly ExistingArticle['reason'][] = ['same-content', 'same-url', 'same-source'];

/** The answer that wins: the one with the earlier reason (each key is unique, so reasons never tie between two articles). */
export function earlierReason(a: ExistingArticle | null, b: ExistingArticle | null): ExistingArticle | null {
  if (a === null) return b;
  if (b === null) return a;
  return REASONS.indexOf(b.reason) < REASONS.indexOf(a.reason) ? b : a;
}

export type KeyIndex = ReturnType<typeof createKeyIndex>;

/** An empty set of article keys; `add` stored (or just placed) articles, `find` the one an incoming article repeats. */
export function createKeyIndex() {
  const byHash = new Map<string, string>();
  const byUrl = new Map<string, string>();
  const bySource = new Map<string, string>();
  return {
    add(keys: ArticleKeys, id: string): void {
      byHash.set(keys.hash, id);
      if (keys.url !== null) byUrl.set(keys.url, id);
      bySource.set(keys.source, id);
    },
    find(keys: ArticleKeys): ExistingArticle | null {
      const sameContent = byHash.get(keys.hash);
      if (sameContent !== undefined) return { existing: sameContent, reason: 'same-content' };
      const sameUrl = keys.url === null ? undefined : byUrl.get(keys.url);
      if (sameUrl !== undefined) return { existing: sameUrl, reason: 'same-url' };
      const sameSource = bySource.get(keys.source);
      return sameSource === undefined ? null : { existing: sameSource, reason: 'same-source' };
    },
  };
}
