import { gunzipSync } from 'node:zlib';
import type { Diagnostic, RawDocument } from '../types.js';
import type { HtmlExtractor } from '../extract/html/index.js';
import { decodeHtmlBytes } from './decode-html.js';

/** HTML pages taken from folders; `.html.gz` is how crawls and benchmarks store pages. */
export const DEFAULT_HTML_EXTENSIONS: readonly string[] = ['.html', '.htm', '.xhtml', '.html.gz', '.htm.gz'];

/** The start of an HTML document, so a page saved without an HTML extension is still read as one. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** The outcome of reading one HTML page: a document (maybe with notes) or why there is none. */
export type HtmlOutcome =
  | { readonly document: RawDocument; readonly diagnostics: readonly Diagnostic[] }
  | { readonly document: null; readonly diagnostics: readonly Diagnostic[] };

/** True when the path names an HTML page by its extension (case-insensitive). */
export function isHtmlPath(file: string): boolean {
  const lower = file.toLowerCase();
  return DEFAULT_HTML_EXTENSIONS.some((e) => lower.endsWith(e));
}

/** True when the bytes start like an HTML document (after an optional BOM and comments). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
  return HTML_START.test(head);
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * Gunzips at most `maxBytes` of output; a larger page is refused rather than inflated into memory.
 * Returns the bytes or a diagnostic.
 */
export function gunzipLimited(source: string, bytes: Uint8Array, maxBytes: number): Uint8Array | Diagnostic {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      return { severity: 'error', source, rule: 'file-too-large', note: `decompresses to over the ${maxBytes}-byte limit (raise maxBytes to read it)` };
    }
    return { severity: 'error', source, rule: 'bad-gzip', note: `not a readable gzip file: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Where a page came from, beyond its path: the URL it was fetched from and the HTTP charset. */
export interface HtmlFrom {
  readonly url?: string;
  readonly transportCharset?: string | null;
}

/**
 * Turns the bytes of an HTML page into a RawDocument whose text is the page's main text
 * (paragraphs separated by a blank line) and whose meta carries the page's title, outlet,
 * publication date, byline, language and canonical URL, so the plain-text extractor's rules then
 * run on it.
 */
export function htmlDocument(source: string, bytes: Uint8Array, extract: HtmlExtractor, from: HtmlFrom = {}): HtmlOutcome {
  const decoded = decodeHtmlBytes(bytes, from.transportCharset == null ? {} : { transportCharset: from.transportCharset });
  const diagnostics: Diagnostic[] = [];
  if (decoded.note !== null) diagnostics.push({ severity: 'info', source, rule: 'charset-mismatch', note: decoded.note });
  const page = htmlTextDocument(source, decoded.text, decoded.encoding, extract, from.url === undefined ? {} : { url: from.url });
  return { document: page.document, diagnostics: [...diagnostics, ...page.diagnostics] };
}

/** Metadata known from outside the page (a feed item, a JSONL line); it wins over the page's own. */
export type KnownMeta = NonNullable<RawDocument['meta']>;

/**
 * Runs the HTML extractor on an already decoded page or fragment (feed item content). `known`
 * metadata overrides what the page says, since a feed or JSONL line states it on purpose.
 */
export function htmlTextDocument(source: string, html: string, encoding: string, extract: HtmlExtractor, known: KnownMeta = {}): HtmlOutcome {
  const page = extract(html, known.url === undefined ? { source } : { source, url: known.url });
  const diagnostics = [...page.diagnostics];
  if (page.text.trim() === '') return { document: null, diagnostics };
  const meta: KnownMeta = {
    ...(page.title !== null && { title: page.title }),
    ...(page.outlet !== null && { outlet: page.outlet }),
    ...(page.published !== null && { published: page.published }),
    ...(page.url !== null && { url: page.url }),
    ...(page.byline !== null && { byline: page.byline }),
    ...(page.language !== null && { language: page.language }),
    ...known,
  };
  return { document: { kind: 'html', source, text: page.text, encoding, meta }, diagnostics };
}
