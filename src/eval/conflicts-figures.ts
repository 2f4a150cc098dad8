/**
 * The figure side of `crosscheck eval conflicts`: number and date discrepancies the brief raises on
 * the articles as published, and planted ones. For a figure two articles of a story state alike in
 * one fact ("killed 60 people" in both), one article's figure is made half as large again ("killed 90
 * people"); for a date stated alike ("on May 24", "in 2012"), one article's day is moved three days
 * or its year three years. The share of such plants the brief then reports on the altered words.
 * Figures and dates inside quotations are the speakers' and not planted in facts; a figure two
 * articles quote alike in one quote is planted on its own, as a misquote (`quotedConflicts`).
 */
import { insideQuotation } from '../brief/discrepancy-context.js';
import { findDateDiscrepancies } from '../brief/discrepancy-dates.js';
import { findNumberDiscrepancies } from '../brief/discrepancy-numbers.js';
import { figuresQuotedAlike, findQuotedNumberDiscrepancies } from '../brief/discrepancy-quoted.js';
import { buildFacts, type FactGroup } from '../brief/facts.js';
import { mergeEntities, type EntityIndex } from '../brief/merge-entities.js';
import { buildQuoteLedger } from '../brief/quote-ledger.js';
import { NUMBER_WORDS, quantitiesIn } from '../brief/quantities.js';
import type { AnnotatedArticle, Article, ArticleId, Discrepancy, LedgerQuote } from '../types.js';

export interface FigureConflictCounts {
  readonly flagged: number;
  readonly planted: number;
  readonly caught: number;
}

type FigureKind = 'number' | 'date';
type FigureDiscrepancy = Extract<Discrepancy, { kind: 'number' | 'date' | 'name' }>;

/** How much a planted figure is changed: far past any rounding or "about" a figure allows. */
const PLANT_FACTOR = 1.5;
/** How far a planted date is moved, in days or in years. */
const PLANT_SHIFT = 3;

/** One article's words to alter: `[start, end)` of its text becomes `replacement`. */
interface Plant {
  readonly article: AnnotatedArticle;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

function factGroups(articles: readonly AnnotatedArticle[], entities: EntityIndex = mergeEntities(articles)): { groups: FactGroup[]; outletOf: (id: ArticleId) => string } {
  const outletOf = (id: ArticleId) => articles.find((a) => a.article.id === id)?.article.outlet ?? id;
  return { groups: buildFacts(articles, entities, outletOf), outletOf };
}

function discrepancies(groups: readonly FactGroup[], outletOf: (id: ArticleId) => string, kind: FigureKind): FigureDiscrepancy[] {
  const found = kind === 'number' ? findNumberDiscrepancies(groups, outletOf) : findDateDiscrepancies(groups, outletOf);
  return found.filter((d): d is FigureDiscrepancy => d.kind === kind);
}

/** The published articles' merged entities and quote ledger, which the caller has built already. */
export interface PublishedStory {
  readonly entities: EntityIndex;
  readonly quotes: readonly LedgerQuote[];
}

/**
 * Flagged and planted number and date discrepancies in one story's articles, and misquoted figures;
 * `annotate` reads an altered article, `published` is the articles' own entities and ledger.
 */
export function figureConflicts(articles: readonly AnnotatedArticle[], annotate: (a: Article) => AnnotatedArticle, published: PublishedStory): Record<FigureKind | 'quoted', FigureConflictCounts> {
  // The published articles' fact groups, built once for both kinds.
  const { groups, outletOf } = factGroups(articles, published.entities);
  return {
    number: plantedConflicts(articles, groups, outletOf, annotate, 'number'),
    date: plantedConflicts(articles, groups, outletOf, annotate, 'date'),
    quoted: quotedConflicts(articles, published.quotes, outletOf, annotate),
  };
}

/** The misquoted figures of a story's quote ledger (`discrepancy-quoted.ts`), built from the articles unless given. */
function quotedDiscrepancies(articles: readonly AnnotatedArticle[], outletOf: (id: ArticleId) => string,
  quotes: readonly LedgerQuote[] = buildQuoteLedger(articles, mergeEntities(articles)).quotes): Discrepancy[] {
  return findQuotedNumberDiscrepancies(quotes, articles, outletOf);
}

/**
 * Misquoted figures raised on the published articles, and planted: in each quote two articles report
 * with one figure alike ("cut 40 percent of the jobs" in both), one article's figure made half as
 * large again, and whether the brief then reports it on the altered words.
 */
function quotedConflicts(articles: readonly AnnotatedArticle[], quotes: readonly LedgerQuote[], outletOf: (id: ArticleId) => string,
  annotate: (a: Article) => AnnotatedArticle): FigureConflictCounts {
  const found = quotedDiscrepancies(articles, outletOf, quotes);
  const byId = new Map(articles.map((a) => [a.article.id as string, a]));
  let planted = 0;
  let caught = 0;
  for (const entry of quotes) {
    const alike = figuresQuotedAlike(entry, byId).find(([f, g]) => f.bound === 'exact' && g.bound === 'exact' && f.value === g.value);
    if (alike === undefined) continue;
    const target = alike[1];
    const plant: Plant = { article: target.article, start: target.numberStart, end: target.numberEnd, replacement: changedNumber(target.article.article.text.slice(target.numberStart, target.numberEnd)) };
    planted += 1;
    if (caughtAfter(articles, plant, annotate, (altered) => quotedDiscrepancies(altered, outletOf))) caught += 1;
  }
  return { flagged: found.length, planted, caught };
}

/** Whether, with the plant's words altered, `find` reports a discrepancy on them. */
function caughtAfter(articles: readonly AnnotatedArticle[], plant: Plant, annotate: (a: Article) => AnnotatedArticle,
  find: (altered: AnnotatedArticle[]) => readonly Discrepancy[]): boolean {
  const index = articles.indexOf(plant.article);
  const text = plant.article.article.text;
  const altered = [...articles];
  altered[index] = annotate({ ...plant.article.article, text: text.slice(0, plant.start) + plant.replacement + text.slice(plant.end) });
  const id = plant.article.article.id;
  return find(altered).some((d) => d.kind !== 'attribution' && d.sources.some((s) => s.article === id && s.start <= plant.start && s.end >= plant.start + plant.replacement.length));
}

function plantedConflicts(articles: readonly AnnotatedArticle[], groups: readonly FactGroup[], outletOf: (id: ArticleId) => string,
  annotate: (a: Article) => AnnotatedArticle, kind: FigureKind): FigureConflictCounts {
  const found = discrepancies(groups, outletOf, kind);
  let planted = 0;
  let caught = 0;
  for (const g of groups) {
    const plant = kind === 'number' ? numberPlant(g) : datePlant(g);
    if (plant === null) continue;
    planted += 1;
    if (caughtAfter(articles, plant, annotate, (altered) => {
      const alteredFacts = factGroups(altered);
      return discrepancies(alteredFacts.groups, alteredFacts.outletOf, kind);
    })) caught += 1;
  }
  return { flagged: found.length, planted, caught };
}

/**
 * The first figure of a fact group that another article of the group states with the same value and
 * unit, made half as large again; both stated as such, since a bound ("at least 60") is no figure
 * another can contradict by more.
 */
function numberPlant(g: FactGroup): Plant | null {
  const seen: { article: AnnotatedArticle; unit: string; value: number }[] = [];
  for (const c of g.claims) {
    const dates = c.article.dates.filter((d) => d.in === 'text');
    for (const q of quantitiesIn(c.article.article.text, c.sentence.start, c.sentence.end, { skip: dates })) {
      if (q.bound !== 'exact' || insideQuotation(c.article, q.start, q.end)) continue;
      if (seen.some((s) => s.article !== c.article && s.unit === q.unit && s.value === q.value)) {
        return { article: c.article, start: q.numberStart, end: q.numberEnd, replacement: changedNumber(c.article.article.text.slice(q.numberStart, q.numberEnd)) };
      }
      seen.push({ article: c.article, unit: q.unit, value: q.value });
    }
  }
  return null;
}

/** A day of the month in a date's words ("May 24", "24th May"), not a year. */
const DAY = /\b([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b/;
/** A year in a date's words. */
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;

/** The first date of a fact group that another article of the group states alike, written with its month or year; its day or year moved. */
function datePlant(g: FactGroup): Plant | null {
  const seen: { article: AnnotatedArticle; value: string }[] = [];
  for (const c of g.claims) {
    for (const d of c.article.dates) {
      if (d.in !== 'text' || d.value === null || d.start < c.sentence.start || d.end > c.sentence.end || (d.anchor !== 'absolute' && d.anchor !== 'missing-year')
        || insideQuotation(c.article, d.start, d.end)) continue;
      if (d.granularity !== 'month' && seen.some((s) => s.article !== c.article && s.value === d.value)) {
        const pattern = d.granularity === 'day' ? DAY : YEAR;
        const m = pattern.exec(d.text);
        if (m !== null) {
          const n = Number(m[1]);
          const moved = d.granularity === 'day' ? (n > 25 ? n - PLANT_SHIFT : n + PLANT_SHIFT) : n + PLANT_SHIFT;
          const start = d.start + m.index + m[0].indexOf(m[1]!);
          return { article: c.article, start, end: start + m[1]!.length, replacement: String(moved) };
        }
      }
      seen.push({ article: c.article, value: d.value });
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
