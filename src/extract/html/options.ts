/**
 * HTML extractor options and their checks, apart from the extractor itself so that callers can
 * validate options at once without loading the DOM and Readability libraries.
 */

/** Pages beyond this are dumps or attacks, not articles; parsing them would stall a batch. */
export const DEFAULT_MAX_HTML_CHARS = 10 * 1024 * 1024;

/** Readability output shorter than this is usually a teaser or a caption, not the article: try the fallbacks. */
export const MIN_MAIN_TEXT_CHARS = 250;

export interface HtmlExtractOptions {
  /** Larger pages are not parsed (`html-too-large`). Default 10 M characters. */
  readonly maxHtmlChars?: number;
  /** Main text shorter than this sends the page to the fallbacks. Default 250. */
  readonly minTextChars?: number;
  /** Remove share, newsletter, related-link and similar blocks Readability leaves in (default true). */
  readonly removeChrome?: boolean;
}

export interface ResolvedHtmlOptions {
  readonly maxHtmlChars: number;
  readonly minTextChars: number;
  readonly removeChrome: boolean;
}

/** Fills in defaults; throws at once on a nonsensical limit, naming the fix. */
export function resolveHtmlOptions(options: HtmlExtractOptions = {}): ResolvedHtmlOptions {
  const maxHtmlChars = options.maxHtmlChars ?? DEFAULT_MAX_HTML_CHARS;
  const minTextChars = options.minTextChars ?? MIN_MAIN_TEXT_CHARS;
  const removeChrome = options.removeChrome ?? true;
  if (!Number.isInteger(maxHtmlChars) || maxHtmlChars <= 0) {
    throw new TypeError(`createHtmlExtractor: maxHtmlChars must be a positive integer (got ${String(maxHtmlChars)})`);
  }
  if (!Number.isInteger(minTextChars) || minTextChars < 0) {
    throw new TypeError(`createHtmlExtractor: minTextChars must be a non-negative integer (got ${String(minTextChars)})`);
  }
  return { maxHtmlChars, minTextChars, removeChrome };
}
