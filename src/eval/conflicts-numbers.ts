/**
 * The number side of `crosscheck eval conflicts`: number discrepancies the brief raises on the
 * articles as published, and planted ones. For a figure two articles of a story state alike in one
 * fact ("killed 60 people" in both), one article's figure is made half as large again ("killed 90
 * people"); the share of such plants the brief then reports as a number discrepancy.
 */
import { findNumberDiscrepancies } from '../brief/discrepancy-numbers.js';
import { buildFacts, type FactGroup } from '../brief/facts.js';
import { mergeEntities } from '../brief/merge-entities.js';
import { NUMBER_WORDS, quantitiesIn, type Quantity } from '../brief/quantities.js';
import type { AnnotatedArticle, Article, ArticleId, Discrepancy } from '../types.js';

export interface NumberConflictCounts {
  readonly flagged: number;
  readonly planted: number;
  readonly caught: number;
}

/** How much a planted figure is changed: far past any rounding or "about" a figure allows. */
const PLANT_FACTOR = 1.5;

type NumberDiscrepancy = Extract<Discrepancy, { kind: 'number' | 'date' | 'name' }>;

function discrepancies(articles: readonly AnnotatedArticle[]): { groups: FactGroup[]; found: NumberDiscrepancy[] } {
  const outletOf = (id: ArticleId) => articles.find((a) => a.article.id === id)?.article.outlet ?? id;
  const groups = buildFacts(articles, mergeEntities(articles), outletOf);
  return { groups, found: findNumberDiscrepancies(groups, outletOf).filter((d): d is NumberDiscrepancy => d.kind === 'number') };
}

/** Flagged and planted number discrepancies of one story's articles; `annotate` reads an altered article. */
export function numberConflicts(articles: readonly AnnotatedArticle[], annotate: (a: Article) => AnnotatedArticle): NumberConflictCounts {
  const { groups, found } = discrepancies(articles);
  let planted = 0;
  let caught = 0;
  for (const g of groups) {
    const pair = agreeingPair(g);
    if (pair === null) continue;
    const [target, q] = pair;
    const index = articles.indexOf(target);
    const text = target.article.text;
    const number = text.slice(q.numberStart, q.numberEnd);
    const changed = changedNumber(number);
    const altered = [...articles];
    altered[index] = annotate({ ...target.article, text: text.slice(0, q.numberStart) + changed + text.slice(q.numberEnd) });
    planted += 1;
    const after = discrepancies(altered).found;
    if (after.some((d) => d.sources.some((s) => s.article === target.article.id && s.start <= q.numberStart && s.end >= q.numberStart + changed.length))) caught += 1;
  }
  return { flagged: found.length, planted, caught };
}

/**
 * The first figure of a fact group that another article of the group states with the same value and
 * unit, and its article; both stated as such, since a bound ("at least 60") is no figure another can contradict by more.
 */
function agreeingPair(g: FactGroup): [AnnotatedArticle, Quantity] | null {
  const seen: { article: AnnotatedArticle; q: Quantity }[] = [];
  for (const c of g.claims) {
    const dates = c.article.dates.filter((d) => d.in === 'text');
    for (const q of quantitiesIn(c.article.article.text, c.sentence.start, c.sentence.end, { skip: dates })) {
      if (q.bound !== 'exact') continue;
      if (seen.some((s) => s.article !== c.article && s.q.unit === q.unit && s.q.value === q.value)) return [c.article, q];
      seen.push({ article: c.article, q });
    }
  }
  return null;
}

/** The number half as large again, written as the original is: digits with its commas and decimals, or digits for a number word. */
export function changedNumber(number: string): string {
  const word = NUMBER_WORDS[number.toLowerCase()];
  if (word !== undefined) return String(Math.round(word * PLANT_FACTOR));
  const decimals = /\.(\d+)$/.exec(number)?.[1]?.length ?? 0;
  const value = Number(number.replace(/,/g, '')) * PLANT_FACTOR;
  const digits = decimals > 0 ? value.toFixed(decimals) : String(Math.round(value));
  if (!number.includes(',')) return digits;
  const [whole, fraction] = digits.split('.');
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}
