/**
 * Date discrepancies: two articles stating one fact (one fact group) with dates of it that cannot
 * both be true, e.g. "left Beijing on May 24" against "left Beijing on May 23". A month agrees with
 * each of its days and a year with its months. Only dates written with their month or year are
 * compared: "on Monday" or "yesterday" each article resolves against its own publication date, which
 * may be missing or a day off, so two of them differing says more about the resolution than the
 * outlets. A date whose year was inferred is compared by month and day alone.
 */
import type { AnnotatedArticle, ArticleId, DateMention, Discrepancy } from '../types.js';
import { clashAcrossArticles, insideQuotation, sentenceWords, wordsAround } from './discrepancy-context.js';
import type { FactGroup } from './facts.js';

interface StatedDate {
  readonly article: AnnotatedArticle;
  readonly date: DateMention & { readonly value: string };
  readonly context: ReadonlySet<string>;
}

/** A date mention that runs from one day to another ("May 26 to May 29, 2018", "24-29 May"): a span, not one date. */
const SPAN_TEXT = /\d\s*(?:[–—-]|\b(?:to|through|until|till|and)\b)\s*(?:\p{L}+\.?\s+)?\d/u;

/** The dates of one sentence written with their month or year, outside quotations, each with the words around it. */
function datesOf(a: AnnotatedArticle, start: number, end: number): StatedDate[] {
  const dates = a.dates
    .filter((d): d is DateMention & { value: string } => d.in === 'text' && d.start >= start && d.end <= end && d.value !== null
      && (d.anchor === 'absolute' || d.anchor === 'missing-year') && !SPAN_TEXT.test(d.text) && !insideQuotation(a, d.start, d.end));
  if (dates.length === 0) return [];
  const words = sentenceWords(a, start, end);
  return dates.map((date) => ({ article: a, date, context: wordsAround(a, words, date.start, date.end) }));
}

/** Whether two dates can both be true: one holds the other (a month its day), compared without a year either inferred. */
function compatibleDates(a: DateMention & { value: string }, b: DateMention & { value: string }): boolean {
  const inferred = a.yearInferred || b.yearInferred;
  // A year alone has no month and day to compare once its year is set aside.
  if (inferred && (a.granularity === 'year' || b.granularity === 'year')) return true;
  const x = inferred ? a.value.slice(5) : a.value;
  const y = inferred ? b.value.slice(5) : b.value;
  return x.startsWith(y) || y.startsWith(x);
}

/** Date discrepancies between the articles of each fact group. */
export function findDateDiscrepancies(groups: readonly FactGroup[], outletOf: (id: ArticleId) => string): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const g of groups) {
    if (new Set(g.claims.map((c) => c.article)).size < 2) continue;
    const stated: StatedDate[] = [];
    for (const c of g.claims) {
      const dates = datesOf(c.article, c.sentence.start, c.sentence.end);
      // A sentence with two dates states a span or a sequence ("from May 24 to May 29"), not one date of the fact.
      if (dates.length === 1) stated.push(dates[0]!);
    }
    if (!clashAcrossArticles(stated, (f, h) => compatibleDates(f.date, h.date))) continue;
    const note = stated.map((f) => `${outletOf(f.article.article.id)} gives "${f.date.text}"`).join('; ');
    out.push({ kind: 'date', note, fact: g.fact.id, sources: stated.map((f) => ({ article: f.article.article.id, start: f.date.start, end: f.date.end })) });
  }
  return out;
}
