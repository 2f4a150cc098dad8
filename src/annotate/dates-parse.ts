/**
 * Date recognition: finds the date phrases of a text and records what each one states (year,
 * month, day, weekday, or an offset from the writing date) without resolving anything. chrono
 * recognises calendar and weekday shapes; small regexes add what chrono gets wrong for news:
 * bare years ("in 2013"), relative periods ("last year's", "next month") and "N days ago".
 * Resolution against a reference date lives in `dates-resolve.ts`.
 */
import * as chrono from 'chrono-node';
import { WEEKDAYS } from './gazetteer/words.js';

/** Which way a weekday points from the writing date. */
export type WeekdayDirection = 'on-or-before' | 'before' | 'on-or-after' | 'after';

export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

/** What one date phrase states, before any reference date is applied. */
export type RawDate =
  | {
      readonly kind: 'calendar';
      readonly year: number | null;
      readonly month: number | null;
      readonly day: number | null;
    }
  | { readonly kind: 'weekday'; readonly weekday: number; readonly direction: WeekdayDirection }
  | {
      readonly kind: 'relative';
      readonly unit: RelativeUnit;
      readonly offset: number;
      /** A month named with a relative year ("March of this year"). */
      readonly month: number | null;
    };

/** A recognised phrase with its offsets into the scanned text. */
export type RawMention = RawDate & { readonly start: number; readonly end: number; readonly text: string };

/** chrono's relative arithmetic and casual words ("now", "morning"); relative phrases are parsed here to keep their anchor. */
const CHRONO_SKIPPED_TAG = /^result\/relativeDate|^casualReference\/|Casual/;
/**
 * A relative phrase chrono returns untagged, with the month and year of the day it runs on as
 * certain ("earlier this month" read as the current month): its own pattern here keeps it relative.
 */
const CHRONO_RELATIVE_TEXT = /^(?:this|next|last|past|coming)\s+(?:week|month|year)\b/i;

/** Month words; a lower-case one is a verb or modal ("may meet", "march on"), never a date. */
const MONTH_WORD =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/gi;

/** A weekday alone must be spelled out: chrono reads "The Sun" and "Sat down" as weekdays. */
const FULL_WEEKDAY = new RegExp(String.raw`\b(?:${WEEKDAYS.join('|')})\b(?!s)`);

/** chrono reads "3/4" and "24/7" as dates; a slash date counts only with its year. */
const SLASH_DATE = /\d\/\d/;

/** A bare "May" is a month only after a word that introduces a date ("in May"), not in "Theresa May". */
const MAY_CUE_BEFORE = /\b(?:in|since|by|until|till|from|during|of|through|early|late|mid|last|next|this|before|after)[\s-]+$/i;

/** Prepositions chrono keeps in the span; the mention covers the date words only. */
const LEADING_WORD = /^(?:on|in|at|of|since|by|from|the)\s+/i;
const TRAILING_JUNK = /(?:\s+of|[\s,;:])+$/;

/** Words before a weekday that put it in the future ("which starts on Thursday", "the vote is on Thursday"). */
const FUTURE_CUE =
  /\b(?:will|shall|'ll|due|set to|scheduled|expected|upcoming|starts|begins|opens|kicks off|arrives|leaves|is to|are to|plans? to|going to)\b|\b(?:is|are)\s+on\s+$/i;
/** How far back (characters) a weekday's tense cue is looked for, within its sentence. */
const CUE_WINDOW = 80;
/** A sentence break inside the cue window; cues before it belong to another sentence. */
const SENTENCE_BREAK = /[.!?]["”’]?\s|\n/g;

/** "Monday (May 21)": a weekday glossed by its date is one mention. */
const GLOSS_OPEN = /^\s*\(\s*$/;
const GLOSS_CLOSE = /^\s*\)/;
/** "March of this year": a month whose year is given relative to the writing date. */
const MONTH_RELATIVE_YEAR = /^\s+(?:of\s+)?(last|this|next)\s+year\b/i;
/** "late June or July": alternatives collapse to the earliest month the text allows. */
const MONTH_ALTERNATIVE = /^\s+or\s+$/i;

/**
 * Bare years need a word that introduces a date, or an event noun after them, so counts such
 * as "2000 troops" stay numbers. Decades ("1960s") are skipped: the timeline has no decade
 * granularity and a year would claim false precision.
 */
const BARE_YEAR = /(?<![\d.,$£€/-])\b(1[89]\d\d|20\d\d)\b(?![\d%]|[.,]\d|s\b|-\d|')/g;
const YEAR_CUE_BEFORE =
  /\b(?:in|since|by|until|till|from|during|before|after|of|through|between|and|to|early|late|around|circa|mid)[\s-]+(?:the\s+)?$/i;
const YEAR_EVENT_AFTER = /^\s+(?:\w+\s+)?(?:elections?|Olympics|World Cup|census|budget|season|campaign|summit|war|Games)\b/i;
/** "in 2000 cases": a plural noun after the number makes it a count (verbs like "was" excepted). */
const COUNT_NOUN_AFTER = /^\s+(?!(?:was|has|is|as|its|this|thus|his|us|plus)\b)[a-z]+s\b/;

/** Relative periods; "past"/"coming" are left out because they mean a span, not a period. */
const RELATIVE_PERIOD = /\b(last|this|next)\s+(week|month|year)\b/gi;
const RELATIVE_DAY = /\b(yesterday|today|tonight|tomorrow)\b/gi;
const AGO =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+ago\b/gi;

const DAY_OFFSETS: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
const PERIOD_OFFSETS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/**
 * chrono's casual English parsers minus the "3 days ago" / "in 2 weeks" ones: their results carry
 * neither a month nor a weekday, so they are dropped below anyway (relative phrases have their own
 * patterns here), and compiling their large patterns costs about 130 ms on a process's first text.
 */
const SKIPPED_PARSERS: ReadonlySet<string> = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);
const DATE_PARSER = (() => {
  const parser = chrono.casual.clone();
  parser.parsers = parser.parsers.filter((p) => !SKIPPED_PARSERS.has(p.constructor.name));
  return parser;
})();

/**
 * Date context is local, so long texts are parsed a paragraph (or a bounded piece of one) at a
 * time: the look-behind and look-ahead checks then cost O(piece), not O(text), per mention.
 */
const MAX_PIECE_CHARS = 4000;

/**
 * Phrases depend on the text alone (the reference date is applied later), and an article's dates
 * are read twice (once alone, once with its story's reference date): the last texts are cached.
 */
const PHRASE_CACHE_SIZE = 64;
const phraseCache = new Map<string, readonly RawMention[]>();

/** Finds the date phrases of `text`, sorted by offset, none overlapping. */
export function findDatePhrases(text: string): RawMention[] {
  const cached = phraseCache.get(text);
  if (cached !== undefined) return [...cached];
  const found = findUncached(text);
  if (phraseCache.size >= PHRASE_CACHE_SIZE) phraseCache.delete(phraseCache.keys().next().value!);
  phraseCache.set(text, found);
  return [...found];
}

function findUncached(text: string): RawMention[] {
  const out: RawMention[] = [];
  for (const piece of pieces(text)) {
    for (const m of findInPiece(piece.text)) {
      out.push({ ...m, start: m.start + piece.start, end: m.end + piece.start });
    }
  }
  return out;
}

/**
 * Whole paragraphs gathered up to MAX_PIECE_CHARS (few parser calls for a normal article), with a
 * paragraph longer than that cut after a sentence stop.
 */
function pieces(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length) {
      const next = text.indexOf('\n\n', end + 1);
      const paragraphEnd = next < 0 ? text.length : next + 2;
      if (paragraphEnd - start > MAX_PIECE_CHARS && end > start) break;
      end = paragraphEnd;
    }
    if (end - start > MAX_PIECE_CHARS) {
      const stop = text.lastIndexOf('. ', start + MAX_PIECE_CHARS);
      end = stop > start ? stop + 2 : start + MAX_PIECE_CHARS;
    }
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}

function findInPiece(text: string): RawMention[] {
  const found = mergeNeighbours(text, chronoMentions(text));
  for (const extra of [...relativeMentions(text), ...yearMentions(text)]) {
    if (!found.some((m) => m.start < extra.end && extra.start < m.end)) found.push(extra);
  }
  return found.sort((a, b) => a.start - b.start);
}

function chronoMentions(text: string): RawMention[] {
  const out: RawMention[] = [];
  for (const result of DATE_PARSER.parse(text)) {
    if ([...result.tags()].some((tag) => CHRONO_SKIPPED_TAG.test(tag)) || CHRONO_RELATIVE_TEXT.test(result.text)) continue;
    const c = result.start;
    const month = c.isCertain('month') ? (c.get('month') ?? null) : null;
    const weekday = c.isCertain('weekday') ? (c.get('weekday') ?? null) : null;
    const day = c.isCertain('day') ? (c.get('day') ?? null) : null;
    const year = c.isCertain('year') ? (c.get('year') ?? null) : null;
    if (month === null && weekday === null) continue;
    // A time of day glued to a month without its day is chrono misreading a range ("1 to 3 June").
    if (c.isCertain('hour') && day === null && weekday === null) continue;
    const span = trimSpan(text, result.index, result.index + result.text.length);
    if (!span) continue;
    const words = span.text;
    const monthWords = [...words.matchAll(MONTH_WORD)];
    if (monthWords.some((w) => !/^[A-Z]/.test(w[0]))) continue;
    if (SLASH_DATE.test(words) && year === null) continue;
    if (month !== null) {
      if (day === null && year === null && /^May$/.test(words) && !MAY_CUE_BEFORE.test(text.slice(0, span.start))) {
        continue;
      }
      out.push({ ...span, kind: 'calendar', year, month, day });
    } else if (weekday !== null && FULL_WEEKDAY.test(words)) {
      out.push({ ...span, kind: 'weekday', weekday, direction: weekdayDirection(text, span.start, result.text) });
    }
  }
  return out;
}

/** Joins a weekday with its glossed date, a month with its relative year, and month alternatives. */
function mergeNeighbours(text: string, mentions: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m === undefined) continue;
    const next = mentions[i + 1];
    const gap = next ? text.slice(m.end, next.start) : '';
    if (m.kind === 'weekday' && next?.kind === 'calendar' && next.day !== null && GLOSS_OPEN.test(gap)) {
      const close = GLOSS_CLOSE.exec(text.slice(next.end));
      const end = next.end + (close ? close[0].length : 0);
      out.push({ ...next, start: m.start, end, text: text.slice(m.start, end) });
      i += 1;
      continue;
    }
    if (m.kind === 'calendar' && m.day === null && m.year === null && m.month !== null) {
      if (next?.kind === 'calendar' && next.day === null && next.year === null && MONTH_ALTERNATIVE.test(gap)) {
        out.push({ ...m, end: next.end, text: text.slice(m.start, next.end) });
        i += 1;
        continue;
      }
      const rel = MONTH_RELATIVE_YEAR.exec(text.slice(m.end));
      const which = rel?.[1]?.toLowerCase();
      if (rel && which !== undefined) {
        const end = m.end + rel[0].length;
        const offset = PERIOD_OFFSETS[which] ?? 0;
        out.push({ start: m.start, end, text: text.slice(m.start, end), kind: 'relative', unit: 'year', offset, month: m.month });
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

function relativeMentions(text: string): RawMention[] {
  const out: RawMention[] = [];
  for (const m of text.matchAll(RELATIVE_PERIOD)) {
    const offset = PERIOD_OFFSETS[(m[1] ?? '').toLowerCase()] ?? 0;
    const unit = (m[2] ?? 'year').toLowerCase() as RelativeUnit;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'relative', unit, offset, month: null });
  }
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const offset = DAY_OFFSETS[(m[1] ?? '').toLowerCase()] ?? 0;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'relative', unit: 'day', offset, month: null });
  }
  for (const m of text.matchAll(AGO)) {
    const word = (m[1] ?? '').toLowerCase();
    const count = NUMBER_WORDS[word] ?? Number(word);
    const unit = (m[2] ?? 'day').toLowerCase() as RelativeUnit;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'relative', unit, offset: -count, month: null });
  }
  return out;
}

function yearMentions(text: string): RawMention[] {
  const out: RawMention[] = [];
  for (const m of text.matchAll(BARE_YEAR)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const cued = YEAR_CUE_BEFORE.test(before) || YEAR_EVENT_AFTER.test(after);
    if (!cued || COUNT_NOUN_AFTER.test(after)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'calendar', year: Number(m[0]), month: null, day: null });
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number; text: string } | null {
  let s = start;
  let e = end;
  for (let lead = LEADING_WORD.exec(text.slice(s, e)); lead; lead = LEADING_WORD.exec(text.slice(s, e))) {
    s += lead[0].length;
  }
  const trail = TRAILING_JUNK.exec(text.slice(s, e));
  if (trail) e -= trail[0].length;
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : null;
}

/**
 * "last Friday" points back and "next Friday" forward; a bare weekday points forward when the
 * words before it announce something ("which starts on Thursday"), else back: news mostly
 * reports what happened ("said on Tuesday").
 */
function weekdayDirection(text: string, start: number, chronoText: string): WeekdayDirection {
  const modifier = /\b(last|past|next|this|coming)\s+\w+/i.exec(chronoText)?.[1]?.toLowerCase();
  if (modifier === 'last' || modifier === 'past') return 'before';
  if (modifier === 'next') return 'after';
  if (modifier === 'this' || modifier === 'coming') return 'on-or-after';
  let window = text.slice(Math.max(0, start - CUE_WINDOW), start);
  const breaks = [...window.matchAll(SENTENCE_BREAK)];
  const lastBreak = breaks[breaks.length - 1];
  if (lastBreak) window = window.slice(lastBreak.index + lastBreak[0].length);
  return FUTURE_CUE.test(window) ? 'on-or-after' : 'on-or-before';
}
