import { isHtmlPath, looksLikeHtml } from './html-document.js';

/** What an input's bytes are, which decides the reader. */
export type InputFormat = 'html' | 'feed-xml' | 'feed-json' | 'jsonl' | 'warc' | 'text';

/** Files taken from folders besides text and HTML: feeds, JSONL and WARC (`.warc.gz` is how crawls store them). */
export const DEFAULT_SOURCE_EXTENSIONS: readonly string[] = ['.rss', '.atom', '.jsonl', '.ndjson', '.warc', '.warc.gz'];

/** Enough of the start of a file to see its root element past an XML declaration and comments. */
const HEAD_BYTES = 2048;

/** The root element of an RSS 2.0 / RSS 1.0 (RDF) / Atom document, after the prolog. */
const FEED_ROOT = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i;

/** The JSON Feed version marker; only JSON naming it is read as a feed. */
const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;

/** A WARC record starts with its version line. */
const WARC_START = /^WARC\/\d/;

const FEED_MEDIA = /^application\/(?:rss|atom|rdf)\+xml$|^(?:application|text)\/xml$/;

/**
 * Decides the format from the media type (when fetched), the name and the first bytes. The bytes
 * win over the name for feeds and WARC, so a feed saved as `.xml` or served as `text/html` is
 * still read as a feed.
 */
export function detectFormat(name: string, bytes: Uint8Array, mediaType: string | null = null): InputFormat {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES)).toString('utf8').replace(/^\uFEFF/, '');
  const lower = name.toLowerCase().replace(/[?#].*$/, '');
  if (WARC_START.test(head)) return 'warc';
  if (FEED_ROOT.test(head)) return 'feed-xml';
  if (head.trimStart().startsWith('{')) {
    if (JSON_FEED_VERSION.test(head) || (mediaType !== null && mediaType === 'application/feed+json')) return 'feed-json';
    if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || firstLineIsJson(bytes)) return 'jsonl';
    // One pretty-printed JSON document: the feed reader says clearly when it is not a JSON Feed.
    return 'feed-json';
  }
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (mediaType !== null && FEED_MEDIA.test(mediaType)) return 'feed-xml';
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml' || isHtmlPath(lower) || looksLikeHtml(bytes)) return 'html';
  return 'text';
}

/** A first line that closes its object means one object per line (JSONL), not one pretty-printed document. */
function firstLineIsJson(bytes: Uint8Array): boolean {
  const end = bytes.indexOf(0x0a);
  const firstLine = Buffer.from(bytes.buffer, bytes.byteOffset, end < 0 ? bytes.byteLength : end).toString('utf8');
  try {
    JSON.parse(firstLine);
    return true;
  } catch {
    return false;
  }
}
