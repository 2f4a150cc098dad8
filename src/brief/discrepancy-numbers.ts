/**
 * Number discrepancies: two articles stating one fact (one fact group) with different figures for
 * the same quantity, e.g. "killed 300 people" against "killed 320 people". A quantity is a figure
 * with the word it counts ("people", "seats", "$ million"); dates are not quantities here (the
 * timeline handles them).
 */
import type { AnnotatedArticle, ArticleId, Discrepancy, Span } from '../types.js';
import type { FactGroup } from './facts.js';
import { stem, STOP_WORDS } from './text-norm.js';

interface Figure {
  readonly article: AnnotatedArticle;
  readonly value: number;
  readonly unit: string;
  readonly span: Span;
  readonly text: string;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/**
 * A figure and the word it counts: optional currency, digits or a number word, optional scale,
 * then (after at most one adjective-like word) the counted noun. "percent"/"%" count as units.
 */
const FIGURE = new RegExp(
  String.raw`(?<![\w.,])([$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${Object.keys(NUMBER_WORDS).join('|')})` +
  String.raw`(?:\s(thousand|million|billion|trillion))?(?:\s?(%|percent|per cent)|\s(?:[a-z-]+\s)?([a-z]{3,}))?`,
  'giu',
);
/** Words after a figure that do not name what it counts. */
const NOT_UNITS = new Set(['percentage', 'times', 'more', 'than', 'less', 'about', 'some', 'other', 'years', 'year-old', 'old']);

/** "No. " or "Number " right before a figure: a rank. */
const RANK_BEFORE = /\b(?:No\.?|Number)\s*$/;

/** The figures of one sentence, outside its date mentions and ranks. */
function figuresOf(a: AnnotatedArticle, start: number, end: number): Figure[] {
  const text = a.article.text.slice(start, end);
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, currency, num, scale, percent, noun] = m;
    const at = start + m.index;
    if (a.dates.some((d) => d.in === 'text' && d.start < at + whole.length && d.end > at)) continue;
    // A rank is no count ("the No. 2 job", "the No. 3 position" name two jobs, not two figures for one).
    if (RANK_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const raw = num!.toLowerCase();
    let value = NUMBER_WORDS[raw] ?? Number(raw.replace(/,/g, ''));
    if (scale) value *= SCALE[scale.toLowerCase()]!;
    let unit: string | null = null;
    if (percent) unit = '%';
    else if (currency) unit = currency.trim();
    else if (noun && !STOP_WORDS.has(noun.toLowerCase()) && !NOT_UNITS.has(noun.toLowerCase())) unit = stem(noun.toLowerCase());
    // A bare four-digit number between 1900 and 2100 is a year, not a count.
    if (unit === null || (!currency && !scale && /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100)) continue;
    const shown = whole.trimEnd();
    out.push({ article: a, value, unit, span: { article: a.article.id, start: at, end: at + shown.length }, text: shown });
  }
  return out;
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
      // A sentence giving two figures of one unit ("from 5 to 7 seats") states a change, not a count.
      for (const [unit, fs] of units) if (fs.length === 1) byUnit.set(unit, [...(byUnit.get(unit) ?? []), fs[0]!]);
    }
    for (const [, fs] of byUnit) {
      const values = new Set(fs.map((f) => f.value));
      if (values.size < 2 || new Set(fs.map((f) => f.article)).size < 2) continue;
      const note = fs.map((f) => `${outletOf(f.article.article.id)} gives "${f.text}"`).join('; ');
      out.push({ kind: 'number', note: `${note} (${g.fact.id})`, sources: fs.map((f) => f.span) });
    }
  }
  return out;
}
