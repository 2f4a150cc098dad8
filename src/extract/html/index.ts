export { createHtmlExtractor, DEFAULT_MAX_HTML_CHARS, MIN_MAIN_TEXT_CHARS } from './html-extractor.js';
export type { HtmlExtraction, HtmlExtractOptions, HtmlExtractor, HtmlSource } from './html-extractor.js';
export { readMetadata } from './metadata.js';
export type { HtmlMetadata } from './metadata.js';
export { isoDateOf, dateFromUrl } from './dates.js';
export { paragraphsOf } from './dom-text.js';
