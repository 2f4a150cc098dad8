import type { Diagnostic, RawDocument } from '../types.js';
import type { HtmlExtractor } from '../extract/html/html-extractor.js';
import { decodeBytes, normaliseNewlines } from './decode.js';
import { decodeHtmlBytes } from './decode-html.js';
import { detectFormat } from './detect-format.js';
import { readFeed, type FeedItem } from './feed.js';
import { gunzipLimited, htmlDocument, htmlTextDocument, isGzip, type HtmlOutcome, type KnownMeta } from './html-document.js';
import { readJsonl } from './jsonl.js';
import { readWarc } from './warc.js';

/** What turning bytes into documents needs; the HTML extractor is loaded on the first page. */
export interface ReadContext {
  readonly maxBytes: number;
  readonly maxFeedItems: number;
  readonly html: () => Promise<HtmlExtractor>;
}

/** Where bytes came from, beyond their path or URL. */
export interface BytesFrom {
  /** The URL the bytes were fetched from (after redirects). */
  readonly url?: string;
  readonly mediaType?: string | null;
  readonly charset?: string | null;
}

/** A feed item with no content of its own: its link is fetched (when the network is allowed). */
export interface LinkRequest {
  readonly kind: 'link';
  readonly url: string;
  /** The feed the item is in, and where, for diagnostics. */
  readonly container: string;
  readonly place: string;
  readonly item: FeedItem;
}

export type Part = RawDocument | LinkRequest;

export interface BytesOutcome {
  readonly parts: Part[];
  readonly diagnostics: Diagnostic[];
}

export const isLinkRequest = (part: Part): part is LinkRequest => part.kind === 'link';

/**
 * Turns the bytes of one input (file, fetched body) into documents, whatever it is: an HTML page,
 * a feed, JSONL, a WARC file or plain text (gzip inflated first). Never throws for bad content.
 */
export async function documentsFromBytes(source: string, raw: Uint8Array, from: BytesFrom, ctx: ReadContext): Promise<BytesOutcome> {
  if (raw.length === 0) return only({ severity: 'warning', source, rule: 'empty-file', note: 'the input is empty' });
  let bytes = raw;
  if (isGzip(raw)) {
    const inflated = gunzipLimited(source, raw, ctx.maxBytes);
    if (!(inflated instanceof Uint8Array)) return only(inflated);
    bytes = inflated;
  }
  const charset = from.charset ?? null;
  switch (detectFormat(from.url ?? source, bytes, from.mediaType ?? null)) {
    case 'html':
      return fromHtmlOutcome(source, htmlDocument(source, bytes, await ctx.html(), { ...(from.url !== undefined && { url: from.url }), transportCharset: charset }));
    case 'feed-xml':
    case 'feed-json': {
      const decoded = decodeHtmlBytes(bytes, { transportCharset: charset });
      const feed = await readFeed(source, decoded.text, ctx.maxFeedItems, from.url);
      const items = await itemParts(source, 'item', feed.items, decoded.encoding, ctx);
      return { parts: items.parts, diagnostics: [...feed.diagnostics, ...items.diagnostics] };
    }
    case 'jsonl': {
      const decoded = decodeBytes(bytes);
      if (decoded.kind === 'binary') return only({ severity: 'warning', source, rule: 'binary-file', place: decoded.place, note: decoded.note });
      const lines = readJsonl(source, decoded.text);
      const items = await itemParts(source, 'line', lines.items, decoded.encoding, ctx);
      return { parts: items.parts, diagnostics: [...lines.diagnostics, ...items.diagnostics] };
    }
    case 'warc':
      return warcOutcome(source, { bytes }, ctx);
    case 'text':
      return textOutcome(source, bytes, charset);
  }
}

/** The HTML pages of a WARC file, read from its bytes or streamed from its path. */
export async function warcOutcome(source: string, input: Parameters<typeof readWarc>[1], ctx: ReadContext): Promise<BytesOutcome> {
  const parts: Part[] = [];
  const diagnostics: Diagnostic[] = [];
  const extract = await ctx.html();
  const warcDiagnostics = await readWarc(source, input, {
    maxBytes: ctx.maxBytes,
    onPage: (page) => {
      const outcome = fromHtmlOutcome(page.url, htmlDocument(page.url, page.bytes, extract, { url: page.url, transportCharset: page.charset }));
      parts.push(...outcome.parts);
      diagnostics.push(...outcome.diagnostics);
    },
  });
  return { parts, diagnostics: [...diagnostics, ...warcDiagnostics] };
}

function textOutcome(source: string, bytes: Uint8Array, charset: string | null): BytesOutcome {
  if (charset !== null && charset !== 'utf-8') {
    // A charset the server states is better evidence than a guess from the bytes.
    const decoded = decodeHtmlBytes(bytes, { transportCharset: charset });
    return textDocument(source, decoded.text, decoded.encoding);
  }
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') return only({ severity: 'warning', source, rule: 'binary-file', place: decoded.place, note: decoded.note });
  return textDocument(source, decoded.text, decoded.encoding);
}

function textDocument(source: string, text: string, encoding: string, meta?: KnownMeta): BytesOutcome {
  if (text.trim() === '') return only({ severity: 'warning', source, rule: 'empty-file', note: 'the input holds only whitespace' });
  return { parts: [{ kind: 'text', source, text, encoding, ...(meta !== undefined && { meta }) }], diagnostics: [] };
}

/** A page with no main text yields its own diagnostics, `no-main-text` first, since it says why. */
export function fromHtmlOutcome(source: string, outcome: HtmlOutcome): BytesOutcome {
  if (outcome.document !== null) return { parts: [outcome.document], diagnostics: [...outcome.diagnostics] };
  const diagnostics = [...outcome.diagnostics].sort((a, b) => Number(b.rule === 'no-main-text') - Number(a.rule === 'no-main-text'));
  if (!diagnostics.some((d) => d.rule === 'no-main-text')) {
    diagnostics.unshift({ severity: 'warning', source, rule: 'no-main-text', note: 'no main text found in the page' });
  }
  return { parts: [], diagnostics };
}

/** What a feed item or JSONL line states about its article; it wins over what a page says. */
export function knownMetaOf(item: FeedItem): KnownMeta {
  const { title, url, published, byline, language, outlet } = item;
  return {
    ...(title !== undefined && { title }),
    ...(url !== undefined && { url }),
    ...(published !== undefined && { published }),
    ...(byline !== undefined && { byline }),
    ...(language !== undefined && { language }),
    ...(outlet !== undefined && { outlet }),
  };
}

/** Feed content is a fragment; a minimal page around it lets the HTML extractor read it as a page. */
function wrapFragment(html: string, item: FeedItem): string {
  const lang = item.language === undefined ? '' : ` lang="${escapeAttribute(item.language)}"`;
  return `<!doctype html><html${lang}><head><meta charset="utf-8"></head><body><article>${html}</article></body></html>`;
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Documents for feed items or JSONL lines: HTML content through the extractor, text as is, links to fetch. */
async function itemParts(container: string, unit: 'item' | 'line', items: readonly FeedItem[], encoding: string, ctx: ReadContext): Promise<BytesOutcome> {
  const parts: Part[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const item of items) {
    const place = `${unit} ${item.position}`;
    const source = item.url ?? (unit === 'line' ? `${container}:${item.position}` : `${container}#item-${item.position}`);
    const known = knownMetaOf(item);
    const content = item.content ?? (item.url === undefined && item.teaser !== undefined ? { kind: 'html' as const, value: item.teaser } : undefined);
    if (content === undefined && item.url !== undefined) {
      parts.push({ kind: 'link', url: item.url, container, place, item });
      continue;
    }
    if (content === undefined) {
      diagnostics.push({ severity: 'warning', source: container, rule: 'empty-item', place, note: 'the item has neither content nor a link' });
      continue;
    }
    const outcome =
      content.kind === 'text'
        ? textDocument(source, normaliseNewlines(content.value), encoding, known)
        : fromHtmlOutcome(source, htmlTextDocument(source, wrapFragment(content.value, item), encoding, await ctx.html(), known));
    parts.push(...outcome.parts);
    diagnostics.push(...outcome.diagnostics);
  }
  return { parts, diagnostics };
}

function only(diagnostic: Diagnostic): BytesOutcome {
  return { parts: [], diagnostics: [diagnostic] };
}
