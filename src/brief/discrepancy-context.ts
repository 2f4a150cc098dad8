/**
 * What a figure or a date in a sentence is of: the words on each side of it. Two figures of one unit,
 * or two dates, in one fact group state one thing only when these share a word: "killing at least 60
 * people" and "killing 65 people" do; "1,500 Kurds massed for a second day of demonstrations" and
 * "Some 41 Kurds declared a hunger strike" do not, though both sentences tell of Kurdish protests.
 */
import { partitionPoint } from '../annotate/partition-point.js';
import type { AnnotatedArticle, Quote } from '../types.js';
import { quantitiesIn, type Quantity } from './quantities.js';
import { senseOf } from './facts.js';
import { normWords, STOP_WORDS, stem, type NormWord } from './text-norm.js';

/** Words on each side of a figure or a date that say what it is of in its sentence. */
export const CONTEXT_WORDS = 4;

/** The words of the sentence `[from, to)` of an article, with offsets into the article's text: read once per sentence. */
export function sentenceWords(a: AnnotatedArticle, from: number, to: number): NormWord[] {
  return normWords(a.article.text.slice(from, to)).map((w) => ({ ...w, start: w.start + from, end: w.end + from }));
}

/**
 * Verbs of a change, which say how a quantity moved and not which one: "Shares of Exxon rose 2.3
 * percent" and "expenditures rose 8 percent" share "rose" and nothing of what they count.
 */
const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'rose', 'rise', 'rises', 'rising', 'risen', 'fell', 'fall', 'falls', 'falling', 'fallen', 'climbed', 'climb', 'climbs', 'dropped', 'drop',
  'drops', 'increased', 'increase', 'increases', 'decreased', 'decrease', 'decreases', 'gained', 'gain', 'gains', 'jumped', 'jump', 'jumps',
  'slipped', 'slid', 'declined', 'decline', 'declines', 'grew', 'grow', 'grows', 'growing', 'up', 'down',
]);

/**
 * Where `[start, end)` sits among a sentence's `words`: `before` is the index of the first word that
 * does not end before it, `after` of the first that starts at or after its end; `from` and `to` bound
 * the CONTEXT_WORDS words on each side (`words.slice(from, before)` and `words.slice(after, to)`).
 */
function windowAround(words: readonly NormWord[], start: number, end: number): { from: number; before: number; after: number; to: number } {
  const before = partitionPoint(words.length, (i) => words[i]!.end <= start);
  const after = partitionPoint(words.length, (i) => words[i]!.start < end);
  return { from: Math.max(0, before - CONTEXT_WORDS), before, after, to: Math.min(words.length, after + CONTEXT_WORDS) };
}

/**
 * The senses of the lower-case content words within CONTEXT_WORDS of `[start, end)` among a
 * sentence's `words` (`sentenceWords`). Names are left out: the story's names are in most of its
 * sentences, whatever their figures count; so are verbs of a change (`CHANGE_WORDS`).
 */
export function wordsAround(a: AnnotatedArticle, words: readonly NormWord[], start: number, end: number): Set<string> {
  const text = a.article.text;
  const { from, before, after, to } = windowAround(words, start, end);
  const near = [...words.slice(from, before), ...words.slice(after, to)];
  return new Set(near.filter((w) => !STOP_WORDS.has(w.word) && !CHANGE_WORDS.has(w.word) && !/\d/.test(w.word) && !/^\p{Lu}/u.test(text[w.start]!))
    .map((w) => senseOf(stem(w.word))));
}

/**
 * Whether `[start, end)` lies inside a quotation of the article: a figure or a date there is the
 * speaker's, and two outlets quoting two speakers ("cut Medicare by $800 billion" in Obama's 2008
 * ad, "cut $716 billion from Medicare" in Romney's) do not contradict each other.
 */
export function insideQuotation(a: AnnotatedArticle, start: number, end: number): boolean {
  return quotationAround(a, start, end) !== undefined;
}

/** The article's quotation (a direct or partial quote, not a reported clause) holding `[start, end)`, if any. */
export function quotationAround(a: AnnotatedArticle, start: number, end: number): Quote | undefined {
  return a.quotes.find((q) => q.kind !== 'indirect' && q.start <= start && q.end >= end);
}

/** The quantities an article states in `[start, end)`, outside the dates the date annotator found in its text. */
export function quantitiesStated(a: AnnotatedArticle, start: number, end: number): Quantity[] {
  return quantitiesIn(a.article.text, start, end, { skip: a.dates.filter((d) => d.in === 'text' && d.start < end && d.end > start) });
}

/** Whether two contexts share a word. */
export function shareWord(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/**
 * Whether two of the items, from different articles and with a shared word around them, cannot both be
 * true; `apart` tells two items the words around them show to be of different things though they share one.
 */
export function clashAcrossArticles<T extends { readonly article: AnnotatedArticle; readonly context: ReadonlySet<string> }>(
  items: readonly T[], compatible: (a: T, b: T) => boolean, apart: (a: T, b: T) => boolean = () => false): boolean {
  return items.some((f, i) => items.some((h, j) => j > i && h.article !== f.article && shareWord(f.context, h.context) && !apart(f, h) && !compatible(f, h)));
}

/** A verb form right before a figure ("killing two people", "wounding 24 people"). */
const VERB_FORM = /^\p{L}{3,}(?:ing|ed)$/u;

/**
 * The sense of the verb right before `start` among a sentence's `words` ("wounding" → "hurt",
 * "killing" → "die"), or null when the word before is no verb form or there is none.
 */
export function verbBefore(words: readonly NormWord[], start: number): string | null {
  const previous = words[windowAround(words, start, start).before - 1];
  return previous === undefined || !VERB_FORM.test(previous.word) ? null : senseOf(stem(previous.word));
}

/**
 * The places the article names within CONTEXT_WORDS words of `[start, end)` among a sentence's
 * `words`, lower-cased: "attack in neighboring Kenya killed 213 people" is of Kenya.
 */
export function placesAround(a: AnnotatedArticle, words: readonly NormWord[], start: number, end: number): Set<string> {
  const window = windowAround(words, start, end);
  const from = words[window.from]?.start ?? start;
  const to = words[window.to - 1]?.end ?? end;
  const out = new Set<string>();
  for (const e of a.entities) {
    if (e.type !== 'place') continue;
    if (e.mentions.some((m) => m.start >= from && m.end <= to && (m.end <= start || m.start >= end))) out.add(senseOf(e.name.toLowerCase()));
  }
  return out;
}
