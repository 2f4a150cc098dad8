import { Readability } from '@mozilla/readability';
import type { Diagnostic } from '../../types.js';
import { stripNeverText } from './prestrip.js';
import { parseDocument, type DomDocument, type DomElement } from './dom.js';
import { paragraphsOf } from './dom-text.js';
import { densestBlockParagraphs } from './fallback.js';
import { readMetadata, type HtmlMetadata } from './metadata.js';
import { resolveHtmlOptions, type HtmlExtractOptions } from './options.js';
import { dropChromeParagraphs, removeChromeElements, removeContainerChrome, type DroppedBlock } from './chrome.js';

/** Readability's own default: below it, it retries with looser rules. */
const READABILITY_CHAR_THRESHOLD = 500;

/** Where the page came from; `url` is used for relative links and the URL date. */
export interface HtmlSource {
  /** Path or URL shown in diagnostics. */
  readonly source?: string;
  readonly url?: string;
}

/** The main text of a page with its metadata. */
export interface HtmlExtraction extends Omit<HtmlMetadata, 'articleBody'> {
  /** Paragraphs joined by a blank line; lines inside a paragraph by `\n`. Empty when none found. */
  readonly text: string;
  /** Which method produced the text. */
  readonly method: 'readability' | 'json-ld' | 'densest-block' | 'none';
  /** Chrome found inside the main container and taken out, with the reason. */
  readonly removed: readonly DroppedBlock[];
  readonly diagnostics: readonly Diagnostic[];
}

export type { HtmlExtractOptions };

export type HtmlExtractor = (html: string, from?: HtmlSource) => HtmlExtraction;

/**
 * Creates the HTML main-text extractor: metadata is read first (Readability rewrites the DOM),
 * then Readability picks the main container, chrome it leaves in is removed, and when the result
 * is too short the JSON-LD `articleBody` or the densest block of paragraphs is used instead.
 */
export function createHtmlExtractor(options: HtmlExtractOptions = {}): HtmlExtractor {
  const { maxHtmlChars, minTextChars, removeChrome } = resolveHtmlOptions(options);

  return (html, from = {}) => {
    if (typeof html !== 'string') throw new TypeError('html extractor: pass the page as a string (decode bytes with decodeHtmlBytes)');
    const source = from.source ?? from.url ?? '<html>';
    const url = from.url ?? null;
    if (html.length > maxHtmlChars) {
      const diagnostic: Diagnostic = {
        severity: 'error',
        source,
        rule: 'html-too-large',
        note: `${html.length} characters is over the ${maxHtmlChars}-character limit (raise maxHtmlChars to read it)`,
      };
      return { ...emptyMeta(url), text: '', method: 'none', removed: [], diagnostics: [diagnostic] };
    }
    const lean = stripNeverText(html);
    const doc = parseDocument(lean);
    const { articleBody, ...meta } = readMetadata(doc, url, html);
    const diagnostics: Diagnostic[] = [];

    let best: Candidate = { method: 'readability', ...readabilityParagraphs(doc, removeChrome) };
    if (chars(best.paragraphs) < minTextChars) {
      const fromLd = articleBody === null ? [] : articleBody.split(/\n+/).map((p) => p.trim()).filter((p) => p !== '');
      const densest = densestBlockParagraphs(parseDocument(lean));
      const candidates: Candidate[] = [
        { method: 'json-ld', paragraphs: fromLd, removed: [] },
        { method: 'densest-block', ...(removeChrome ? clean(densest) : { paragraphs: densest, removed: [] }) },
      ];
      const fallback = candidates.reduce((a, b) => (chars(b.paragraphs) > chars(a.paragraphs) ? b : a));
      if (chars(fallback.paragraphs) > chars(best.paragraphs)) {
        diagnostics.push({ severity: 'info', source, rule: 'html-fallback', note: `main container too short; text taken from the ${fallback.method}` });
        best = fallback;
      }
    }
    const { paragraphs, removed } = best;
    let method: HtmlExtraction['method'] = best.method;
    if (paragraphs.length === 0) {
      method = 'none';
      diagnostics.push({ severity: 'warning', source, rule: 'no-main-text', note: 'the page has no visible text (only scripts or markup)' });
    }
    return { ...meta, text: paragraphs.join('\n\n'), method, removed, diagnostics };
  };
}

interface Candidate {
  readonly method: Exclude<HtmlExtraction['method'], 'none'>;
  readonly paragraphs: string[];
  readonly removed: DroppedBlock[];
}

function readabilityParagraphs(doc: DomDocument, removeChrome: boolean): Omit<Candidate, 'method'> {
  if (removeChrome) removeChromeElements(doc);
  let content: DomElement | null | undefined;
  try {
    // The serializer hands back the content node itself, so it is walked once instead of re-parsed;
    // classes are kept because the chrome pass reads them.
    const reader = new Readability<DomElement>(doc as never, {
      serializer: (node) => node as unknown as DomElement,
      charThreshold: READABILITY_CHAR_THRESHOLD,
      keepClasses: removeChrome,
      // The metadata reader has parsed the JSON-LD already.
      disableJSONLD: true,
    });
    // Only the text is kept, so rewriting every link and image URL to absolute is wasted work.
    (reader as unknown as { _fixRelativeUris: () => void })._fixRelativeUris = () => undefined;
    content = reader.parse()?.content;
  } catch {
    // Readability trips over some malformed trees; the fallbacks still read the page.
    content = null;
  }
  if (content == null) return { paragraphs: [], removed: [] };
  if (!removeChrome) return { paragraphs: paragraphsOf(content), removed: [] };
  const removedInDom = removeContainerChrome(content);
  const { paragraphs, removed } = clean(paragraphsOf(content));
  return { paragraphs, removed: [...removedInDom, ...removed] };
}

function clean(paragraphs: readonly string[]): Omit<Candidate, 'method'> {
  const { kept, dropped } = dropChromeParagraphs(paragraphs);
  return { paragraphs: kept, removed: dropped };
}

function chars(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.length, 0);
}

function emptyMeta(url: string | null): Omit<HtmlMetadata, 'articleBody'> {
  return { title: null, byline: null, published: null, publishedFrom: null, outlet: null, language: null, url };
}
