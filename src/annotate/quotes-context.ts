/** What every step of quote annotation looks up: the text, its sentences, marks and mentions. */
import type { EntityMention, LocalEntity, Sentence } from '../types.js';
import { findQuoteMarks, paragraphRanges, type MarkSpan, type ParagraphRange } from './quotes-marks.js';
import { partitionPoint } from './partition-point.js';
import { NAME_SUFFIX } from './person-names.js';

export interface QuoteContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly ParagraphRange[];
  readonly entities: readonly LocalEntity[];
  /** All entity mentions, sorted by start. */
  readonly mentions: readonly EntityMention[];
  /** Outermost quote-mark spans, sorted by opening mark. */
  readonly marks: readonly MarkSpan[];
}

/** Words that make a name a body's, not a person's. */
const BODY_WORD = /\s(?:Partners|Initiative|Plan|Enhanced|Foundation|Group|Fund|Capital|Associates|Institute|Inc|Corp|Company|Holdings|Management|Campaign|Center|Committee|Cash|Report|Act|Energy|Coal)\b/;
/** A personal honorific right before a word ("Mr. ", "Mrs. "). */
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr)\.?\s+$/;
/** Name suffixes that are not a surname ("Jr.", "III"). */
/** One capitalised word ("Fiorina", "O’Rourke"). */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]+$/u;
/** Two capitals in a row: words that may be a name in capitals. */
const TWO_CAPITALS = /\p{Lu}{2}/u;
/** A word's first letter, after the start or a space or hyphen (to title-case a name in capitals). */
const WORD_INITIAL = /(^|[\s-])(\p{L})/gu;

/** The surname of a person's name: its last word that is not a suffix. */
function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !NAME_SUFFIX.test(w));
  return words.length > 1 ? words[words.length - 1] : undefined;
}

/**
 * The person a one-word mention typed as a place or organisation stands for, when the word is the
 * surname of exactly one person of the article ("Fiorina", "Cruz" in a headline the entity tagger
 * misread): a speaker is a person named by surname far more often than a place of the same name.
 * After an honorific the word is a person's name even when no person of the article carries it.
 */
function personBySurname(text: string, entities: readonly LocalEntity[]): (m: EntityMention) => EntityMention {
  const bySurname = new Map<string, string | null>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const surname = surnameOf(e.name);
    if (surname !== undefined) bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== e.name ? null : e.name);
  }
  return (m) => {
    if (!CAPITALISED_WORD.test(m.text)) return m;
    const surname = m.text.replace(/['’]s?$/, '');
    // A person entity named like a body ("Paulson Partners", "Clinton Global Initiative") is one only after an honorific.
    if (m.type === 'person' && !BODY_WORD.test(m.name)) return m;
    const honorific = HONORIFIC_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start));
    if (m.type === 'person' && !honorific) return m;
    const name = bySurname.get(surname);
    if (name != null) return { start: m.start, end: m.end, text: m.text, type: 'person', name };
    // An honorific makes the word a person's name, whatever entity it was linked to ("Mr. Paulson", not the Paulson fund).
    return honorific ? { start: m.start, end: m.end, text: m.text, type: 'person', name: surname } : m;
  };
}

/** Builds the lookup context; mentions whose offsets do not match the text are ignored. */
export function createQuoteContext(text: string, sentences: readonly Sentence[], entities: readonly LocalEntity[]): QuoteContext {
  const paragraphs = paragraphRanges(text);
  const asPerson = personBySurname(text, entities);
  // Filled from an array literal, so an article without mentions gets an array of the same kind as any other.
  const mentions: EntityMention[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) if (m.start >= 0 && m.end <= text.length && m.start < m.end) mentions.push(asPerson(m));
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, sentences, paragraphs, entities, mentions, marks: findQuoteMarks(text, paragraphs) };
}

/**
 * `scan(ctx, from, to)` remembered per context and range (the steps of quote annotation read the
 * same sentences again); each call returns a fresh array the caller may change.
 */
export function cachedPerRange<T>(scan: (ctx: QuoteContext, from: number, to: number) => T[]): (ctx: QuoteContext, from: number, to: number) => T[] {
  const cache = new WeakMap<QuoteContext, Map<string, readonly T[]>>();
  return (ctx, from, to) => {
    let byRange = cache.get(ctx);
    if (byRange === undefined) cache.set(ctx, (byRange = new Map()));
    const key = `${from},${to}`;
    let found = byRange.get(key);
    if (found === undefined) byRange.set(key, (found = scan(ctx, from, to)));
    return found.slice();
  };
}

/** Per context: the marks' opening offsets and, for each mark, the furthest closing offset up to it (null when marks are not sorted). */
const markIndexCache = new WeakMap<QuoteContext, { opens: number[]; reach: number[] } | null>();

function markIndex(ctx: QuoteContext): { opens: number[]; reach: number[] } | null {
  let index = markIndexCache.get(ctx);
  if (index === undefined) {
    const opens: number[] = [];
    const reach: number[] = [];
    let sorted = true;
    for (const m of ctx.marks) {
      if (opens.length > 0 && m.open < opens[opens.length - 1]!) sorted = false;
      reach.push(Math.max(m.close, reach[reach.length - 1] ?? -Infinity));
      opens.push(m.open);
    }
    index = sorted ? { opens, reach } : null;
    markIndexCache.set(ctx, index);
  }
  return index;
}

/** The number of sorted values at or below `pos`. */
function countAtOrBelow(values: readonly number[], pos: number): number {
  return partitionPoint(values.length, (i) => values[i]! <= pos);
}

/** True when the offset lies between (or on) a pair of quote marks. */
export function insideMarks(ctx: QuoteContext, pos: number): boolean {
  const index = markIndex(ctx);
  if (index === null) return ctx.marks.some((m) => m.open <= pos && pos <= m.close);
  // Some mark opening at or before `pos` closes at or after it.
  const n = countAtOrBelow(index.opens, pos);
  return n > 0 && index.reach[n - 1]! >= pos;
}

/** What a clause's start skips: space, and with `skipOpeningMarks` also an opening double quote mark. */
const CLAUSE_LEAD = /\s/;
const CLAUSE_LEAD_OR_MARK = /[\s"“]/;
/** What a clause's end drops: space and closing punctuation. */
const CLAUSE_TAIL = /[\s.!?;,]/;

/**
 * The clause over `[from, to)` without the space around it and its closing punctuation, or null when
 * it holds fewer than `minWords` words or opens inside quote marks (a clause may end inside a partial
 * quote, but a direct quote starts with its mark).
 */
export function trimClause(ctx: QuoteContext, from: number, to: number, minWords: number, skipOpeningMarks = false): { start: number; end: number } | null {
  const lead = skipOpeningMarks ? CLAUSE_LEAD_OR_MARK : CLAUSE_LEAD;
  let start = from;
  let end = to;
  while (start < end && lead.test(ctx.text[start] ?? '')) start += 1;
  while (end > start && CLAUSE_TAIL.test(ctx.text[end - 1] ?? '')) end -= 1;
  if (ctx.text.slice(start, end).split(/\s+/).filter(Boolean).length < minWords) return null;
  return insideMarks(ctx, start) ? null : { start, end };
}

/** Per context, the sentences' start offsets (null when they are not sorted). */
const sentenceStartsCache = new WeakMap<QuoteContext, number[] | null>();

/** Index of the sentence holding the offset, else of the last sentence starting before it, else -1. */
export function sentenceIndexAt(ctx: QuoteContext, pos: number): number {
  let starts = sentenceStartsCache.get(ctx);
  if (starts === undefined) {
    starts = ctx.sentences.map((s) => s.start);
    if (starts.some((start, i) => i > 0 && start < starts![i - 1]!)) starts = null;
    sentenceStartsCache.set(ctx, starts);
  }
  // (NaN compares false with every start, so the walk below gives the last sentence for it.)
  if (starts !== null && !Number.isNaN(pos)) return countAtOrBelow(starts, pos) - 1;
  let found = -1;
  for (let i = 0; i < ctx.sentences.length; i += 1) {
    const s = ctx.sentences[i];
    if (s === undefined || s.start > pos) break;
    found = i;
  }
  return found;
}

/** The entity a mention-less word refers to: an exact alias or name, else a unique surname match. */
export function entityByWords(ctx: QuoteContext, words: string): LocalEntity | undefined {
  const plain = words.replace(/['’]s$/, '').trim();
  // A name in capitals (a transcript's "PENCE:") is the same name in title case.
  if (TWO_CAPITALS.test(plain) && plain === plain.toUpperCase()) {
    const titled = plain.toLowerCase().replace(WORD_INITIAL, (_, sep: string, letter: string) => sep + letter.toUpperCase());
    const found = entityByWords(ctx, titled);
    if (found !== undefined) return found;
  }
  const exact = ctx.entities.find((e) => e.name === plain || e.aliases.includes(plain));
  if (exact !== undefined) return exact;
  const bySurname = ctx.entities.filter((e) => e.type === 'person' && e.name.split(/\s+/).includes(plain));
  return bySurname.length === 1 ? bySurname[0] : undefined;
}
