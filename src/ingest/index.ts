export { createIngester, createTextIngester, DEFAULT_CONCURRENCY, DEFAULT_MAX_BYTES } from './text-ingester.js';
export type { Ingester, IngestOptions, IngestResult, TextIngester, TextIngestOptions, TextIngestResult } from './text-ingester.js';
export { addIngestFlags, ingestOptionsFromFlags } from './flags.js';
export type { IngestFlags } from './flags.js';
export { decodeBytes, normaliseNewlines, MAX_CONTROL_SHARE, SNIFF_BYTES } from './decode.js';
export type { DecodeResult } from './decode.js';
export { DEFAULT_TEXT_EXTENSIONS, FOLDER_DESCRIPTION_FILES, URL_INPUT } from './walk.js';
export { decodeHtmlBytes, declaredCharset, normaliseLabel, CHARSET_SNIFF_BYTES } from './decode-html.js';
export type { HtmlDecodeHints, HtmlDecodeResult } from './decode-html.js';
export { DEFAULT_HTML_EXTENSIONS, htmlDocument, htmlTextDocument, isHtmlPath, looksLikeHtml } from './html-document.js';
export { DEFAULT_SOURCE_EXTENSIONS, detectFormat } from './detect-format.js';
export type { InputFormat } from './detect-format.js';
export { DEFAULT_MAX_FEED_ITEMS, FULL_DESCRIPTION_MIN_CHARS, readFeed } from './feed.js';
export type { FeedItem } from './feed.js';
export { readJsonl } from './jsonl.js';
export { readWarc } from './warc.js';
export type { WarcPage, WarcReadOptions } from './warc.js';
export {
  createFetcher,
  parseContentType,
  DEFAULT_FETCH_CONCURRENCY,
  DEFAULT_HOST_DELAY_MS,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
} from './fetch-url.js';
export type { Fetcher, FetchOptions, FetchOutcome } from './fetch-url.js';
export { blockedAddressReason } from './address-guard.js';
export { createHostScheduler } from './host-scheduler.js';
