import type { HtmlExtraction, HtmlExtractOptions } from '../extract/html/index.js';
import { decodeHtmlBytes } from '../ingest/decode-html.js';
import { loadExtractionDataset, type ExtractionPage } from './extract-dataset.js';
import { aebScores, bagOfWordsScores, mean, pagePrecision, pageRecall, shingleCounts, type ShingleCounts } from './extract-metrics.js';

/** `aeb`: the article-extraction-benchmark's shingle metric; `wcxb`: WCXB's bag-of-words F1. */
export type ExtractMetric = 'aeb' | 'wcxb';

export interface ExtractEvalOptions {
  readonly metric?: ExtractMetric;
  /** The text to score for a page; default the HTML extractor's main text. */
  readonly extract?: (html: string, page: ExtractionPage) => Pick<HtmlExtraction, 'text'> & Partial<HtmlExtraction>;
  readonly extractor?: HtmlExtractOptions;
  /** Called after each page (progress, per-page analysis). */
  readonly onPage?: (result: PageResult, done: number, total: number) => void;
  /** Only the first `limit` pages (quick runs). */
  readonly limit?: number;
}

export interface PageResult {
  readonly id: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly predicted: string;
  readonly extraction: Partial<HtmlExtraction>;
}

/** The figures `crosscheck eval extract` prints. Metadata accuracies only when the dataset has gold metadata. */
export interface ExtractEvalResult {
  readonly metric: ExtractMetric;
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly n: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
  readonly publishedAccuracy?: number;
  readonly authorAccuracy?: number;
  /** Share of pages with a gold title whose title is the same words (`sameTitle`). */
  readonly titleAccuracy?: number;
  readonly metadataN?: number;
}

/** Scores main-text extraction on a dataset folder (layout: see `loadExtractionDataset`). */
export async function evaluateExtraction(dir: string, options: ExtractEvalOptions = {}): Promise<ExtractEvalResult> {
  const metric = options.metric ?? 'aeb';
  if (metric !== 'aeb' && metric !== 'wcxb') throw new TypeError(`evaluateExtraction: metric must be "aeb" or "wcxb" (got ${String(metric)})`);
  const all = await loadExtractionDataset(dir);
  const pages = options.limit === undefined ? all : all.slice(0, options.limit);
  // Loaded here, not at the top: the CLI imports this module for every command, and `brief` on
  // plain text must not pay for the DOM and Readability libraries.
  const { createHtmlExtractor } = await import('../extract/html/html-extractor.js');
  const extractor = createHtmlExtractor(options.extractor);
  const extract = options.extract ?? ((html: string, page: ExtractionPage) => extractor(html, page.url === null ? { source: page.id } : { source: page.id, url: page.url }));

  const counts: ShingleCounts[] = [];
  const bow: { precision: number; recall: number; f1: number }[] = [];
  const dates: boolean[] = [];
  const authors: boolean[] = [];
  const titles: boolean[] = [];
  let seconds = 0;
  for (const [i, page] of pages.entries()) {
    const bytes = await page.bytes();
    // Only decoding and extraction are timed: reading the dataset is not the extractor's cost.
    const start = process.hrtime.bigint();
    const html = decodeHtmlBytes(bytes).text;
    const extraction = extract(html, page);
    seconds += Number(process.hrtime.bigint() - start) / 1e9;
    const c = shingleCounts(page.gold, extraction.text);
    const w = bagOfWordsScores(page.gold, extraction.text);
    counts.push(c);
    bow.push(w);
    if (page.goldMeta !== null) {
      if (page.goldMeta.published !== null) dates.push(extraction.published === page.goldMeta.published.slice(0, 10));
      if (page.goldMeta.author !== null) authors.push(sameAuthor(page.goldMeta.author, extraction.byline ?? null));
      if (page.goldMeta.title !== null) titles.push(sameTitle(page.goldMeta.title, extraction.title ?? null));
    }
    const scores = metric === 'aeb' ? { precision: pagePrecision(c), recall: pageRecall(c) } : w;
    const f1 = scores.precision + scores.recall === 0 ? 0 : (2 * scores.precision * scores.recall) / (scores.precision + scores.recall);
    options.onPage?.({ id: page.id, precision: scores.precision, recall: scores.recall, f1, predicted: extraction.text, extraction }, i + 1, pages.length);
  }
  const summary =
    metric === 'aeb'
      ? aebScores(counts)
      : { f1: mean(bow.map((s) => s.f1)), precision: mean(bow.map((s) => s.precision)), recall: mean(bow.map((s) => s.recall)) };
  const result: ExtractEvalResult = {
    metric,
    ...summary,
    n: pages.length,
    seconds: round(seconds),
    articlesPerSecond: round(seconds === 0 ? 0 : pages.length / seconds),
  };
  if (dates.length === 0 && authors.length === 0 && titles.length === 0) return result;
  return {
    ...result,
    publishedAccuracy: mean(dates.map(Number)),
    authorAccuracy: mean(authors.map(Number)),
    titleAccuracy: mean(titles.map(Number)),
    metadataN: Math.max(dates.length, authors.length, titles.length),
  };
}

/** Titles match when equal ignoring case, accents' composition, spacing and punctuation. */
export function sameTitle(gold: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  const norm = (s: string): string => s.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const g = norm(gold);
  return g !== '' && g === norm(predicted);
}

/** Author names match when equal ignoring case, spacing and punctuation, or one list contains the other. */
export function sameAuthor(gold: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  const norm = (s: string): string =>
    s.toLowerCase().normalize('NFKC').replace(/\band\b|&/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const g = norm(gold);
  const p = norm(predicted);
  return g !== '' && (g === p || p.includes(g) || g.includes(p) && p !== '');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
