import path from 'node:path';
import { asArticleId, type ArticleId } from '../types.js';

/** Ids go into URLs, file names and CLI arguments, so only these characters are kept. */
const UNSAFE_ID_CHARACTERS = /[^A-Za-z0-9_-]+/g;
/** Used when nothing of the source name survives sanitising. */
const FALLBACK_ID = 'article';

/** The base name a source suggests: the file name (or last URL path segment) without extension. */
export function baseIdOf(source: string): string {
  let name = source;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    try {
      const url = new URL(source);
      name = url.pathname.split('/').filter((p) => p !== '').pop() ?? url.host;
    } catch {
      // An unparsable URL still has a usable last segment.
    }
  }
  const base = path.basename(name, path.extname(name));
  const clean = base.replace(UNSAFE_ID_CHARACTERS, '-').replace(/^-+|-+$/g, '');
  return clean === '' ? FALLBACK_ID : clean;
}

/** Hands out ids unique within one batch: `name`, then `name-2`, `name-3`. */
export function createIdAllocator(): (source: string) => ArticleId {
  const used = new Set<string>();
  /** Per base, the suffix to try first: every smaller one is taken, so a batch of one base is not quadratic. */
  const nextSuffix = new Map<string, number>();
  return (source) => {
    const base = baseIdOf(source);
    let id = base;
    if (used.has(id)) {
      let n = nextSuffix.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n += 1;
      id = `${base}-${n}`;
      nextSuffix.set(base, n + 1);
    }
    used.add(id);
    return asArticleId(id);
  };
}
