/** Finds cue verbs and phrases ("said", "according to", "views as") outside quote marks. */
import { type QuoteContext, cachedPerRange, insideMarks } from './quotes-context.js';
import { FINITE_CUES, PARTICIPLE_CUES, PARTICIPLE_CUE_SET, VIEW_CUES, alternation } from './quotes-lexicon.js';
import type { CueForm } from './quotes-candidates.js';

/** One cue occurrence. */
export interface CueMatch {
  readonly start: number;
  readonly end: number;
  /** The cue as written, spaces normalised ("views as"). */
  readonly text: string;
  readonly form: CueForm;
}

const FINITE = new Set<string>(FINITE_CUES);
const VIEW = new Set<string>(VIEW_CUES);
const STARTS_UPPER = /^\p{Lu}/u;

/** All cues, longest first so "views as" wins over a shorter overlapping cue. */
const CUE_RE = new RegExp(`\\b(?:according\\s+to|${alternation([...VIEW_CUES, ...FINITE_CUES, ...PARTICIPLE_CUES])})\\b`, 'gi');
/** A passive cue reports no speaker ("He is said to have", "it was announced that"). */
const PASSIVE_BEFORE = /\b(?:is|was|are|were|be|been|being|it's|it’s)\s+(?:\w+ly\s+|further\s+|also\s+|widely\s+|not\s+)*$/i;
/**
 * "said to have", "agreed to call": an infinitive makes the verb something other than a report. A
 * capitalised word after "to" is a name, the one spoken to ("said to People", "wrote to Obama").
 */
const INFINITIVE_AFTER = /^\s+to\s+(?!(?:reporters|journalists|the|a|an|his|her|their|him|them|us|me)\b)/i;
const NAME_AFTER_TO = /^\s+to\s+\p{Lu}/u;
/** Cues whose infinitive is what they report: a vow or pledge ("vowed to “clarify” the language"). */
const TAKES_INFINITIVE = new Set(['vowed', 'pledged', 'urged']);
/**
 * "Needless to say", "suffice it to say", "it's fair to say": set phrases of the writer's own voice,
 * not a report of someone's words (without this, "Needless" was read as a speaker).
 */
const SET_PHRASE_BEFORE = /\b(?:needless|suffice(?:\s+it)?|that\s+is|safe|fair|sad|strange|hard|true)\s+to\s+$/i;

/** A determiner or possessive right before a word: the word is a noun. */
const DETERMINER_BEFORE_CUE = /\b(?:the|a|an|his|her|their|its|our|my|your|these|those)\s+$/i;
/** Before "writing" as a participle: a comma or dash, a name, or a conjunction or adverb ("…, writing", "Trump writing", "while writing"). */
const WRITING_PARTICIPLE_BEFORE = /(?:[,;:\u2014\u2013-]|\p{Lu}[\p{L}.'’-]*|\b(?:while|before|after|by|when|and|also|then|later|even|again|\p{Ll}+ly))\s*$/u;

/** Cues that are also plural nouns ("the two states", "initial reports", "notes written in the margins"). */
const PLURAL_NOUN_CUES = new Set(['states', 'reports', 'notes', 'claims']);
/**
 * Before such a cue, words that make it the noun: a determiner, number or quantifier, a preposition,
 * or an adjective that qualifies states ("The other states", "Rust Belt states", "in states").
 */
const PLURAL_NOUN_BEFORE = /(?:^|[^\p{L}])(?:the|two|three|four|five|six|few|other|many|most|some|all|several|these|those|such|both|their|his|her|its|our|initial|recent|new|battleground|swing|border|member|early|key|red|blue|neighboring|southern|northern|eastern|western|midwestern|coastal|soviet|belt|gulf|united|to|in|across|of|and|\d+)\s+$/iu;

function formOf(cue: string): CueForm {
  if (cue.startsWith('according')) return 'according';
  if (VIEW.has(cue)) return 'view';
  if (PARTICIPLE_CUE_SET.has(cue)) return 'participle';
  return FINITE.has(cue) ? 'finite' : 'view';
}

/** Cues in `[from, to)` outside quote marks, passives and infinitives left out (a fresh array the caller may change). */
export const findCues = cachedPerRange(scanCues);

function scanCues(ctx: QuoteContext, from: number, to: number): CueMatch[] {
  const out: CueMatch[] = [];
  const region = ctx.text.slice(from, to);
  // `exec` on the shared global pattern (it never matches empty, and nothing below reads it): the same matches as `matchAll`, without its copy of the pattern and iterator.
  CUE_RE.lastIndex = 0;
  for (let match = CUE_RE.exec(region); match !== null; match = CUE_RE.exec(region)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (insideMarks(ctx, start)) continue;
    // A capitalised cue mid-sentence is a name or title ("Says" in a headline is rare and harmless).
    if (STARTS_UPPER.test(match[0]) && !match[0].startsWith('According')) continue;
    if (PASSIVE_BEFORE.test(ctx.text.slice(Math.max(0, start - 40), start))) continue;
    const after = ctx.text.slice(end, end + 30);
    if (INFINITIVE_AFTER.test(after) && !NAME_AFTER_TO.test(after) && !TAKES_INFINITIVE.has(match[0].toLowerCase())) continue;
    if (SET_PHRASE_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start))) continue;
    // After a determiner a verb of opinion is a noun ("the terms of Nobel's will", "his calls").
    if (VIEW.has(match[0].toLowerCase()) && DETERMINER_BEFORE_CUE.test(ctx.text.slice(Math.max(0, start - 8), start))) continue;
    if (PLURAL_NOUN_CUES.has(match[0]) && PLURAL_NOUN_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start))) continue;
    // "writing" is also a noun ("recognize writing that works"): a participle of it follows a comma, a dash, a name or a conjunction.
    if (match[0] === 'writing' && !WRITING_PARTICIPLE_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start))) continue;
    const text = match[0].toLowerCase().replace(/\s+/g, ' ');
    out.push({ start, end, text, form: formOf(text) });
  }
  return out;
}
