/** Text normalisation shared by the cross-article matchers. */

/** Word tokens of a text, lower-cased, accents and typographic marks folded, with offsets. */
export interface NormWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function foldWord(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

export function normWords(text: string): NormWord[] {
  const out: NormWord[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: foldWord(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Words too common to say what a sentence is about. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did ' +
    'it its it\'s this that these those he she they them his her their we our you your i me my not no so than then ' +
    'there here which who whom whose what when where why how will would can could may might must should shall also ' +
    'said says about into over after before since while such other more most many much very just only even both ' +
    'all any each few some up out off again further once new one two s "').split(/\s+/),
);

/** A crude suffix stripper: enough to equate "visit"/"visits"/"visiting" when grouping claims. */
export function stem(w: string): string {
  if (w.length <= 4) return w;
  return w.replace(/(?:ing|edly|ed|es|s|ly)$/, '');
}

/** Content-word stems of a text (stop words dropped). */
export function contentStems(text: string): string[] {
  return normWords(text).map((w) => w.word).filter((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w)).map(stem);
}
