/**
 * What a figure or a date in a sentence is of: the words on each side of it. Two figures of one unit,
 * or two dates, in one fact group state one thing only when these share a word: "killing at least 60
 * people" and "killing 65 people" do; "1,500 Kurds massed for a second day of demonstrations" and
 * "Some 41 Kurds declared a hunger strike" do not, though both sentences tell of Kurdish protests.
 */
import { partitionPoint } from '../annotate/partition-point.js';
import type { AnnotatedArticle } from '../types.js';
import { senseOf } from './facts.js';
import { normWords, STOP_WORDS, stem, type NormWord } from './text-norm.js';

/** Words on each side of a figure or a date that say what it is of in its sentence. */
export const CONTEXT_WORDS = 4;

/** The words of the sentence `[from, to)` of an article, with offsets into the article's text: read once per sentence. */
export function sentenceWords(a: AnnotatedArticle, from: number, to: number): NormWord[] {
  return normWords(a.article.text.slice(from, to)).map((w) => ({ ...w, start: w.start + from, end: w.end + from }));
}

/**
 * The senses of the lower-case content words within CONTEXT_WORDS of `[start, end)` among a
 * sentence's `words` (`sentenceWords`). Names are left out: the story's names are in most of its
 * sentences, whatever their figures count.
 */
export function wordsAround(a: AnnotatedArticle, words: readonly NormWord[], start: number, end: number): Set<string> {
  const text = a.article.text;
  const firstAfter = partitionPoint(words.length, (i) => words[i]!.start < end);
  const lastBefore = partitionPoint(words.length, (i) => words[i]!.end <= start);
  const near = [...words.slice(Math.max(0, lastBefore - CONTEXT_WORDS), lastBefore), ...words.slice(firstAfter, firstAfter + CONTEXT_WORDS)];
  return new Set(near.filter((w) => !STOP_WORDS.has(w.word) && !/\d/.test(w.word) && !/^\p{Lu}/u.test(text[w.start]!))
    .map((w) => senseOf(stem(w.word))));
}

/**
 * Whether `[start, end)` lies inside a quotation of the article: a figure or a date there is the
 * speaker's, and two outlets quoting two speakers ("cut Medicare by $800 billion" in Obama's 2008
 * ad, "cut $716 billion from Medicare" in Romney's) do not contradict each other.
 */
export function insideQuotation(a: AnnotatedArticle, start: number, end: number): boolean {
  return a.quotes.some((q) => q.kind !== 'indirect' && q.start <= start && q.end >= end);
}

/** Whether two contexts share a word. */
export function shareWord(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/** Whether two of the items, from different articles and with a shared word around them, cannot both be true. */
export function clashAcrossArticles<T extends { readonly article: AnnotatedArticle; readonly context: ReadonlySet<string> }>(items: readonly T[], compatible: (a: T, b: T) => boolean): boolean {
  return items.some((f, i) => items.some((h, j) => j > i && h.article !== f.article && shareWord(f.context, h.context) && !compatible(f, h)));
}
