/**
 * Misquoted figures: two outlets quoting the same words (one entry of the quote ledger) with figures
 * in them that cannot both be true, e.g. "we will cut 40 percent of the jobs" against "we will cut 14
 * percent of the jobs". A figure is compared with the other report's figure of the same unit that
 * sits among the same words (the words just before it and just after it are the same); a figure in
 * words only one outlet quotes ("For the country, it could be four years", which another outlet cut)
 * has none to differ from. Figures elsewhere in a quotation are the speaker's, and the fact rules
 * leave them alone (`insideQuotation`); this is the one place they are compared, between reports of
 * the same words.
 */
import type { AnnotatedArticle, ArticleId, Discrepancy, LedgerQuote, Quote } from '../types.js';
import { quantitiesStated, quotationAround } from './discrepancy-context.js';
import { compatible, type Quantity } from './quantities.js';
import { normWords } from './text-norm.js';

/** Words on each side of a figure that must read the same in two reports for the figures to be one. */
const ANCHOR_WORDS = 2;

export interface QuotedFigure extends Quantity {
  readonly article: AnnotatedArticle;
  /** The quote's words just before and just after the figure (fewer at the quote's edge). */
  readonly before: string;
  readonly after: string;
  /** How many words `before` and `after` hold together. */
  readonly anchorWords: number;
}

/** The figures of one report of a quote, each with the words around it inside the quote. */
function figuresOf(a: AnnotatedArticle, q: Quote): QuotedFigure[] {
  const text = a.article.text;
  return quantitiesStated(a, q.start, q.end).map((f) => {
    const before = normWords(text.slice(q.start, f.start)).slice(-ANCHOR_WORDS).map((w) => w.word);
    const after = normWords(text.slice(f.end, q.end)).slice(0, ANCHOR_WORDS).map((w) => w.word);
    return { ...f, article: a, before: before.join(' '), after: after.join(' '), anchorWords: before.length + after.length };
  });
}

/**
 * Whether two figures of two reports stand in the same words: one unit, and the words on both sides
 * alike. One side alone is not enough: "Obama has cut $716 billion from Medicare" and "Romney would
 * cut $800 billion from Medicare" are two ads the ledger may hold as one quote, not one misquoted.
 */
function sameSlot(f: QuotedFigure, g: QuotedFigure): boolean {
  return f.unit === g.unit && f.before === g.before && f.after === g.after && f.anchorWords >= ANCHOR_WORDS;
}

/**
 * The pairs of figures, from two articles' reports of one ledger quote, that stand in the same words
 * (`sameSlot`): one figure as each outlet quotes it.
 */
export function figuresQuotedAlike(entry: LedgerQuote, byId: ReadonlyMap<string, AnnotatedArticle>): [QuotedFigure, QuotedFigure][] {
  const reports = new Map<string, QuotedFigure[]>();
  for (const at of entry.attributions) {
    const a = byId.get(at.article);
    if (a === undefined || reports.has(at.article)) continue;
    // The article's whole quote, not only the words the ledger matched.
    const q = quotationAround(a, at.start, at.end);
    if (q !== undefined) reports.set(at.article, figuresOf(a, q));
  }
  if (reports.size < 2) return [];
  const figures = [...reports.values()].flat();
  const pairs: [QuotedFigure, QuotedFigure][] = [];
  figures.forEach((f, i) => figures.forEach((g, j) => {
    if (j > i && f.article !== g.article && sameSlot(f, g)) pairs.push([f, g]);
  }));
  return pairs;
}

/** Number discrepancies between the reports of each quote that two or more articles carry. */
export function findQuotedNumberDiscrepancies(quotes: readonly LedgerQuote[], articles: readonly AnnotatedArticle[], outletOf: (id: ArticleId) => string): Discrepancy[] {
  const byId = new Map(articles.map((a) => [a.article.id as string, a]));
  const out: Discrepancy[] = [];
  for (const entry of quotes) {
    const clashing = new Set<QuotedFigure>();
    for (const [f, g] of figuresQuotedAlike(entry, byId)) if (!compatible(f, g)) clashing.add(f).add(g);
    if (clashing.size === 0) continue;
    const stated = [...clashing].sort((x, y) => articles.indexOf(x.article) - articles.indexOf(y.article) || x.start - y.start);
    const note = stated.map((f) => `${outletOf(f.article.article.id)} quotes "${f.article.article.text.slice(f.start, f.end)}"`).join('; ');
    out.push({ kind: 'number', note, quote: entry.id, sources: stated.map((f) => ({ article: f.article.article.id, start: f.start, end: f.end })) });
  }
  return out;
}
