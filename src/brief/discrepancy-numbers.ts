/**
 * Number discrepancies: two articles stating one fact (one fact group) with figures for the same
 * quantity that cannot both be true, e.g. "killed 300 people" against "killed 320 people", but not
 * "more than $1 million" against "$1.1 million" (`quantities.ts` reads the bounds). Dates are not
 * quantities here (the timeline handles them).
 */
import type { AnnotatedArticle, ArticleId, Discrepancy } from '../types.js';
import { clashAcrossArticles, insideQuotation, placesAround, quantitiesStated, sentenceWords, verbBefore, wordsAround } from './discrepancy-context.js';
import type { FactGroup } from './facts.js';
import { compatible, type Quantity } from './quantities.js';

interface Figure extends Quantity {
  readonly article: AnnotatedArticle;
  /** What the figure counts in its sentence (`discrepancy-context.ts`). */
  readonly context: ReadonlySet<string>;
  /** The sense of the verb right before it ("wounding 24 people"), if any. */
  readonly verb: string | null;
  /** The places named around it. */
  readonly places: ReadonlySet<string>;
}

/**
 * Whether two figures sharing a word around them still count different things: each right after a
 * verb of another sense ("killing two people" / "wounding 24 people" in one clause of "killing two
 * people and wounding 21"), or each of other places ("in neighboring Kenya killed 213 people" /
 * "in neighboring Tanzania, 11 people were killed").
 */
function countDifferentThings(f: Figure, h: Figure): boolean {
  if (f.verb !== null && h.verb !== null && f.verb !== h.verb) return true;
  if (f.places.size === 0 || h.places.size === 0) return false;
  for (const p of f.places) if (h.places.has(p)) return false;
  return true;
}

/** The quantities of one sentence, outside its date mentions and quotations, each with the words around it. */
function figuresOf(a: AnnotatedArticle, start: number, end: number): Figure[] {
  const quantities = quantitiesStated(a, start, end).filter((q) => !insideQuotation(a, q.start, q.end));
  if (quantities.length === 0) return [];
  const words = sentenceWords(a, start, end);
  return quantities.map((q) => ({
    ...q, article: a, context: wordsAround(a, words, q.start, q.end), verb: verbBefore(words, q.start), places: placesAround(a, words, q.start, q.end),
  }));
}

/** Number discrepancies between the articles of each fact group. */
export function findNumberDiscrepancies(groups: readonly FactGroup[], outletOf: (id: ArticleId) => string): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const g of groups) {
    if (new Set(g.claims.map((c) => c.article)).size < 2) continue;
    const byUnit = new Map<string, Figure[]>();
    for (const c of g.claims) {
      const figures = figuresOf(c.article, c.sentence.start, c.sentence.end);
      const units = new Map<string, Figure[]>();
      for (const f of figures) units.set(f.unit, [...(units.get(f.unit) ?? []), f]);
      // A sentence giving two figures of one unit ("from 5 to 7 seats", "259 people aboard and 11 people on the
      // ground") states a change or parts, not one count.
      for (const [unit, fs] of units) if (fs.length === 1) byUnit.set(unit, [...(byUnit.get(unit) ?? []), fs[0]!]);
    }
    for (const [, fs] of byUnit) {
      if (!clashAcrossArticles(fs, compatible, countDifferentThings)) continue;
      const note = fs.map((f) => `${outletOf(f.article.article.id)} gives "${f.article.article.text.slice(f.start, f.end)}"`).join('; ');
      out.push({ kind: 'number', note, fact: g.fact.id, sources: fs.map((f) => ({ article: f.article.article.id, start: f.start, end: f.end })) });
    }
  }
  return out;
}
