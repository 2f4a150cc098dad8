/**
 * Story briefs kept between requests. Building a brief re-reads every article's annotations and
 * aligns them (tens of milliseconds for a large story), while a page view only needs to know the
 * story has not changed since: its version key is one indexed lookup.
 */
import { storyBrief, type Store } from '../store/index.js';
import type { Brief } from '../types.js';
import { storyVersion } from './store-queries.js';

/** Enough for the stories a team is reading at once; a brief of 50 articles is a few MB. */
export const DEFAULT_CACHED_BRIEFS = 64;

export interface BriefCacheOptions {
  /** Briefs kept (least recently used goes first). Default 64; 0 turns the cache off. */
  readonly maxBriefs?: number;
}

export interface BriefCache {
  /** The brief of the live story `id` names; `story` is that live id. */
  get(id: string): Promise<{ story: string; brief: Brief }>;
}

/** Creates a brief cache over `store`. */
export function createBriefCache(store: Store, options: BriefCacheOptions = {}): BriefCache {
  const max = options.maxBriefs ?? DEFAULT_CACHED_BRIEFS;
  if (!Number.isInteger(max) || max < 0) throw new TypeError(`createBriefCache: maxBriefs must be a whole number ≥ 0 (got ${String(max)})`);
  const cache = new Map<string, { key: string; brief: Brief }>();
  return {
    async get(id) {
      const version = await storyVersion(store, id);
      const hit = cache.get(version.id);
      if (hit !== undefined && hit.key === version.key) {
        cache.delete(version.id);
        cache.set(version.id, hit);
        return { story: version.id, brief: hit.brief };
      }
      const brief = await storyBrief(store, version.id);
      if (max > 0) {
        cache.delete(version.id);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        cache.set(version.id, { key: version.key, brief });
      }
      return { story: version.id, brief };
    },
  };
}
