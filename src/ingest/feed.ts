import type { Diagnostic } from '../types.js';
import { absoluteUrl } from '../extract/absolute-url.js';
import { languageTag } from '../extract/language-tag.js';
import { loadFeedParser } from './lazy.js';

/** Feeds beyond this many items are archives, not a day's news; the rest are reported, not read. */
export const DEFAULT_MAX_FEED_ITEMS = 500;

/**
 * A description or summary at least this long (in characters of text) is the article itself, as
 * many RSS feeds carry it; shorter ones are teasers, and the item's link is fetched instead.
 */
export const FULL_DESCRIPTION_MIN_CHARS = 500;

/** One feed item as the ingester needs it: its content (if any) and what the feed says about it. */
export interface FeedItem {
  /** 1-based position in the feed, for diagnostics. */
  readonly position: number;
  readonly title?: string;
  readonly url?: string;
  readonly published?: string;
  readonly byline?: string;
  readonly language?: string;
  readonly outlet?: string;
  /** The full content: HTML or plain text. Absent for a link-only or teaser-only item. */
  readonly content?: { readonly kind: 'html' | 'text'; readonly value: string };
  /** A short summary kept for when the link cannot be fetched. */
  readonly teaser?: string;
}

export interface FeedReadResult {
  readonly items: FeedItem[];
  readonly diagnostics: Diagnostic[];
}

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  // Atom text constructs come as { value, type }.
  if (isRec(v)) return str(v['value']);
  return undefined;
};
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const field = (v: unknown, ...path: string[]): unknown => path.reduce<unknown>((o, k) => (isRec(o) ? o[k] : undefined), v);

/** Text length of an HTML string, tags and entities aside: enough to tell a teaser from an article. */
function textLength(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ').trim().length;
}

/**
 * Reads an RSS 2.0, RSS 1.0, Atom or JSON Feed document into items. A feed that does not parse is
 * one `bad-feed` diagnostic; items over `maxItems` are reported (`feed-truncated`), not read.
 */
export async function readFeed(source: string, text: string, maxItems: number, fetchedFrom?: string): Promise<FeedReadResult> {
  const { parseFeed } = await loadFeedParser();
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(text) as { format: string; feed: unknown };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { items: [], diagnostics: [{ severity: 'error', source, rule: 'bad-feed', note: `not a readable RSS, Atom or JSON feed (${why})` }] };
  }
  const { format, feed } = parsed;
  const raw = list(field(feed, format === 'atom' ? 'entries' : 'items'));
  const diagnostics: Diagnostic[] = [];
  if (raw.length === 0) diagnostics.push({ severity: 'warning', source, rule: 'empty-feed', note: 'the feed has no items' });
  if (raw.length > maxItems) {
    diagnostics.push({ severity: 'warning', source, rule: 'feed-truncated', note: `${raw.length} items; only the first ${maxItems} read (raise maxFeedItems to read more)` });
  }
  const outlet = str(field(feed, 'title'));
  const language = languageTag(str(field(feed, 'language')) ?? str(field(feed, 'xml', 'lang')) ?? str(field(feed, 'dc', 'language'))) ?? undefined;
  // Item links may be relative: to the feed's stated home (RSS channel link, Atom link, JSON Feed
  // home_page_url), itself resolved against the address the feed was fetched from.
  const base = httpUrl(feedHome(format, feed), fetchedFrom) ?? httpUrl(fetchedFrom, undefined);
  const items = raw.slice(0, maxItems).map((item, i): FeedItem => {
    const common = {
      position: i + 1,
      ...(outlet !== undefined && { outlet }),
      ...(language !== undefined && { language }),
    };
    const entry = format === 'atom' ? atomItem(item) : format === 'json' ? jsonItem(item) : rssItem(item);
    if (entry.url === undefined) return { ...common, ...entry };
    const url = httpUrl(entry.url, base);
    if (url === undefined) {
      diagnostics.push({ severity: 'warning', source, rule: 'relative-link', place: `item ${i + 1}`, note: `the link "${entry.url}" is relative and the feed gives no address to resolve it against; the item's own content is used` });
      const { url: _dropped, ...rest } = entry;
      return { ...common, ...rest };
    }
    return { ...common, ...entry, url };
  });
  return { items, diagnostics };
}

/** The address a feed names as its site: where its relative item links point from. */
function feedHome(format: string, feed: unknown): string | undefined {
  if (format === 'json') return str(field(feed, 'home_page_url')) ?? str(field(feed, 'feed_url'));
  if (format === 'atom') {
    const links = list(field(feed, 'links'));
    const alternate = links.find((l) => str(field(l, 'rel')) === undefined || str(field(l, 'rel')) === 'alternate');
    return str(field(alternate ?? links[0], 'href'));
  }
  return str(field(feed, 'link'));
}

/** `value` as an absolute http(s) address, resolved against `base` when relative; undefined when it cannot be. */
function httpUrl(value: string | undefined, base: string | undefined): string | undefined {
  const url = absoluteUrl(value, base);
  return url !== null && /^https?:/.test(url) ? url : undefined;
}

type ItemFields = Omit<FeedItem, 'position'>;

function compact(fields: { [K in keyof ItemFields]?: ItemFields[K] | undefined }): ItemFields {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as ItemFields;
}

function withDescription(content: FeedItem['content'] | undefined, description: string | undefined): Pick<ItemFields, 'content' | 'teaser'> {
  if (content !== undefined) return { content };
  if (description === undefined) return {};
  return textLength(description) >= FULL_DESCRIPTION_MIN_CHARS ? { content: { kind: 'html', value: description } } : { teaser: description };
}

function rssItem(item: unknown): ItemFields {
  const encoded = str(field(item, 'content', 'encoded'));
  const byline = list(field(item, 'dc', 'creators')).map(str).find((v) => v !== undefined) ?? str(field(item, 'dc', 'creator')) ?? personName(list(field(item, 'authors'))[0]);
  return compact({
    title: str(field(item, 'title')),
    url: str(field(item, 'link')) ?? guidLink(field(item, 'guid')),
    published: str(field(item, 'pubDate')) ?? str(field(item, 'dc', 'date')),
    byline,
    ...withDescription(encoded === undefined ? undefined : { kind: 'html', value: encoded }, str(field(item, 'description'))),
  });
}

function atomItem(entry: unknown): ItemFields {
  const links = list(field(entry, 'links'));
  const alternate = links.find((l) => str(field(l, 'rel')) === undefined || str(field(l, 'rel')) === 'alternate');
  const content = field(entry, 'content');
  const contentValue = str(content);
  const contentType = str(field(content, 'type')) ?? 'text';
  return compact({
    title: str(field(entry, 'title')),
    url: str(field(alternate ?? links[0], 'href')),
    published: str(field(entry, 'published')) ?? str(field(entry, 'updated')),
    byline: personName(list(field(entry, 'authors'))[0]),
    ...withDescription(contentValue === undefined ? undefined : { kind: contentType === 'text' ? 'text' : 'html', value: contentValue }, str(field(entry, 'summary'))),
  });
}

function jsonItem(item: unknown): ItemFields {
  const html = str(field(item, 'content_html'));
  const text = str(field(item, 'content_text'));
  const content: FeedItem['content'] | undefined = html !== undefined ? { kind: 'html', value: html } : text !== undefined ? { kind: 'text', value: text } : undefined;
  return compact({
    title: str(field(item, 'title')),
    url: str(field(item, 'url')) ?? str(field(item, 'external_url')),
    published: str(field(item, 'date_published')),
    byline: personName(list(field(item, 'authors'))[0]) ?? personName(field(item, 'author')),
    language: languageTag(str(field(item, 'language'))) ?? undefined,
    ...withDescription(content, str(field(item, 'summary'))),
  });
}


function personName(person: unknown): string | undefined {
  return typeof person === 'string' ? str(person) : str(field(person, 'name'));
}

/** An RSS guid is the item's URL only when it is a permalink (the default) and looks like one. */
function guidLink(guid: unknown): string | undefined {
  const value = str(guid);
  if (value === undefined || !/^https?:\/\//i.test(value)) return undefined;
  return field(guid, 'isPermaLink') === false ? undefined : value;
}
