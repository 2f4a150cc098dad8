/**
 * Loaders for the heavy libraries, imported the first time an input needs them: briefing plain
 * text must not pay for the DOM, Readability, feed or WARC code (hundreds of milliseconds of
 * module loading at start-up).
 */
import type { HtmlExtractor } from '../extract/html/html-extractor.js';
import type { ResolvedHtmlOptions } from '../extract/html/options.js';

/** Returns a function that loads the HTML extractor once, on first call, and reuses it. */
export function lazyHtmlExtractor(options: ResolvedHtmlOptions): () => Promise<HtmlExtractor> {
  let loading: Promise<HtmlExtractor> | null = null;
  return () => {
    loading ??= import('../extract/html/html-extractor.js').then((m) => m.createHtmlExtractor(options));
    return loading;
  };
}

export type FeedsmithModule = typeof import('feedsmith');
export type WarcioModule = typeof import('warcio');

let feedsmith: Promise<FeedsmithModule> | null = null;
let warcio: Promise<WarcioModule> | null = null;

/** The feed parser, loaded on the first feed. */
export function loadFeedParser(): Promise<FeedsmithModule> {
  feedsmith ??= import('feedsmith');
  return feedsmith;
}

/** The WARC reader, loaded on the first WARC file. */
export function loadWarcReader(): Promise<WarcioModule> {
  warcio ??= import('warcio');
  return warcio;
}
