import { open } from 'node:fs/promises';
import type { Diagnostic, RawDocument } from '../types.js';
import { createHtmlExtractor, type HtmlExtractor, type HtmlExtractOptions } from '../extract/html/index.js';
import { decodeBytes } from './decode.js';
import { DEFAULT_HTML_EXTENSIONS, gunzipLimited, htmlDocument, isGzip, isHtmlPath, looksLikeHtml } from './html-document.js';
import { mapLimit } from './map-limit.js';
import { DEFAULT_TEXT_EXTENSIONS, unreadable, walkInputs } from './walk.js';

/** Larger than any real article by far; beyond it a file is a dump or a mistake, not a report. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Enough parallel reads to hide disk latency, well under the usual open-file limit. */
export const DEFAULT_CONCURRENCY = 16;

export interface TextIngestOptions {
  /** Files larger than this are not read (`file-too-large`). Default 20 MB. */
  readonly maxBytes?: number;
  /** Files read at once. Default 16. */
  readonly concurrency?: number;
  /**
   * Extensions taken from folders (lower case, with the dot). Default `.txt`, `.md` and the HTML
   * ones (`.html`, `.htm`, `.xhtml`, `.html.gz`, `.htm.gz`).
   */
  readonly extensions?: readonly string[];
  /** Options of the HTML main-text extractor used for HTML pages. */
  readonly html?: HtmlExtractOptions;
}

export interface TextIngestResult {
  readonly documents: RawDocument[];
  readonly diagnostics: Diagnostic[];
}

/** Reads plain-text files and folders of them into decoded documents. */
export type TextIngester = (inputs: readonly string[]) => Promise<TextIngestResult>;

type ReadOutcome =
  | { readonly document: RawDocument; readonly notes?: readonly Diagnostic[] }
  | { readonly diagnostic: Diagnostic; readonly notes?: readonly Diagnostic[] };

/**
 * Creates an ingester for plain-text inputs. Each input is a file or a folder (read recursively,
 * sorted by path). An unreadable item becomes one diagnostic; the rest of the batch is still read.
 */
export function createTextIngester(options: TextIngestOptions = {}): TextIngester {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const extensions = options.extensions ?? [...DEFAULT_TEXT_EXTENSIONS, ...DEFAULT_HTML_EXTENSIONS];
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new TypeError(`createTextIngester: maxBytes must be a positive integer (got ${String(maxBytes)})`);
  }
  if (!Number.isInteger(concurrency) || concurrency <= 0) {
    throw new TypeError(`createTextIngester: concurrency must be a positive integer (got ${String(concurrency)})`);
  }
  if (extensions.some((e) => !e.startsWith('.'))) {
    throw new TypeError('createTextIngester: extensions must start with a dot, e.g. ".txt"');
  }
  const extractHtml = createHtmlExtractor(options.html);

  return async (inputs) => {
    if (!Array.isArray(inputs)) throw new TypeError('text ingester: pass an array of paths');
    const walked = await walkInputs(inputs, extensions);
    const outcomes = await mapLimit(walked.files, concurrency, (entry) => readTextFile(entry.path, maxBytes, extractHtml));
    const documents: RawDocument[] = [];
    const diagnostics: Diagnostic[] = [...walked.diagnostics];
    const productive = new Set<string>();
    outcomes.forEach((outcome, i) => {
      diagnostics.push(...(outcome.notes ?? []));
      if ('document' in outcome) {
        documents.push(outcome.document);
        const folder = walked.files[i]?.folder;
        if (folder != null) productive.add(folder);
      } else {
        diagnostics.push(outcome.diagnostic);
      }
    });
    for (const folder of walked.folders) {
      if (!productive.has(folder)) {
        diagnostics.push({
          severity: 'warning',
          source: folder,
          rule: 'empty-folder',
          note: `no readable ${extensions.join('/')} articles in this folder`,
        });
      }
    }
    return { documents, diagnostics };
  };
}

/** Reads at most `maxBytes + 1` bytes, so an oversized file is never loaded whatever stat said. */
async function readTextFile(source: string, maxBytes: number, extractHtml: HtmlExtractor): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await open(source, 'r');
  } catch (error) {
    return { diagnostic: unreadable(source, error) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      return { diagnostic: { severity: 'error', source, rule: 'unreadable', note: 'not a regular file' } };
    }
    if (info.size > maxBytes) return { diagnostic: tooLarge(source, info.size, maxBytes) };
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { diagnostic: tooLarge(source, length, maxBytes) };
    return decodeOutcome(source, buffer.subarray(0, length), maxBytes, extractHtml);
  } catch (error) {
    return { diagnostic: unreadable(source, error) };
  } finally {
    await handle.close();
  }
}

function decodeOutcome(source: string, raw: Uint8Array, maxBytes: number, extractHtml: HtmlExtractor): ReadOutcome {
  if (raw.length === 0) return { diagnostic: { severity: 'warning', source, rule: 'empty-file', note: 'the file is empty' } };
  let bytes = raw;
  if (isGzip(raw)) {
    const inflated = gunzipLimited(source, raw, maxBytes);
    if (!(inflated instanceof Uint8Array)) return { diagnostic: inflated };
    bytes = inflated;
  }
  if (isHtmlPath(source) || looksLikeHtml(bytes)) {
    const { document, diagnostics } = htmlDocument(source, bytes, extractHtml);
    if (document !== null) return { document, notes: diagnostics };
    // The page's own "no main text" warning says why it yields no document.
    const [first, ...rest] = diagnostics.filter((d) => d.rule === 'no-main-text').concat(diagnostics.filter((d) => d.rule !== 'no-main-text'));
    return first === undefined
      ? { diagnostic: { severity: 'warning', source, rule: 'no-main-text', note: 'no main text found in the page' } }
      : { diagnostic: first, notes: rest };
  }
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') {
    return { diagnostic: { severity: 'warning', source, rule: 'binary-file', place: decoded.place, note: decoded.note } };
  }
  if (decoded.text.trim() === '') {
    return { diagnostic: { severity: 'warning', source, rule: 'empty-file', note: 'the file holds only whitespace' } };
  }
  return { document: { kind: 'text', source, text: decoded.text, encoding: decoded.encoding } };
}

function tooLarge(source: string, size: number, maxBytes: number): Diagnostic {
  return {
    severity: 'error',
    source,
    rule: 'file-too-large',
    note: `${size} bytes is over the ${maxBytes}-byte limit (raise maxBytes to read it)`,
  };
}
