import path from 'node:path';
import type { RawDocument } from '../types.js';
import { countWords, normaliseLine, type LineSlot } from './blocks.js';
import { isProseLine, looksLikeSentenceOrQuote } from './prose.js';

/** Menus, section names and footers are a few words; longer recurring lines may be shared content. */
export const CROSS_CHROME_MAX_WORDS = 8;
/** A line must recur in this many different articles of one site before it counts as chrome. */
export const CROSS_CHROME_MIN_ARTICLES = 2;

/** One document's lines, ready for cross-article matching. */
export interface SiteLines {
  readonly doc: RawDocument;
  readonly lines: readonly LineSlot[];
}

/**
 * The site a document comes from, so chrome is only matched between pages of one site:
 * the outlet from metadata, else the URL host, else the folder the file sits in.
 */
export function siteKey(doc: RawDocument): string {
  if (doc.meta?.outlet) return `outlet:${doc.meta.outlet.toLowerCase()}`;
  const host = hostOf(doc.meta?.url) ?? hostOf(doc.source);
  if (host !== null) return `host:${host}`;
  return `dir:${path.dirname(path.resolve(doc.source))}`;
}

function hostOf(value: string | undefined): string | null {
  if (value === undefined || !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return null;
  try {
    return new URL(value).host.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Labels `cross-article-chrome` on short lines that recur in two or more different articles of
 * one site. Only lines outside the body (before its first sentence or after its last) count, never
 * a line that reads as a sentence or quote, and copies of one article count once, so a reprint's
 * title is not taken for chrome.
 */
export function labelCrossArticleChrome(batch: readonly SiteLines[]): void {
  const bySite = new Map<string, SiteLines[]>();
  for (const item of batch) {
    const key = siteKey(item.doc);
    const site = bySite.get(key);
    if (site === undefined) bySite.set(key, [item]);
    else site.push(item);
  }
  for (const items of bySite.values()) {
    if (items.length < CROSS_CHROME_MIN_ARTICLES) continue;
    const articlesByLine = new Map<string, Set<string>>();
    const candidates = items.map((item) => candidateLines(item));
    items.forEach((item, i) => {
      const signature = bodySignature(item);
      for (const slot of candidates[i] ?? []) {
        const key = normaliseLine(slot.text);
        const seen = articlesByLine.get(key) ?? new Set<string>();
        seen.add(signature);
        articlesByLine.set(key, seen);
      }
    });
    for (const slots of candidates) {
      for (const slot of slots) {
        if ((articlesByLine.get(normaliseLine(slot.text))?.size ?? 0) >= CROSS_CHROME_MIN_ARTICLES) {
          slot.label = 'cross-article-chrome';
        }
      }
    }
  }
}

function isBodyLine(slot: LineSlot): boolean {
  return isProseLine(slot.text) && looksLikeSentenceOrQuote(slot.text);
}

function candidateLines(item: SiteLines): LineSlot[] {
  const { lines } = item;
  const first = lines.findIndex(isBodyLine);
  const last = lines.findLastIndex(isBodyLine);
  const metaTitle = item.doc.meta?.title === undefined ? null : normaliseLine(item.doc.meta.title);
  return lines.filter(
    (slot, i) =>
      slot.label === null &&
      (first < 0 || i < first || i > last) &&
      countWords(slot.text) <= CROSS_CHROME_MAX_WORDS &&
      !looksLikeSentenceOrQuote(slot.text) &&
      normaliseLine(slot.text) !== metaTitle,
  );
}

/** Identifies an article by its first sentence line, so duplicate copies count as one article. */
function bodySignature(item: SiteLines): string {
  const body = item.lines.find(isBodyLine);
  return body === undefined ? `source:${item.doc.source}` : normaliseLine(body.text);
}
