/**
 * Number discrepancies: two articles stating one fact (one fact group) with figures for the same
 * quantity that cannot both be true, e.g. "killed 300 people" against "killed 320 people", but not
 * "more than $1 million" against "$1.1 million" (`quantities.ts` reads the bounds). Dates are not
 * quantities here (the timeline handles them).
 */
import type { AnnotatedArticle, ArticleId, Discrepancy } from '../types.js';
import { senseOf, type FactGroup } from './facts.js';
import { compatible, quantitiesIn, type Quantity } from './quantities.js';
import { normWords, STOP_WORDS, stem } from './text-norm.js';

interface Figure extends Quantity {
  readonly article: AnnotatedArticle;
  /** The senses of the lower-case content words around the figure in its sentence. */
  readonly context: ReadonlySet<string>;
}

/**
 * Words on each side of a figure that say what it counts in its sentence. Two figures of one unit in
 * one fact group are one quantity only when these share a word: "killing at least 60 people" and
 * "killing 65 people" do; "1,500 Kurds massed for a second day of demonstrations" and "Some 41 Kurds
 * declared a hunger strike" do not, though both sentences tell of Kurdish protests.
 */
const CONTEXT_WORDS = 4;

/** The quantities of one sentence, outside its date mentions, each with the words around it. */
function figuresOf(a: AnnotatedArticle, start: number, end: number): Figure[] {
  const text = a.article.text;
  const dates = a.dates.filter((d) => d.in === 'text' && d.start < end && d.end > start);
  const words = normWords(text.slice(start, end)).map((w) => ({ ...w, start: w.start + start, end: w.end + start }));
  return quantitiesIn(text, start, end, { skip: dates }).map((q) => {
    const before = words.filter((w) => w.end <= q.start).slice(-CONTEXT_WORDS);
    const after = words.filter((w) => w.start >= q.end).slice(0, CONTEXT_WORDS);
    // Names are left out: the story's names are in most of its sentences, whatever their figures count.
    const context = new Set([...before, ...after].filter((w) => !STOP_WORDS.has(w.word) && !/\d/.test(w.word) && !/^\p{Lu}/u.test(text[w.start]!))
      .map((w) => senseOf(stem(w.word))));
    return { ...q, article: a, context };
  });
}

/** Whether two figures count one thing: their words around share a sense. */
function sameQuantity(a: Figure, b: Figure): boolean {
  for (const w of a.context) if (b.context.has(w)) return true;
  return false;
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
      const clash = fs.some((f, i) => fs.some((h, j) => j > i && h.article !== f.article && sameQuantity(f, h) && !compatible(f, h)));
      if (!clash) continue;
      const note = fs.map((f) => `${outletOf(f.article.article.id)} gives "${f.article.article.text.slice(f.start, f.end)}"`).join('; ');
      out.push({ kind: 'number', note: `${note} (${g.fact.id})`, sources: fs.map((f) => ({ article: f.article.article.id, start: f.start, end: f.end })) });
    }
  }
  return out;
}
