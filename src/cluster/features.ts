/**
 * What the clusterer reads of an article: a light record (title, text, date, outlet, entity names)
 * that an annotated article maps onto, and that an evaluation can build without the full annotator.
 */
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
const LEAD_WORDS = 60;

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/** Words that say nothing about which event an article reports. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did ' +
    "it its it's this that these those he she they them his her their we our you your i me my not no so than then " +
    'there here which who whom whose what when where why how will would can could may might must should shall also ' +
    'said says say saying told about into over after before since while such other more most many much very just only even ' +
    'both all any each few some up out off again further once new one two three s mr mrs ms monday tuesday wednesday ' +
    'thursday friday saturday sunday week year years last first time percent people like get got make made because ' +
    'us him don t re ve ll just well back now still going way around through according among against between').split(/\s+/),
);

/** A crude suffix stripper: enough to equate "bomb"/"bombs"/"bombing" across outlets. */
function stem(w: string): string {
  if (w.length <= 4) return w;
  return w.replace(/(?:ings?|edly|ed|es|s|ly)$/, '');
}

function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().matchAll(WORD)) {
    const w = m[0].replace(/’/g, "'").replace(/'s$/, '');
    if (!STOP_WORDS.has(w) && !/^\d+$/.test(w) && w.length > 1) out.push(stem(w));
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
    // "Sihanouk's" and "Sihanouk" name one entity.
    const name = e.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/['’]s$/, '');
    if (name) add(ENTITY_PREFIX + name, weights.entity * e.mentions);
  }
  return counts;
}
