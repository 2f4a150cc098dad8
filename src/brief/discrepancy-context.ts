/**
 * What a figure or a date in a sentence is of: the words on each side of it. Two figures of one unit,
 * or two dates, in one fact group state one thing only when these share a word: "killing at least 60
 * people" and "killing 65 people" do; "1,500 Kurds massed for a second day of demonstrations" and
 * "Some 41 Kurds declared a hunger strike" do not, though both sentences tell of Kurdish protests.
 */
import type { AnnotatedArticle } from '../types.js';
import { senseOf } from './facts.js';
import { normWords, STOP_WORDS, stem } from './text-norm.js';

/** Words on each side of a figure or a date that say what it is of in its sentence. */
export const CONTEXT_WORDS = 4;

/**
 * The senses of the lower-case content words within CONTEXT_WORDS of `[start, end)` inside the
 * sentence `[from, to)` of the article. Names are left out: the story's names are in most of its
 * sentences, whatever their figures count.
 */
export function wordsAround(a: AnnotatedArticle, from: number, to: number, start: number, end: number): Set<string> {
  const text = a.article.text;
  const words = normWords(text.slice(from, to)).map((w) => ({ ...w, start: w.start + from, end: w.end + from }));
  const before = words.filter((w) => w.end <= start).slice(-CONTEXT_WORDS);
  const after = words.filter((w) => w.start >= end).slice(0, CONTEXT_WORDS);
  return new Set([...before, ...after].filter((w) => !STOP_WORDS.has(w.word) && !/\d/.test(w.word) && !/^\p{Lu}/u.test(text[w.start]!))
    .map((w) => senseOf(stem(w.word))));
}

/** Whether two contexts share a word. */
export function shareWord(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}
