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
  /**
   * Rebuilds these stories' briefs in the background, one at a time, after an ingest changed them:
   * the first view then finds the brief built (or waits only for the rest of its build).
   */
  refresh(ids: readonly string[]): void;
  /** Resolves once every background rebuild asked for so far is done. */
  idle(): Promise<void>;
}

/** Creates a brief cache over `store`. */
export function createBriefCache(store: Store, options: BriefCacheOptions = {}): BriefCache {
  const max = options.maxBriefs ?? DEFAULT_CACHED_BRIEFS;
  if (!Number.isInteger(max) || max < 0) throw new TypeError(`createBriefCache: maxBriefs must be a whole number ≥ 0 (got ${String(max)})`);
  const cache = new Map<string, { key: string; brief: Brief }>();
  /** Builds under way, by live story id: a view during a build waits for it instead of building again. */
  const building = new Map<string, { key: string; brief: Promise<Brief> }>();
  let background: Promise<void> = Promise.resolve();

  function keep(story: string, key: string, brief: Brief): void {
    if (max === 0) return;
    cache.delete(story);
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(story, { key, brief });
  }

  async function get(id: string): Promise<{ story: string; brief: Brief }> {
    const version = await storyVersion(store, id);
    const hit = cache.get(version.id);
    if (hit !== undefined && hit.key === version.key) {
      cache.delete(version.id);
      cache.set(version.id, hit);
      return { story: version.id, brief: hit.brief };
    }
    const pending = building.get(version.id);
    if (pending !== undefined && pending.key === version.key) return { story: version.id, brief: await pending.brief };
    const brief = storyBrief(store, version.id);
    building.set(version.id, { key: version.key, brief });
    try {
      const built = await brief;
      keep(version.id, version.key, built);
      return { story: version.id, brief: built };
    } finally {
      if (building.get(version.id)?.brief === brief) building.delete(version.id);
    }
  }

  return {
    get,
    refresh(ids) {
      if (max === 0) return;
      for (const id of new Set(ids)) {
        // A turn of the event loop between stories lets requests in; a failed rebuild is retried on view.
        background = background.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(() => get(id)).then(() => undefined, () => undefined);
      }
    },
    idle: () => background,
  };
}
