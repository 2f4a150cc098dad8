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

/** Whether a date's sentence reports what happened or announces what is to come. */
export type Tense = 'past' | 'future';
/** What the words around a date say of its time: a tense, a modal, or nothing (null). */
type ClauseTime = Tense | 'modal' | null;

export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

/** What one date phrase states, before any reference date is applied. */
export type RawDate =
  | {
      readonly kind: 'calendar';
      readonly year: number | null;
      readonly month: number | null;
      readonly day: number | null;
      /** For a date without its year: the tense of the words around it, which says which year is meant. */
      readonly tense?: Tense;
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

/**
 * A sentence break inside the cue window; cues before it belong to another sentence. The stop
 * after an initial or a title ("U.S.", "Sen.") is not one, nor a single line break: wire copy
 * wraps its lines inside sentences.
 */
const SENTENCE_BREAK = /(?<!\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|No|vs))[.!?](?:["”’]|'')?\s|\n\s*\n/g;

/**
 * Words that set the tense of a date's clause. A modal or an "-ing" form leaves it open ("would
 * visit in April", "was leaving in February" is a plan, not a past event); "-ed" forms are past
 * unless listed as future ("scheduled", "expected", "planned") or as adjectives. "set" is open:
 * "was set to leave in July" is a plan.
 */
const TENSE_FUTURE_WORDS = new Set([
  'will', 'shall', "'ll", 'due', 'scheduled', 'slated', 'expected', 'expects', 'expect', 'upcoming', 'planned',
  'next', 'coming',
  // A timetable in the present: "starts on Thursday", "runs through Nov. 5".
  'runs', 'ends', 'begins', 'starts', 'opens', 'closes', 'kicks', 'arrives', 'leaves', 'resumes', 'expires',
]);
/** Auxiliaries of the present and reporting verbs: the clause's time is open. */
const TENSE_OPEN_WORDS = new Set(['set', 'is', 'are', 'am', 'has', 'have', 'does', 'do', 'says', 'say', 'continues', 'remains']);
/** A modal leaves a month's year open ("would visit in April") but puts a weekday ahead ("could take place on Tuesday"). */
const MODAL_WORDS = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can']);
/** A past participle after these is passive or perfect ("will be held", "has been sold"): the auxiliary decides. */
const AUXILIARY_BEFORE_PARTICIPLE = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'was', 'were', 'has', 'have', 'had']);
/** A participle after these is an adjective or a noun ("a registered nurse", "a running mate"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);
/** Words scanned back from a date for its tense: further back is mostly another clause. */
const TENSE_WORDS_BACK = 12;
/** Irregular past forms, and words that put a date behind ("since", "ago", "last", "earlier"). */
const TENSE_PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'took', 'made', 'went', 'came', 'won', 'lost', 'began', 'ran', 'met',
  'left', 'gave', 'saw', 'sent', 'spent', 'wrote', 'held', 'led', 'fell', 'rose', 'struck', 'became',
  'brought', 'bought', 'built', 'caught', 'chose', 'drew', 'drove', 'fought', 'found', 'got', 'grew', 'heard',
  'hit', 'kept', 'knew', 'laid', 'lent', 'meant', 'paid', 'quit', 'sat', 'shot',
  'sold', 'spoke', 'stood', 'swore', 'taught', 'thought', 'threw', 'tore', 'withdrew', 'since',
  'ago', 'last', 'earlier',
]);
/** Words after "to" that show it is a preposition, not an infinitive marker. */
const NOT_A_VERB_AFTER_TO = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'my', 'your', 'some', 'all']);
/** Words before an infinitive that make it a plan: "supposed to leave", "going to vote", "set to retire". */
const INFINITIVE_FUTURE_LEADS = new Set([
  'supposed', 'going', 'set', 'poised', 'likely', 'ready', 'hoping', 'hopes', 'wants', 'want', 'promised', 'vowed',
  'pledged', 'plans', 'plan', 'planning', 'intends', 'aims', 'is', 'are',
]);
const ED_ADJECTIVES = new Set(['hundred', 'kindred', 'sacred', 'naked', 'wicked', 'wretched', 'rugged', 'crooked', 'beloved', 'red', 'bed', 'shed', 'wed']);
const TENSE_WORD = /[A-Za-z’']+/g;
/** How far (characters) a date's tense is looked for before it, and after it when nothing before decides. */
const TENSE_WINDOW_BEFORE = 100;
const TENSE_WINDOW_AFTER = 60;

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
      const time = year === null ? clauseTime(text, span.start, span.end) : null;
      const tense = time === 'modal' ? null : time;
      out.push({ ...span, kind: 'calendar', year, month, day, ...(tense === null ? {} : { tense }) });
    } else if (weekday !== null && FULL_WEEKDAY.test(words)) {
      out.push({ ...span, kind: 'weekday', weekday, direction: weekdayDirection(text, span, result.text) });
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
 * "last Friday" points back and "next Friday" forward; a bare weekday points forward when its
 * clause is in the future ("which starts on Thursday", "will be announced Tuesday"), else back:
 * news mostly reports what happened ("said on Tuesday").
 */
function weekdayDirection(text: string, span: { start: number; end: number }, chronoText: string): WeekdayDirection {
  const modifier = /\b(last|past|next|this|coming)\s+\w+/i.exec(chronoText)?.[1]?.toLowerCase();
  if (modifier === 'last' || modifier === 'past') return 'before';
  if (modifier === 'next') return 'after';
  if (modifier === 'this' || modifier === 'coming') return 'on-or-after';
  const time = clauseTime(text, span.start, span.end);
  return time === 'future' || time === 'modal' ? 'on-or-after' : 'on-or-before';
}

/**
 * The time of a date's clause: the nearest deciding word before it in its sentence (see
 * TENSE_FUTURE_WORDS), else the first one after it ("In April, the company announced"): a tense,
 * 'modal', or null when the words leave it open.
 */
function clauseTime(text: string, start: number, end: number): ClauseTime {
  const before = sentenceWindowBefore(text, start, TENSE_WINDOW_BEFORE);
  const words = [...before.matchAll(TENSE_WORD)].map((m) => m[0]);
  // "the March incident", "ahead of the Jan. 3 caucuses": the date names a thing, not the clause's time.
  if (words[words.length - 1]?.toLowerCase() === 'the') return null;
  if (/\b(?:is|are)\s+on\s+$/i.test(before)) return 'future';
  for (let i = words.length - 1; i >= Math.max(0, words.length - TENSE_WORDS_BACK); i--) {
    // "followed by the House on Thursday" lists, it does not date.
    if (words[i] === 'followed' && words[i + 1] === 'by') continue;
    const decided = words[i] === 'to' ? infinitiveTense(words, i) : wordTense(words[i]!, words[i - 1], words[i + 1]);
    if (decided !== undefined) return decided;
  }
  if (/[A-Za-z]/.test(before)) return null;
  let after = text.slice(end, end + TENSE_WINDOW_AFTER);
  const stop = after.matchAll(SENTENCE_BREAK).next().value;
  if (stop !== undefined) after = after.slice(0, stop.index);
  const following = [...after.matchAll(TENSE_WORD)].map((m) => m[0]);
  for (let i = 0; i < following.length; i++) {
    const decided = wordTense(following[i]!, following[i - 1], following[i + 1]);
    if (decided !== undefined) return decided;
  }
  return null;
}

/**
 * "to" before a verb leaves the time to the word before it: "expected to leave in July" is
 * future, "went on to pull out in May" past, "agreed to step down in February" open. Before
 * anything else ("went to Paris in May") it says nothing.
 */
function infinitiveTense(words: readonly string[], at: number): ClauseTime | undefined {
  const next = words[at + 1];
  if (next === undefined || !/^[a-z]/.test(next) || NOT_A_VERB_AFTER_TO.has(next)) return undefined;
  const lead = words[at - 1]?.toLowerCase();
  if (lead === undefined) return null;
  // "had planned to sleep late on Monday": a plan given up, not one still ahead.
  if (words[at - 2]?.toLowerCase() === 'had') return null;
  if (TENSE_FUTURE_WORDS.has(lead) || INFINITIVE_FUTURE_LEADS.has(lead)) return 'future';
  if (lead === 'on' && words[at - 2]?.toLowerCase() === 'went') return 'past';
  return null;
}

/** The sentence's words up to `start`, at most `chars` of them. */
function sentenceWindowBefore(text: string, start: number, chars: number): string {
  let window = text.slice(Math.max(0, start - chars), start);
  const breaks = [...window.matchAll(SENTENCE_BREAK)];
  const lastBreak = breaks[breaks.length - 1];
  if (lastBreak) window = window.slice(lastBreak.index + lastBreak[0].length);
  return window;
}

/**
 * A word's say on the time of its clause, given its neighbours: past, future, a modal, null when
 * it leaves the time open, undefined when it says nothing.
 */
function wordTense(word: string, previous: string | undefined, next: string | undefined): ClauseTime | undefined {
  const w = word.toLowerCase().replace(/’/g, "'");
  // "could not be determined Wednesday" reports a failure; "would not withdraw on Friday" a refusal ahead.
  if (word === w && MODAL_WORDS.has(w)) return w === 'could' && next === 'not' ? null : 'modal';
  const before = previous?.toLowerCase();
  if (TENSE_FUTURE_WORDS.has(w)) return 'future';
  if (TENSE_OPEN_WORDS.has(w)) return null;
  if (word !== w && !TENSE_PAST_WORDS.has(w)) return undefined;
  const adjective = before !== undefined && DETERMINERS.has(before);
  if (/[a-z]{2,}ing$/.test(w)) return adjective ? undefined : null;
  const past = TENSE_PAST_WORDS.has(w) || (/[a-z]{2,}ed$/.test(w) && !ED_ADJECTIVES.has(w) && !/[^r]eed$/.test(w));
  if (!past) return undefined;
  if (adjective || (before !== undefined && AUXILIARY_BEFORE_PARTICIPLE.has(before))) return undefined;
  return 'past';
}
