export { createTextIngester, DEFAULT_CONCURRENCY, DEFAULT_MAX_BYTES } from './text-ingester.js';
export type { TextIngester, TextIngestOptions, TextIngestResult } from './text-ingester.js';
export { decodeBytes, normaliseNewlines, MAX_CONTROL_SHARE, SNIFF_BYTES } from './decode.js';
export type { DecodeResult } from './decode.js';
export { DEFAULT_TEXT_EXTENSIONS, FOLDER_DESCRIPTION_FILES } from './walk.js';
export { decodeHtmlBytes, declaredCharset, normaliseLabel, CHARSET_SNIFF_BYTES } from './decode-html.js';
export type { HtmlDecodeResult } from './decode-html.js';
export { DEFAULT_HTML_EXTENSIONS, htmlDocument, isHtmlPath, looksLikeHtml } from './html-document.js';
