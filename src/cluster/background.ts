/**
 * Document frequencies of news outside any collection a user briefs: how many of 1,870 news
 * articles (CoNLL-2003's Reuters training documents and PolNeAR's political articles) hold each
 * clustering term. A brief of ten articles on one event cannot tell from those ten alone that
 * "shuttle" is rarer than "said": every word of the event is in most of them. Built by
 * `scripts/build-background.ts`; stored as gzipped JSON in models/news-document-frequencies.json.gz.
 */
import { readShippedJson } from '../shipped-json.js';
import type { BackgroundFrequencies } from './incremental.js';

/** Where the shipped table lives, relative to this file in src/ and in dist/ alike. */
export const DEFAULT_BACKGROUND_URL = new URL('../../models/news-document-frequencies.json.gz', import.meta.url);

/** The stored layout: the number of documents counted and each term's document frequency. */
interface StoredBackground {
  readonly docs: number;
  readonly df: Readonly<Record<string, number>>;
}

let loaded: BackgroundFrequencies | undefined;

/** Reads the shipped table once; a missing or unreadable file throws with its path and the script that builds it. */
export function newsBackground(url: URL = DEFAULT_BACKGROUND_URL): BackgroundFrequencies {
  if (url === DEFAULT_BACKGROUND_URL && loaded !== undefined) return loaded;
  const stored = readShippedJson(url, 'news document frequencies', 'scripts/build-background.ts') as StoredBackground;
  if (!Number.isInteger(stored.docs) || stored.docs < 1 || typeof stored.df !== 'object' || stored.df === null) {
    throw new Error(`${url.pathname}: expected {"docs": <count>, "df": {term: count}}`);
  }
  const background = { docs: stored.docs, df: new Map(Object.entries(stored.df)) };
  if (url === DEFAULT_BACKGROUND_URL) loaded = background;
  return background;
}
