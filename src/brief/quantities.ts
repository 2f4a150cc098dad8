/**
 * Quantities stated in a sentence: a figure, the unit it counts and the values it allows. "more than
 * $1 million" allows $1.1 million; "about 7 percent" allows 7.5; "$1 million" allows $1.1 million (a
 * round figure with a scale word is written to its last digit), "300 people" allows only 300.
 * Written here because no installed package reads news figures with their qualifiers: chrono-node
 * reads dates and wink-nlp's number entities carry no unit or bound.
 */
import { stem } from './text-norm.js';

export interface Quantity {
  /** The unit the figure counts: "%", a currency sign, or a stemmed noun ("peopl", "nautical mile"). */
  readonly unit: string;
  /** The value as written, scale applied. */
  readonly value: number;
  /** What the words before the figure make of it: a lower or upper bound, an approximation, or the figure itself. */
  readonly bound: Bound | 'exact';
  /** The values the wording allows, bounds included. */
  readonly low: number;
  readonly high: number;
  /** Offsets into the text the figures were read from: qualifier, figure and unit. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the number alone ("1.1" of "more than $1.1 million"). */
  readonly numberStart: number;
  readonly numberEnd: number;
}

/** Numbers written as words, as news writes counts. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** A figure: optional currency sign, digits or a number word, optional scale word. Not inside a word, a decimal or a hyphenated compound ("350-mile"). */
const FIGURE = new RegExp(
  String.raw`(?<![\w.,$€£/-])([$€£]\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${Object.keys(NUMBER_WORDS).join('|')})(?![\w/-])` +
  String.raw`(?:\s(thousand|million|billion|trillion)\b)?`,
  'giu',
);
/** The words after a figure: a percent sign or word, then up to two words. */
const AFTER = /^(?:\s?(%)|\s+(percent|per cent|percentage points?)\b|\s+([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?)/iu;
/** Units of two words, read whole: "50 nautical miles" counts other miles than "60 miles". */
const COMPOUND_UNITS: ReadonlySet<string> = new Set([
  'nautical miles', 'square miles', 'square feet', 'square meters', 'square metres', 'square kilometers', 'square kilometres',
  'metric tons', 'metric tonnes', 'cubic meters', 'cubic metres', 'cubic feet', 'light years',
]);
/** Counted nouns that do not end in "s". */
const UNIT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'crew', 'cattle', 'feet', 'kph', 'mph', 'km', 'kg', 'lb',
]);
/** Words after a figure that are no unit, though they end in "s" or look like one ("more than", "as well"). */
const NOT_UNITS: ReadonlySet<string> = new Set([
  'times', 'more', 'less', 'others', 'percentage', 'is', 'was', 'has', 'as', 'its', 'his', 'this', 'us', 'plus', 'across',
  'miles-per-hour', 'years-old', 'year-old', 'yes',
]);
/** Words between a figure and its noun that only describe what is counted ("300 injured people", "two more yachts"). */
const MODIFIERS: ReadonlySet<string> = new Set([
  'more', 'other', 'new', 'additional', 'extra', 'young', 'small', 'large', 'major', 'top', 'senior', 'former', 'foreign',
  'armed', 'civilian', 'military', 'american', 'british', 'local', 'full-time', 'part-time', 'registered', 'eligible',
]);

/** A qualifier right before a figure, with the bound it sets ("more than an additional 9 percent"). */
const QUALIFIER = /\b(more than|over|at least|upwards of|in excess of|less than|fewer than|under|nearly|almost|close to|about|around|roughly|approximately|some|an estimated|estimated|an expected|expected)\s+(?:an?\s+)?(?:additional\s+|extra\s+|further\s+)?$/iu;
export type Bound = 'above' | 'below' | 'near' | 'approx';
const BOUNDS: Readonly<Record<string, Bound>> = {
  'more than': 'above', over: 'above', 'at least': 'above', 'upwards of': 'above', 'in excess of': 'above',
  'less than': 'below', 'fewer than': 'below', under: 'below',
  nearly: 'near', almost: 'near', 'close to': 'near',
  about: 'approx', around: 'approx', roughly: 'approx', approximately: 'approx', some: 'approx', 'an estimated': 'approx',
  estimated: 'approx', 'an expected': 'approx', expected: 'approx',
};
/** How far an approximate figure may be off, as a share of it ("about 300" allows 270 to 330). */
const APPROX_SHARE = 0.1;
/** How far below a figure "nearly" and "almost" allow ("nearly 300" allows 270 to 300). */
const NEAR_SHARE = 0.1;
/**
 * How far a written figure may be off, as a share of its last digit's place: "$1 million" allows
 * $0.75–1.25 million ("$1.1 million" agrees, "$1.5 million" does not); "23 million" does not allow 22
 * million; an integer without a scale word is exact.
 */
const ROUNDING_SHARE = 0.25;

/** "No. 2", "Number 3": a rank, no count. */
const RANK_BEFORE = /\b(?:No\.?|Number)\s*$/;
/** The first figure of a range and its joint right before a figure ("5 to 7 percent", "between 10 and 12 people"): not one value. */
const RANGE_BEFORE = /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen))\s*(?:to|-|–|or|and)\s*[$€£]?$/i;
/** A range's joint after a figure ("5 to 7 percent"): the figure counts what the range's last one does. */
const RANGE_AFTER = /^\s*(?:to|-|–|or)\s*[$€£]?\d/;
/** An article right before a currency figure: "a $43,000 Rolex watch" prices one thing. */
const ARTICLE_BEFORE = /\ban?\s+$/i;
/** Words after a currency figure that make it an amount of money, not the price of a thing named after it. */
const AMOUNT_NEXT = /^(?:in|of|for|from|to|on|at|by|a|an|per|each|annually|a-year|this|last|over|more|less|and|or|but|with|into|toward|towards|that|which|who|is|was|are|were|has|had|have|will|would|could|may|might|budget|deal|agreement|contract|package|plan|bill|fine|settlement|loan|bailout|program|programme|fund|payment|cut|cuts|increase|aid|debt|deficit|spending|investment|ad|buy)$/i;

export interface QuantityOptions {
  /** Spans to leave out (dates the date annotator found), as [start, end) pairs in the same offsets. */
  readonly skip?: readonly { readonly start: number; readonly end: number }[];
}

/**
 * The quantities of `text` from `from` to `to`, offsets into `text`. A figure with no unit (a bare
 * number, a year, a rank, a conversion in parentheses such as "(12 kph)") is no quantity.
 */
export function quantitiesIn(text: string, from: number, to: number, options: QuantityOptions = {}): Quantity[] {
  const region = text.slice(from, to);
  const out: Quantity[] = [];
  for (const m of region.matchAll(FIGURE)) {
    const [whole, currency, num, scale] = m;
    const at = from + m.index;
    const figureEnd = at + whole.length;
    if (options.skip?.some((d) => d.start < figureEnd && d.end > at)) continue;
    const before = region.slice(Math.max(0, m.index - 40), m.index);
    if (RANK_BEFORE.test(before) || RANGE_BEFORE.test(before) || /\(\s*$/.test(before)) continue;
    const raw = num!.toLowerCase();
    const scaleValue = scale === undefined ? 1 : SCALE[scale.toLowerCase()]!;
    const written = NUMBER_WORDS[raw] ?? Number(raw.replace(/,/g, ''));
    const value = written * scaleValue;
    const decimals = /\.(\d+)$/.exec(raw)?.[1]?.length ?? 0;
    if (RANGE_AFTER.test(text.slice(figureEnd, Math.min(to, figureEnd + 8)))) continue;
    const after = AFTER.exec(text.slice(figureEnd, Math.min(to, figureEnd + 60)));
    const unit = unitOf(currency, after, text.slice(Math.max(from, at - 4), at), scale !== undefined);
    if (unit === null) continue;
    // A bare four-digit number between 1900 and 2100 is a year, not a count.
    if (!currency && !scale && /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) continue;
    const qualifier = QUALIFIER.exec(before);
    const bound = qualifier === null ? undefined : BOUNDS[qualifier[1]!.toLowerCase()];
    const rounding = scale === undefined && decimals === 0 ? 0 : ROUNDING_SHARE * scaleValue * 10 ** -decimals;
    const [low, high] = bound === 'above' ? [value, Infinity]
      : bound === 'below' ? [0, value]
        : bound === 'near' ? [value * (1 - NEAR_SHARE), value]
          : bound === 'approx' ? [value * (1 - APPROX_SHARE) - rounding, value * (1 + APPROX_SHARE) + rounding]
            : [value - rounding, value + rounding];
    const start = qualifier === null ? at : at - qualifier[0].length;
    const numberStart = at + (currency?.length ?? 0);
    out.push({ unit: unit.name, value, bound: bound ?? 'exact', low, high, start, end: figureEnd + unit.chars, numberStart, numberEnd: numberStart + num!.length });
  }
  return out;
}

/** Whether two quantities of one unit can both be true: their allowed values overlap. */
export function compatible(a: Quantity, b: Quantity): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** The unit after a figure and how many characters of the text after the figure it takes; null when nothing counted follows. */
function unitOf(currency: string | undefined, after: RegExpExecArray | null, before: string, scaled: boolean): { name: string; chars: number } | null {
  if (currency !== undefined) {
    const sign = currency.trim();
    const word = after?.[3];
    // "a $43,000 Rolex watch": the price of one thing, not the amount another outlet gives as "$750,000 in campaign cash".
    if (ARTICLE_BEFORE.test(before) && word !== undefined && !AMOUNT_NEXT.test(word) && !scaled) {
      const noun = after![4] !== undefined && /^\p{Lu}/u.test(word) ? after![4] : word;
      return { name: `${sign} ${stem(noun.toLowerCase())}`, chars: after![0].length };
    }
    return { name: sign, chars: 0 };
  }
  if (after === null) return null;
  if (after[1] !== undefined) return { name: '%', chars: after[0].length };
  if (after[2] !== undefined) return { name: /^percentage/i.test(after[2]) ? 'percentage point' : '%', chars: after[0].length };
  const first = after[3]!;
  const second = after[4];
  const pair = second === undefined ? '' : `${first} ${second}`.toLowerCase();
  if (COMPOUND_UNITS.has(pair)) return { name: pair.replace(/s$/, ''), chars: after[0].length };
  if (isCountedNoun(first)) return { name: stem(first.toLowerCase()), chars: after[0].indexOf(first) + first.length };
  if (second !== undefined && isModifier(first) && isCountedNoun(second)) return { name: stem(second.toLowerCase()), chars: after[0].length };
  return null;
}

/** A plural noun or a noun of a count ("people", "kph"), not a verb or a function word. */
function isCountedNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_UNITS.has(w)) return false;
  return UNIT_NOUNS.has(w) || (/^\p{L}{3,}s$/u.test(w) && !/(?:ss|us|is)$/.test(w));
}

/** A word that describes what a figure counts: an adjective of the list, a participle, or a capitalised people's name ("two Bosnian Croats"). */
function isModifier(word: string): boolean {
  const w = word.toLowerCase();
  return MODIFIERS.has(w) || /^\p{Ll}{3,}(?:ed|ing)$/u.test(word) || /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u.test(word);
}
