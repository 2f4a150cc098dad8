export { createTextIngester, DEFAULT_CONCURRENCY, DEFAULT_MAX_BYTES } from './text-ingester.js';
export type { TextIngester, TextIngestOptions, TextIngestResult } from './text-ingester.js';
export { decodeBytes, normaliseNewlines, MAX_CONTROL_SHARE, SNIFF_BYTES } from './decode.js';
export type { DecodeResult } from './decode.js';
export { DEFAULT_TEXT_EXTENSIONS, FOLDER_DESCRIPTION_FILES } from './walk.js';
