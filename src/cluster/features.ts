/**
 * What the clusterer reads of an article: a light record (title, text, date, outlet, entity names)
 * that an annotated article maps onto, and that an evaluation can build without the full annotator.
 */
import { COMPANY_SUFFIX_WORDS } from '../annotate/company-names.js';
import type { AnnotatedArticle } from '../types.js';

/** One named entity of an article and how often the article names it. */
export interface EntityFeature {
  readonly name: string;
  readonly mentions: number;
}

export interface ClusterFeatures {
  /** The article id; unique within one clusterer. */
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  /** ISO date (`YYYY-MM-DD`, longer ISO strings are cut to the day) or null when unknown. */
  readonly published: string | null;
  readonly outlet: string | null;
  /** People, organisations and places the article names; absent when not annotated. */
  readonly entities?: readonly EntityFeature[];
}

/** Maps an annotated article onto the features the clusterer reads. */
export function featuresOf(a: AnnotatedArticle): ClusterFeatures {
  const { id, title, text, published, outlet } = a.article;
  const entities = a.entities
    .filter((e) => e.type !== 'other')
    .map((e) => ({ name: e.name, mentions: e.mentions.length }));
  // An empty title is no title.
  return { id, title: title === '' ? null : title, text, published, outlet, entities };
}

/** Weights of the parts of an article in its term vector. */
export interface TermWeights {
  readonly title: number;
  readonly lead: number;
  readonly body: number;
  readonly entity: number;
}

/** Words of the lead: news puts the event (who, what, where) in the first sentences. */
export const LEAD_WORDS = 60;

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/** Words that say nothing about which event an article reports. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did ' +
    "it its it's this that these those he she they them his her their we our you your i me my not no so than then " +
    'there here which who whom whose what when where why how will would can could may might must should shall also ' +
    'said says say saying told about into over after before since while such other more most many much very just only even ' +
    'both all any each few some up out off again further once new one two three s mr mrs ms monday tuesday wednesday ' +
    'thursday friday saturday sunday week year years last first time percent people like get got make made because ' +
    'us him don t re ve ll just well back now still going way around through according among against between').split(/\s+/),
);

/**
 * A crude suffix stripper: enough to equate "bomb"/"bombs"/"bombing" across outlets. Strips the
 * longest of -ings, -edly, -ing, -ed, -es, -ly, -s.
 */
function stem(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ings') || w.endsWith('edly')) return w.slice(0, -4);
  if (w.endsWith('ing')) return w.slice(0, -3);
  if (w.endsWith('ed') || w.endsWith('es') || w.endsWith('ly')) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

export const NON_ASCII = /[\u0080-\uffff]/;
const DIGITS = /^\d+$/;

/** Lower-case ASCII letters and digits, by character code (the terms are read from lower-cased text). */
export const isLowerAsciiLetter = (c: number): boolean => c >= 97 && c <= 122;
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isLowerAsciiAlnum = (c: number): boolean => isLowerAsciiLetter(c) || isAsciiDigit(c);

/** The matches of WORD in lower-case ASCII text, scanned without the Unicode regular expression. */
function asciiWords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLowerAsciiAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLowerAsciiAlnum(text.charCodeAt(i))) i++;
    if (i + 1 < n && text.charCodeAt(i) === 39 && isLowerAsciiLetter(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isLowerAsciiLetter(text.charCodeAt(i))) i++;
    }
    out.push(text.slice(start, i));
  }
  return out;
}

/** The terms (content-word stems) of a text, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  // ASCII text has no accents to strip and no curly apostrophes.
  const ascii = !NON_ASCII.test(text);
  const tokens = ascii ? asciiWords(text.toLowerCase()) : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(WORD) ?? [];
  for (let w of tokens) {
    if (!ascii && w.includes('’')) w = w.replace(/’/g, "'");
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    // Only a word that starts with a digit can be all digits.
    const c = w.charCodeAt(0);
    if (!(c >= 48 && c <= 57 && DIGITS.test(w))) out.push(stem(w));
  }
  return out;
}

/** Titles and leads state the event; entities name who and where. */
export const DEFAULT_WEIGHTS: TermWeights = { title: 3, lead: 2, body: 1, entity: 2 };

/** Entity terms are prefixed so a name never collides with a word. */
export const ENTITY_PREFIX = '@';

/** The weighted term counts of an article: title, lead and body words, and entity names. */
export function termCounts(f: ClusterFeatures, partial: Partial<TermWeights> = {}): Map<string, number> {
  const weights = { ...DEFAULT_WEIGHTS, ...partial };
  const counts = new Map<string, number>();
  const add = (t: string, w: number) => counts.set(t, (counts.get(t) ?? 0) + w);
  if (f.title) for (const w of words(f.title)) add(w, weights.title);
  words(f.text).forEach((w, i) => add(w, i < LEAD_WORDS ? weights.lead : weights.body));
  for (const e of f.entities ?? []) {
    const term = entityTerm(e.name);
    if (term !== null) add(term, weights.entity * e.mentions);
  }
  return counts;
}

/** A company's closing word (matched in lower case): an article may name the company with it or without. */
const COMPANY_SUFFIX = new RegExp(`,? (?:${COMPANY_SUFFIX_WORDS})$`, 'i');

/** The term of an entity name (accents folded, lower case, prefixed), or null for a blank name. */
export function entityTerm(name: string): string | null {
  // "Sihanouk's" and "Sihanouk" name one entity; so do "Microsoft Corp." and "Microsoft".
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/['’]s$/, '').replace(COMPANY_SUFFIX, '');
  return folded ? ENTITY_PREFIX + folded : null;
}
