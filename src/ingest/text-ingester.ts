import type { Diagnostic, RawDocument } from '../types.js';
import { resolveHtmlOptions, type HtmlExtractOptions } from '../extract/html/options.js';
import { DEFAULT_SOURCE_EXTENSIONS } from './detect-format.js';
import { documentsFromBytes, fromHtmlOutcome, isLinkRequest, warcOutcome, knownMetaOf, type BytesOutcome, type LinkRequest, type ReadContext } from './documents.js';
import { DEFAULT_MAX_FEED_ITEMS } from './feed.js';
import { createFetcher, type FetchOptions, type FetchOutcome } from './fetch-url.js';
import { DEFAULT_HTML_EXTENSIONS, htmlTextDocument } from './html-document.js';
import { lazyHtmlExtractor } from './lazy.js';
import { mapLimit } from './map-limit.js';
import { readFileLimited } from './read-file.js';
import { DEFAULT_TEXT_EXTENSIONS, walkInputs, type WalkEntry } from './walk.js';

/** Larger than any real article by far; beyond it a file is a dump or a mistake, not a report. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Enough parallel reads to hide disk latency, well under the usual open-file limit. */
export const DEFAULT_CONCURRENCY = 16;

/** WARC files are named by extension so they are streamed, never read whole (crawls run to gigabytes). */
const WARC_NAME = /\.warc(?:\.gz)?$/i;

export interface TextIngestOptions {
  /** Files, fetched bodies and WARC records larger than this are not read. Default 20 MB. */
  readonly maxBytes?: number;
  /** Inputs read at once. Default 16. */
  readonly concurrency?: number;
  /**
   * Extensions taken from folders (lower case, with the dot). Default `.txt`, `.md`, the HTML ones
   * (`.html`, `.htm`, `.xhtml`, `.html.gz`, `.htm.gz`), feeds (`.rss`, `.atom`), JSONL (`.jsonl`,
   * `.ndjson`) and WARC (`.warc`, `.warc.gz`).
   */
  readonly extensions?: readonly string[];
  /** Options of the HTML main-text extractor used for HTML pages. */
  readonly html?: HtmlExtractOptions;
  /**
   * Fetch http(s) URL inputs and the links of feed items that carry no content. Default true;
   * false makes URL inputs a `network-disabled` diagnostic and link-only items `link-only-item`.
   */
  readonly network?: boolean;
  /** Fetching limits and politeness (timeout, redirects, host delay, private addresses). */
  readonly fetch?: FetchOptions;
  /** Items read per feed; the rest are reported (`feed-truncated`). Default 500. */
  readonly maxFeedItems?: number;
}

/** The ingester's options; it reads every kind of source, not only text. */
export type IngestOptions = TextIngestOptions;

export interface TextIngestResult {
  readonly documents: RawDocument[];
  readonly diagnostics: Diagnostic[];
}

export type IngestResult = TextIngestResult;

/** Reads files, folders, feeds, JSONL, WARC files and URLs into decoded documents. */
export type TextIngester = (inputs: readonly string[]) => Promise<TextIngestResult>;
export type Ingester = TextIngester;

/**
 * Creates the ingester. Each input is a file, a folder (read recursively, sorted by path) or an
 * http(s) URL; a file may be plain text, an HTML page, an RSS/Atom/JSON feed, JSONL or a WARC
 * file (gzipped or not), told apart by its bytes and name. An unreadable item becomes one
 * diagnostic; the rest of the batch is still read. Heavy libraries load on the first input
 * that needs them.
 */
export function createIngester(options: IngestOptions = {}): Ingester {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const extensions = options.extensions ?? [...DEFAULT_TEXT_EXTENSIONS, ...DEFAULT_HTML_EXTENSIONS, ...DEFAULT_SOURCE_EXTENSIONS];
  const maxFeedItems = options.maxFeedItems ?? DEFAULT_MAX_FEED_ITEMS;
  const network = options.network ?? true;
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new TypeError(`createTextIngester: maxBytes must be a positive integer (got ${String(maxBytes)})`);
  }
  if (!Number.isInteger(concurrency) || concurrency <= 0) {
    throw new TypeError(`createTextIngester: concurrency must be a positive integer (got ${String(concurrency)})`);
  }
  if (!Number.isInteger(maxFeedItems) || maxFeedItems <= 0) {
    throw new TypeError(`createTextIngester: maxFeedItems must be a positive integer (got ${String(maxFeedItems)})`);
  }
  if (extensions.some((e) => !e.startsWith('.'))) {
    throw new TypeError('createTextIngester: extensions must start with a dot, e.g. ".txt"');
  }
  const ctx: ReadContext = { maxBytes, maxFeedItems, html: lazyHtmlExtractor(resolveHtmlOptions(options.html)) };
  const fetchUrl = createFetcher({ ...options.fetch, maxBytes: options.fetch?.maxBytes ?? maxBytes });

  const readEntry = async (entry: WalkEntry): Promise<BytesOutcome> => {
    if (entry.remote === true) {
      if (!network) return only({ severity: 'error', source: entry.path, rule: 'network-disabled', note: 'URL inputs need the network; it is turned off (offline)' });
      return fromFetch(entry.path, await fetchUrl(entry.path), ctx);
    }
    if (WARC_NAME.test(entry.path)) return warcOutcome(entry.path, { path: entry.path }, ctx);
    const bytes = await readFileLimited(entry.path, maxBytes);
    if (!(bytes instanceof Uint8Array)) return only(bytes);
    return documentsFromBytes(entry.path, bytes, {}, ctx);
  };

  return async (inputs) => {
    if (!Array.isArray(inputs)) throw new TypeError('ingester: pass an array of paths or URLs');
    const walked = await walkInputs(inputs, extensions);
    const outcomes = await mapLimit(walked.files, concurrency, readEntry);
    const links = outcomes.flatMap((o) => o.parts.filter(isLinkRequest));
    const inputUrls = new Set(walked.files.filter((f) => f.remote === true).map((f) => normalUrl(f.path)));
    const linked = await resolveLinks(links, network ? fetchUrl : null, concurrency, ctx, inputUrls);

    const documents: RawDocument[] = [];
    const diagnostics: Diagnostic[] = [...walked.diagnostics];
    const productive = new Set<string>();
    outcomes.forEach((outcome, i) => {
      diagnostics.push(...outcome.diagnostics);
      for (const part of outcome.parts) {
        const resolved = isLinkRequest(part) ? (linked.get(part) ?? only({ severity: 'error', source: part.url, rule: 'unreachable', note: 'not fetched' })) : null;
        if (resolved !== null) diagnostics.push(...resolved.diagnostics);
        const docs = resolved === null ? [part as RawDocument] : resolved.parts.filter((p): p is RawDocument => !isLinkRequest(p));
        documents.push(...docs);
        const folder = walked.files[i]?.folder;
        if (docs.length > 0 && folder != null) productive.add(folder);
      }
    });
    for (const folder of walked.folders) {
      if (!productive.has(folder)) {
        diagnostics.push({ severity: 'warning', source: folder, rule: 'empty-folder', note: `no readable ${extensions.join('/')} articles in this folder` });
      }
    }
    return { documents, diagnostics };
  };
}

/** The ingester under its first name; it now reads every kind of source. */
export const createTextIngester = createIngester;

async function fromFetch(source: string, fetched: FetchOutcome, ctx: ReadContext): Promise<BytesOutcome> {
  if (!fetched.ok) return only(fetched.diagnostic);
  return documentsFromBytes(source, fetched.bytes, { url: fetched.url, mediaType: fetched.mediaType, charset: fetched.charset }, ctx);
}

/**
 * Fetches the links of feed items without content, each URL once. The item's own title, date and
 * byline win over the page's, since the feed states them on purpose. Without the network, an item
 * with a teaser keeps the teaser; one without is reported.
 */
async function resolveLinks(
  links: readonly LinkRequest[],
  fetchUrl: ((url: string) => Promise<FetchOutcome>) | null,
  concurrency: number,
  ctx: ReadContext,
  inputUrls: ReadonlySet<string>,
): Promise<Map<LinkRequest, BytesOutcome>> {
  const result = new Map<LinkRequest, BytesOutcome>();
  if (fetchUrl === null) {
    for (const link of links) result.set(link, await offlineItem(link, ctx));
    return result;
  }
  const byUrl = new Map<string, LinkRequest[]>();
  for (const link of links) {
    // A page also given as an input is read once, as that input.
    if (inputUrls.has(normalUrl(link.url))) {
      result.set(link, only({ severity: 'info', source: link.container, rule: 'duplicate-input', place: link.place, note: `links to ${link.url}, already read as an input` }));
      continue;
    }
    byUrl.set(link.url, [...(byUrl.get(link.url) ?? []), link]);
  }
  await mapLimit([...byUrl], concurrency, async ([url, requests]) => {
    const fetched = await fromFetch(url, await fetchUrl(url), ctx);
    requests.forEach((request, i) => {
      // Links found on a linked page are not followed: one level only, so a feed cannot fan out a crawl.
      const nested = fetched.parts.filter(isLinkRequest).length;
      const docs = fetched.parts.filter((p): p is RawDocument => !isLinkRequest(p)).map((d) => ({ ...d, meta: { ...d.meta, ...knownMetaOf(request.item), ...(d.meta?.outlet !== undefined && { outlet: d.meta.outlet }) } }));
      const notes: Diagnostic[] = nested > 0 ? [{ severity: 'info', source: url, rule: 'link-not-followed', note: `${nested} links on a linked page were not followed` }] : [];
      result.set(request, { parts: i === 0 ? docs : [], diagnostics: i === 0 ? [...fetched.diagnostics, ...notes] : [{ severity: 'info', source: request.container, rule: 'duplicate-input', place: request.place, note: `links to ${url}, already read` }] });
    });
  });
  return result;
}

async function offlineItem(link: LinkRequest, ctx: ReadContext): Promise<BytesOutcome> {
  const { item } = link;
  if (item.teaser === undefined) {
    return only({ severity: 'info', source: link.container, rule: 'link-only-item', place: link.place, note: `the item has only a link (${link.url}); not fetched because the network is off` });
  }
  return fromHtmlOutcome(link.url, htmlTextDocument(link.url, `<!doctype html><html><body><article>${item.teaser}</article></body></html>`, 'utf-8', await ctx.html(), knownMetaOf(item)));
}

/** A URL in the form `new URL` gives it (case of scheme and host, default port, empty path), for comparing. */
function normalUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

function only(diagnostic: Diagnostic): BytesOutcome {
  return { parts: [], diagnostics: [diagnostic] };
}
