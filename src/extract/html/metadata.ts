import { squash, type DomDocument, type DomElement } from './dom.js';
import { isoDateOf, dateFromUrl } from './dates.js';
import { absoluteUrl } from '../absolute-url.js';
import { languageTag } from '../language-tag.js';
import { decodedText, headlineOf } from './title.js';

/** What a page says about itself, read before the body is touched. All fields null when absent. */
export interface HtmlMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  /** `YYYY-MM-DD`. */
  readonly published: string | null;
  /** Where the date came from: `json-ld`, `meta`, `time`, `url`, or a visible "Published on …" line (`text`). */
  readonly publishedFrom: 'json-ld' | 'meta' | 'time' | 'url' | 'text' | null;
  readonly outlet: string | null;
  /** BCP 47 tag as declared, e.g. `en-US`, `ja`. */
  readonly language: string | null;
  /** The canonical URL when declared, else the URL given. */
  readonly url: string | null;
  /** The JSON-LD `articleBody`, a fallback when the markup hides the text. */
  readonly articleBody: string | null;
}

/** JSON-LD types whose object describes the article itself rather than the site or a breadcrumb. */
const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|ReportageNews|LiveBlogPosting|SocialMediaPosting|Posting)$/;

/** Meta names and properties carrying the publication date, most specific first. */
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'og:published_time',
  'published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'citation_publication_date',
  'date',
];

const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl'];

/** Author meta tags often hold a profile URL instead of a name. */
const URL_LIKE = /^(?:https?:)?\/\//i;

/** "By Jane Doe" in byline meta and markup: the word is not part of the name. */
const BY_PREFIX = /^(?:by|von|par|por|di|door)\s+/i;

type Json = unknown;

/**
 * Reads title, byline, date, outlet, language and canonical URL from JSON-LD, meta tags and markup.
 * `html` is the page source, searched for a visible date line when the markup declares none.
 */
export function readMetadata(doc: DomDocument, url: string | null, html = ''): HtmlMetadata {
  const meta = metaMap(doc);
  const ld = articleObject(doc);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('og:url') ?? null;
  // Each source is only read when the more trusted ones gave nothing: DOM queries cost on big pages.
  let published: string | null = isoDateOf(stringOf(ld?.['datePublished']) ?? stringOf(ld?.['dateCreated']));
  let publishedFrom: HtmlMetadata['publishedFrom'] = published === null ? null : 'json-ld';
  const fallbacks: [() => string | null, NonNullable<HtmlMetadata['publishedFrom']>][] = [
    [() => firstDate(DATE_META.map((k) => meta.get(k))), 'meta'],
    [() => timeElementDate(doc), 'time'],
    [() => dateFromUrl(url ?? '') ?? dateFromUrl(canonical ?? ''), 'url'],
    [() => visibleDate(html), 'text'],
  ];
  for (const [read, from] of fallbacks) {
    if (published !== null) break;
    published = read();
    publishedFrom = published === null ? null : from;
  }
  const outlet = firstText([meta.get('og:site_name'), nameOf(ld?.['publisher']), meta.get('application-name')]);
  const h1 = firstText([doc.querySelector('h1')?.textContent]);
  const declared = firstText([stringOf(ld?.['headline']), meta.get('og:title'), meta.get('twitter:title')]) ?? h1 ?? firstText([doc.querySelector('title')?.textContent]);
  return {
    title: declared === null ? null : headlineOf(declared, h1, outlet, url ?? canonical),
    byline: authorOf(ld?.['author']) ?? firstText(AUTHOR_META.map((k) => meta.get(k)).filter((v): v is string => v !== undefined && !URL_LIKE.test(v)).map(stripBy)) ?? markupByline(doc),
    published,
    publishedFrom,
    outlet,
    language: languageTag(firstText([doc.documentElement?.getAttribute('lang'), meta.get('content-language'), stringOf(ld?.['inLanguage']), meta.get('og:locale')])),
    url: absoluteUrl(canonical, url) ?? url,
    // Not squashed: its line breaks are the only paragraph marks it has.
    articleBody: typeof ld?.['articleBody'] === 'string' ? ld['articleBody'].trim() || null : null,
  };
}

/** `<meta>` values keyed by lower-cased `property`, `name`, `itemprop` or `http-equiv`; the first of each wins. */
function metaMap(doc: DomDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content') ?? el.getAttribute('datetime');
    if (content === null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key !== undefined && key !== '' && !out.has(key)) out.set(key, content.trim());
    }
  }
  return out;
}

/** The first article-typed object in the page's JSON-LD, looking inside `@graph` and arrays. */
function articleObject(doc: DomDocument): Record<string, Json> | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const parsed = parseJsonLoosely(script.textContent ?? '');
    const found = findArticle(parsed, 0);
    if (found !== null) return found;
  }
  return null;
}

/** Pages wrap JSON-LD in HTML comments or CDATA, or leave raw newlines in strings. */
function parseJsonLoosely(text: string): Json {
  const cleaned = text.replace(/^\s*(?:<!--|\/\/<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\]\]>)\s*$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // Raw control characters (newlines, tabs) inside strings are the usual breakage.
      // eslint-disable-next-line no-control-regex
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

/** Nesting deeper than this is not article metadata, and the bound keeps hostile input cheap. */
const MAX_JSON_LD_DEPTH = 6;

function findArticle(value: Json, depth: number): Record<string, Json> | null {
  if (depth > MAX_JSON_LD_DEPTH || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  const obj = value as Record<string, Json>;
  const types = ([] as Json[]).concat(obj['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return obj;
  return findArticle(obj['@graph'] ?? null, depth + 1) ?? findArticle(obj['mainEntity'] ?? null, depth + 1);
}

function stringOf(value: Json): string | null {
  if (typeof value === 'string') return squash(value) || null;
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

function nameOf(value: Json): string | null {
  if (typeof value === 'string') return squash(value) || null;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value !== null && typeof value === 'object') return stringOf((value as Record<string, Json>)['name']);
  return null;
}

function authorOf(value: Json): string | null {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const names = list.map(nameOf).filter((n): n is string => n !== null && !URL_LIKE.test(n)).map(stripBy);
  return names.length === 0 ? null : [...new Set(names)].join(', ');
}

/** Markup that names the author, most specific first. */
const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[rel="author"]',
  '[itemprop="author"]',
  '[class*="author-name"], [class*="authorName"], [class*="author__name"], [class*="byline__name"], [class*="byline-name"]',
  'a[href*="/author/"], a[href*="/authors/"]',
  '.byline, .author',
];

/** A byline block longer than this is the whole credit line with dates and roles, not a name. */
const BYLINE_MAX_WORDS = 8;

function markupByline(doc: DomDocument): string | null {
  for (const selector of BYLINE_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const text = stripBy(squash(el.textContent));
      if (text !== '' && text.split(' ').length <= BYLINE_MAX_WORDS && /\p{L}/u.test(text)) return text;
    }
  }
  return null;
}

/**
 * "Published on July 18, 2025", "Posted: 2024-03-01": a short visible text node stating the date,
 * searched in the markup itself because walking every element's text is slow on large pages.
 */
const VISIBLE_DATE = />\s*(?:published|posted|last updated|updated|date)(?:\s+on)?\s*:?\s*(?:<[^<>]{0,200}>\s*){0,4}([^<>]{6,40}?)\s*</gi;

/** A date further into the page than this belongs to a comment or a teaser, not the article. */
const VISIBLE_DATE_MAX_CHARS = 500_000;

function visibleDate(html: string): string | null {
  const head = html.slice(0, VISIBLE_DATE_MAX_CHARS);
  for (const match of head.matchAll(VISIBLE_DATE)) {
    const iso = isoDateOf(match[1] ?? null);
    if (iso !== null) return iso;
  }
  return null;
}

/** A byline without "By" and stray punctuation; entities that a CMS escaped twice are decoded. */
function stripBy(text: string): string {
  return decodedText(text)
    .replace(BY_PREFIX, '')
    .replace(/^[\s,;|:-]+|[\s,;|:-]+$/g, '');
}

function timeElementDate(doc: DomDocument): string | null {
  const preferred = doc.querySelector('time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"][datetime]');
  const el: DomElement | null = preferred ?? doc.querySelector('time[datetime]');
  return isoDateOf(el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? null);
}

function firstDate(values: readonly (string | undefined)[]): string | null {
  for (const v of values) {
    const iso = isoDateOf(v ?? null);
    if (iso !== null) return iso;
  }
  return null;
}

function firstText(values: readonly (string | null | undefined)[]): string | null {
  for (const v of values) {
    const text = squash(v);
    if (text !== '') return text;
  }
  return null;
}
