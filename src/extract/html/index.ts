export { createHtmlExtractor } from './html-extractor.js';
export type { HtmlExtraction, HtmlExtractor, HtmlSource } from './html-extractor.js';
export { DEFAULT_MAX_HTML_CHARS, MIN_MAIN_TEXT_CHARS, resolveHtmlOptions } from './options.js';
export type { HtmlExtractOptions, ResolvedHtmlOptions } from './options.js';
export { readMetadata } from './metadata.js';
export type { HtmlMetadata } from './metadata.js';
export { isoDateOf, dateFromUrl } from './dates.js';
export { paragraphsOf } from './dom-text.js';
