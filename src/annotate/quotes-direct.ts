/**
 * Attributes each quoted span: a direct quote with its speaker before or after the marks, a partial
 * quote attributed by a speech or view verb in its sentence, an unattributed quote paragraph that
 * continues the previous speaker, or nothing (scare quotes, titles, names in quotes).
 */
import type { QuoteKind, QuoteStance } from '../types.js';
import { type QuoteContext, sentenceIndexAt } from './quotes-context.js';
import { findCues, type CueMatch } from './quotes-cues.js';
import { PARTY_TAGS, SUBJECT_FORMS } from './quotes-lexicon.js';
import type { MarkSpan } from './quotes-marks.js';
import { apposedPerson } from './quotes-appositives.js';
import type { SpeakerCandidate } from './quotes-candidates.js';
import { closesInverted, introducedSpeaker, invertedAsideSpeaker, openingClauseSubject, precedingSpeaker, signedSpeaker, speakerAfter, speakerBefore } from './quotes-speakers.js';

/** A quote found but not yet given a resolved speaker. */
export interface QuoteDraft {
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly speaker: SpeakerCandidate | null;
  readonly cue: string | null;
  readonly explicit: boolean;
  /** How a quote without attribution of its own takes a speaker: from its run-on chain or the previous quote. */
  readonly implied: 'continuation' | null;
  readonly mark: MarkSpan | null;
  /** Set on attributions of beliefs and speech acts; quotes of speech leave it out. */
  readonly stance?: QuoteStance;
}

/** How far after the closing mark the speaker-and-cue tail may reach ("…," Foreign Ministry spokesman Lu Kang said). */
const MAX_AFTER_CHARS = 90;
/** How long a sentence naming the speaker between two quoted pieces may be ("said X, a professor at …, adding."). */
export const MAX_ATTRIBUTION_CHARS = 240;
/** How many words may sit between a cue and an opening mark for a capitalised quote to be direct ("told the press conference"). */
const MAX_CUE_TO_MARK_WORDS = 8;
/** A short sentence after a quote may be its attribution when the splitter cut after the mark ("…allies.” Pang said."). */
const MAX_SPLIT_TAIL_WORDS = 8;
/** The inverted order names the speaker after the cue ("…," said Pang). */
const INVERTED_CUE = /^\s*,?\s*(said|says|added|adds|noted|wrote|asked|told|explained|continued|insisted|stressed|warned|recalled|replied|responded|argued|acknowledged|conceded|countered|declared|observed|remarked|admitted|tweeted|quipped|retorted|joked|remembered|explains|notes|recalls|cautioned|predicted|maintained|contended)\s+/i;
const ACCORDING_AFTER = /^\s*,?\s*(according\s+to)\s+/i;
/** A period that ends an honorific or initial, not a sentence ("Mr. Rhodes said", "Donald J. Trump said"). */
const ABBREVIATION_PERIOD = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Jr|Sr|St|[A-Z])\./g;
/** Punctuation a direct quote's introducer ends with ("X said, "). */
const INTRODUCER_END = /[,:\u2014\u2013-]$/;
/** Text a quote-only paragraph may hold besides its quotes. */
const ONLY_PUNCTUATION = /^[\s.,;:!?\u2014\u2013-]*$/;

interface Attribution {
  readonly speaker: SpeakerCandidate | null;
  readonly cue: string;
}

/** After the cue of an attribution that follows a quote ending its own sentence: at most a few words, then the stop ("… Gray said on Monday."). */
const SHORT_ATTRIBUTION_REST = /^(?:\s+[\p{L}\d'’.-]+){0,4}\s*(?:[.,;!?]|$)/u;

/**
 * Verbs that report speech only right after a quote ("“…,” Kelly charged", "“…,” he quipped"): as
 * cues anywhere they would read "charged a fee" or "joked about" as reported words.
 */
const QUOTE_ONLY_CUE = /^[^.;!?“”"]{1,60}?\s(charged|quipped|joked|retorted|fumed|snapped|scoffed|mused|shot back)\b/;

/** A verb of `QUOTE_ONLY_CUE` after a closing mark, as a finite cue; undefined when there is none. */
function quoteOnlyCue(ctx: QuoteContext, from: number, to: number): CueMatch | undefined {
  const m = QUOTE_ONLY_CUE.exec(ctx.text.slice(from, Math.min(to, from + MAX_AFTER_CHARS)));
  if (m === null) return undefined;
  const start = from + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, text: m[1]!, form: 'finite' };
}

function attributionAfter(ctx: QuoteContext, from: number, to: number, closesSentence = false): Attribution | null {
  const tail = ctx.text.slice(from, to);
  const according = ACCORDING_AFTER.exec(tail);
  if (according !== null) {
    return { speaker: speakerAfter(ctx, from + according[0].length, to), cue: 'according to' };
  }
  const inverted = INVERTED_CUE.exec(tail);
  if (inverted?.[1] !== undefined) {
    const speaker = speakerAfter(ctx, from + inverted[0].length, to);
    if (speaker !== null && closesInverted(ctx, speaker.end)) return { speaker: apposedPerson(ctx, speaker, to) ?? speaker, cue: inverted[1].toLowerCase() };
  }
  // The wire's passive, "…,'' Habibie was quoted as saying", and its active, "…,'' the Bernama news
  // agency quoted Mahathir as saying": the one quoted speaks, not the agency quoting.
  const window = ctx.text.slice(from, Math.min(to, from + MAX_AFTER_CHARS));
  // No sentence ends between the quote's mark and `end` (a comma and the mark's own stop aside; an abbreviation's period is none).
  const unbroken = (end: number): boolean => !/[.;!?]/.test(ctx.text.slice(from, end).replace(/^[\s,.!?]+/, '').replace(PARTY_TAGS, '').replace(ABBREVIATION_PERIOD, ''));
  const passive = QUOTED_AS_SAYING.exec(window);
  if (passive !== null && unbroken(from + passive.index)) {
    const speaker = speakerBefore(ctx, from, from + passive.index, 'finite', false);
    if (speaker !== null) return { speaker, cue: 'quoted as saying' };
  }
  const active = QUOTED_SOMEONE_AS_SAYING.exec(window);
  if (active?.[1] !== undefined && unbroken(from + active.index)) {
    const start = from + active.index + active[0].indexOf(active[1]);
    // "quoted him as saying": the object pronoun stands for the one quoted as "he" would.
    const speaker = speakerAfter(ctx, start, start + active[1].length)
      ?? (SUBJECT_FORMS.has(active[1].toLowerCase()) ? { start, end: start + active[1].length, text: active[1], kind: 'pronoun' as const, name: null } : null);
    if (speaker !== null) return { speaker, cue: 'quoted as saying' };
  }
  const cue = findCues(ctx, from, Math.min(to, from + MAX_AFTER_CHARS)).find((c) => c.form === 'finite') ?? quoteOnlyCue(ctx, from, to);
  if (cue === undefined) return null;
  if (!unbroken(cue.start)) return null;
  // A quote that ends its own sentence ("… conditions.”) is attributed after it only by a short
  // sentence ("Campbell said."); "Gray said about 56 sailors had been winched …" reports anew.
  // The rest is read to the end of the cue's sentence: a quote opening later in it ("Russia insisted
  // that Pyongyang “stop …”") makes the sentence a report of its own, not a short attribution.
  const cueSentence = ctx.sentences[sentenceIndexAt(ctx, cue.start)];
  if (closesSentence && !SHORT_ATTRIBUTION_REST.test(ctx.text.slice(cue.end, Math.max(to, cueSentence?.end ?? to)))) return null;
  const speaker = speakerBefore(ctx, from, cue.start, 'finite', false);
  return speaker === null ? null : { speaker, cue: cue.text };
}

function attributionBefore(ctx: QuoteContext, clauseStart: number, cue: CueMatch, mark: MarkSpan): Attribution {
  // An inverted attribution set off by commas inside the clause: "Her comments, said Josh Earnest, the White House press secretary, are “…”".
  const inverted = invertedAsideSpeaker(ctx, clauseStart, cue, mark.open);
  if (inverted !== null) return { speaker: inverted, cue: cue.text };
  const speaker = cue.form === 'according' ? speakerAfter(ctx, cue.end, mark.open) : speakerBefore(ctx, clauseStart, cue.start, cue.form, true);
  const opening = speaker === null && cue.form === 'participle' && mark.closed ? openingClauseSubject(ctx, clauseStart, cue.start, mark.close + 1) : null;
  return { speaker: speaker ?? opening, cue: cue.text };
}

/** The attribution of a quote opening its sentence, named where it is introduced (a transcript label, a sentence ending with a colon). */
function introduced(ctx: QuoteContext, mark: MarkSpan): Attribution | null {
  const signed = mark.closed ? signedSpeaker(ctx, mark.close) : null;
  if (signed !== null) return { speaker: signed, cue: '-' };
  const found = introducedSpeaker(ctx, mark.open, mark.start);
  return found === null ? null : { speaker: found.speaker, cue: found.cue ?? ':' };
}

/** The end of the text after a closing mark that may carry its attribution. */
function tailEnd(ctx: QuoteContext, mark: MarkSpan, next: MarkSpan | undefined): number {
  const index = sentenceIndexAt(ctx, mark.close);
  const here = ctx.sentences[index];
  let end = here?.end ?? mark.close + 1;
  const following = ctx.sentences[index + 1];
  if (end <= mark.close + 1 && following !== undefined && following.paragraph === here?.paragraph && following.text.split(/\s+/).length <= MAX_SPLIT_TAIL_WORDS) {
    end = following.end;
  }
  return next !== undefined && next.paragraph === mark.paragraph ? Math.min(end, next.open) : end;
}

function quoteOnlyParagraph(ctx: QuoteContext, paragraph: number): boolean {
  const para = ctx.paragraphs.find((p) => p.index === paragraph);
  if (para === undefined) return false;
  let rest = '';
  let cursor = para.start;
  for (const m of ctx.marks.filter((mark) => mark.paragraph === paragraph)) {
    rest += ctx.text.slice(cursor, m.open);
    cursor = Math.min(para.end, m.close + 1);
  }
  rest += ctx.text.slice(cursor, para.end);
  return ONLY_PUNCTUATION.test(rest);
}

/** A view verb frames only the phrase right after it ("called it", "views as", "described the talks as"). */
const VIEW_TO_MARK = /^\s*(?:(?:it|them|him|her|this|that|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+)?(?:as\s+)?$/iu;
/** Words shorter than this may stay lower case in a title ("Made in China"). */
const TITLE_SMALL_WORD = 4;

/** A word of a title, and a capital at the start. */
const TITLE_WORD = /\p{L}[\p{L}’'-]*/gu;
const STARTS_UPPER = /^\p{Lu}/u;

/** Every longer word capitalised: a name or title in quotes ("One Belt, One Road"), not someone's words. */
function isTitleCase(words: string): boolean {
  const tokens = words.match(TITLE_WORD) ?? [];
  return tokens.some((t) => STARTS_UPPER.test(t)) && tokens.every((t) => t.length < TITLE_SMALL_WORD || STARTS_UPPER.test(t));
}

/** Words a quoted name or title runs to at most ("Today", "Fox News Sunday", "Meet the Press"). */
const MAX_TITLE_WORDS = 4;
/** Stops and commas: a title in quote marks has none, a spoken sentence ("Yes," he said) has. */
const SENTENCE_MARK = /[.,;:!?]/;
/** The small words a title leaves in lower case ("Meet the Press", "Coal Isn't the Villain"). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'or']);
/** A title, a colon and a subtitle, each of capitalised words, and no other stop or comma. */
const SUBTITLED = /^\p{Lu}[^.,;!?:]*:\s+\p{Lu}[^.,;!?:]*$/u;
const MAX_SUBTITLED_WORDS = 16;
/** One comma or stop ending the words inside the marks. */
const TRAILING_STOP = /[.,]$/;
/** A capitalised word of a title's length ("Today"; not "It" of “It is”). */
const LONG_CAPITALISED = /\p{Lu}\p{L}{3,}/u;

/** A title's word: capitalised, one of the small words a title leaves in lower case, or "&" ("Fox & Friends"). */
function isTitleWord(word: string): boolean {
  return STARTS_UPPER.test(word) || TITLE_SMALL_WORDS.has(word) || word === '&';
}

/** A word naming a work right before its title's opening mark ("his book ", "the film ", "a column titled ", "an episode of ", "an appearance on the ", "Fox News' "). */
const WORK_BEFORE = /\b(?:book|books|film|movie|song|album|show|series|column|essay|memoir|novel|play|documentary|titled|entitled|podcast|poem|op-ed|episode of|edition of|appearance on(?:\s+the)?|(?:News|Network|CNN|MSNBC|NBC|ABC|CBS|PBS|NPR|Fox|BBC|HBO)(?:['’]s?|s['’]))\s*,?\s*$/i;
/** "Asked" and a few words opening the sentence right before a quote: the question put to someone ("Asked point-blank, "). */
const ASKED_OPENING = /^Asked(?:\s+[\p{Ll}-]+){0,3}\s*,$/u;
/** A label's name right before its words' opening mark ("the subject line, ", "the hashtag "). */
const LABEL_BEFORE = /\b(?:subject\s+line|subject\s+heading|hashtag|headline|caption)\s*[,:]?\s*$/i;
/** How many words a label may have. */
const MAX_LABEL_WORDS = 12;
/** How many words a work's title named as one may have. */
const MAX_WORK_TITLE_WORDS = 12;

/** A work's title: every word capitalised but a title's small words, a stop or comma at its end only, and at most `MAX_WORK_TITLE_WORDS` words. */
function isWorkTitle(inside: string): boolean {
  const bare = inside.trim().replace(/[.,]$/, '');
  const words = bare.split(/\s+/);
  return words.length <= MAX_WORK_TITLE_WORDS && !/[.;!?]/.test(bare.replace(/\b\p{Lu}\p{Ll}{0,3}\./gu, '')) && words.every((w) => isTitleWord(w) || /^[\d:,'’-]/.test(w));
}

/** The text between a span's marks, either mark of two characters ("``…''") taken whole. */
function textBetweenMarks(text: string, mark: MarkSpan): string {
  const open = text[mark.open + 1] === text[mark.open] && (text[mark.open] === '`' || text[mark.open] === "'") ? mark.open + 2 : mark.open + 1;
  const close = text[mark.close - 1] === "'" && text[mark.close] === "'" ? mark.close - 1 : mark.close;
  return text.slice(open, close);
}

/**
 * A show, book or slogan named in quote marks ("told NBC's “Today” show"): a few title-case words,
 * one at least of title length, with no stop or comma inside the marks. It is a name, never a
 * quote, even right after a cue.
 */
function isQuotedTitle(inside: string): boolean {
  // American style puts the sentence's comma or stop inside the marks (on Fox's “America’s Newsroom.”):
  // after a title of two words or more, one such mark is not the title's own.
  // Then every word is capitalised but a title's small words, which a spoken "They sue," or "Neither do I." is not.
  const trimmed = inside.trim();
  const stopped = TRAILING_STOP.test(trimmed);
  const bare = stopped ? trimmed.slice(0, -1) : trimmed;
  const words = bare.split(/\s+/);
  if (stopped && (words.length < 2 || !words.every(isTitleWord))) return false;
  // A book's title and subtitle ("Competing on Internet Time: Lessons From Netscape and Its Battle With Microsoft").
  if (SUBTITLED.test(bare) && words.length <= MAX_SUBTITLED_WORDS) return words.every(isTitleWord);
  return !SENTENCE_MARK.test(bare) && words.length <= MAX_TITLE_WORDS && LONG_CAPITALISED.test(bare) && isTitleCase(bare);
}

/** Whether a mid-sentence quoted phrase is someone's words rather than a name or scare quote. */
function partialFits(ctx: QuoteContext, mark: MarkSpan, cue: CueMatch | undefined): boolean {
  if (isTitleCase(ctx.text.slice(mark.start, mark.end))) return false;
  if (cue === undefined || cue.form !== 'view') return true;
  return VIEW_TO_MARK.test(ctx.text.slice(cue.end, mark.open));
}

/**
 * A quote opening a sentence right after an attributed quote of the same paragraph carries on the
 * same speaker ("…," Rubio said. "Here's a good deal …").
 */
function followsAttributedQuote(drafts: readonly QuoteDraft[], mark: MarkSpan, before: string): boolean {
  const last = drafts[drafts.length - 1];
  if (before !== '' || last?.mark == null || last.mark.paragraph !== mark.paragraph || last.kind !== 'direct') return false;
  // Only the attribution may sit between the two quotes, not a sentence of the writer's own; a long
  // attribution ("said James Lewis, an expert at …, via email.") is one when it names the speaker.
  const gap = mark.open - last.mark.close;
  const named = last.speaker !== null && last.speaker.start > last.mark.close && last.speaker.end < mark.open;
  return gap <= MAX_AFTER_CHARS || (named && gap <= MAX_ATTRIBUTION_CHARS);
}

/** The passive attribution after a quote, from the auxiliary on ("… was quoted as saying", "… were quoted by Xinhua as saying"). */
const QUOTED_AS_SAYING = /\s(?:was|were|is|are|has been|had been)\s+(?:also\s+)?quoted\s+(?:by\s+[^.,;]{1,40}?\s+)?as\s+saying\b/;

/** The active form: who quoted whom ("the Bernama news agency quoted Mahathir as saying", "ITAR-Tass quoted him Sunday as saying"); the group is the one quoted. */
const QUOTED_SOMEONE_AS_SAYING = /\squoted\s+((?!as\b)[^.,;:]{1,60}?)\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?as\s+saying\b/u;

/** Nothing after a closing mark but the sentence's stop. */
const ENDS_AT_MARK = /^[\s.!?]*$/;

/** Speaker kinds that may be a participle's own subject. */
const SUBJECT_LIKE = new Set<string>(['person', 'pronoun', 'description', 'group']);

/** Drafts one quote per attributed (or continuing) mark span, in text order. */
export function findMarkedQuotes(ctx: QuoteContext): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  ctx.marks.forEach((mark, i) => {
    const prev = ctx.marks[i - 1];
    const next = ctx.marks[i + 1];
    const sentence = ctx.sentences[sentenceIndexAt(ctx, mark.open)];
    let clauseStart = sentence !== undefined && sentence.paragraph === mark.paragraph ? Math.min(sentence.start, mark.open) : mark.open;
    // A quote before it in the paragraph ends the clause; a mark no draft took (a scare quote, a title) does not.
    const previousDraft = prev !== undefined && prev.paragraph === mark.paragraph && prev.close < mark.open && out[out.length - 1]?.mark === prev ? out[out.length - 1] : undefined;
    const clipped = previousDraft !== undefined && prev!.close + 1 > clauseStart;
    if (clipped) clauseStart = prev!.close + 1;
    const before = ctx.text.slice(clauseStart, mark.open).trim();
    const cues = findCues(ctx, clauseStart, mark.open);
    const lastCue = cues[cues.length - 1];
    const wordsAfterCue = lastCue === undefined ? Infinity : ctx.text.slice(lastCue.end, mark.open).split(/\s+/).filter(Boolean).length;
    const capital = /^\p{Lu}/u.test(ctx.text[mark.start] ?? '');
    const speechCue = lastCue !== undefined && lastCue.form !== 'view';
    const direct = before === '' || INTRODUCER_END.test(before) || (capital && speechCue && wordsAfterCue <= MAX_CUE_TO_MARK_WORDS);
    const after = mark.closed ? attributionAfter(ctx, mark.close + 1, tailEnd(ctx, mark, next), ctx.text[mark.end - 1] === '.') : null;
    if (mark.closed && isQuotedTitle(textBetweenMarks(ctx.text, mark))) return;
    // "according to his book ''The Art of the Deal.''", "In his 2002 book, ''Make Your Kid a Millionaire,''": a work's title after the word naming the work.
    if (mark.closed && WORK_BEFORE.test(ctx.text.slice(Math.max(0, mark.open - 30), mark.open)) && isWorkTitle(textBetweenMarks(ctx.text, mark))) return;
    // "an e-mail with the subject line, “conference call.”": a label's few words, no one's quote.
    if (mark.closed && LABEL_BEFORE.test(ctx.text.slice(Math.max(0, mark.open - 30), mark.open)) && textBetweenMarks(ctx.text, mark).trim().split(/\s+/).length <= MAX_LABEL_WORDS) return;
    if (!direct && !partialFits(ctx, mark, after !== null ? undefined : lastCue)) return;
    // "Asked point-blank, “Is that picture you?” Weiner replied": the question is the unnamed asker's, not the one who replies.
    let attribution = ASKED_OPENING.test(before) ? { speaker: null, cue: 'asked' }
      : after ?? (lastCue !== undefined ? attributionBefore(ctx, clauseStart, lastCue, mark) : before === '' ? introduced(ctx, mark) : null);
    // A participle after an earlier quote of the sentence hangs on that quote's speaker, not on a name in between
    // ("Clapper insisted that the government “…” of telephone and Internet providers, saying …").
    const earlier = clipped ? previousDraft.speaker : null;
    if (earlier !== null && (SUBJECT_LIKE.has(earlier.kind) || earlier.kind === 'name') && attribution !== null && attribution !== after
      && lastCue?.form === 'participle' && !SUBJECT_LIKE.has(attribution.speaker?.kind ?? 'none')) {
      attribution = { speaker: earlier, cue: attribution.cue };
    }
    let end = mark.end;
    if (!direct) {
      // In a partial quote the final stop belongs to the enclosing sentence.
      while (end > mark.start && /[.,;:]/.test(ctx.text[end - 1] ?? '')) end -= 1;
    }
    if (attribution !== null) {
      out.push({ kind: direct ? 'direct' : 'partial', start: mark.start, end, speaker: attribution.speaker, cue: attribution.cue, explicit: attribution.speaker !== null, implied: null, mark });
    } else if (direct && (!mark.closed || mark.continues || quoteOnlyParagraph(ctx, mark.paragraph) || followsAttributedQuote(out, mark, before))) {
      // A quote paragraph after a sentence reporting someone's words goes on with that speaker.
      const speaker = quoteOnlyParagraph(ctx, mark.paragraph) ? precedingSpeaker(ctx, mark.open) : null;
      out.push({ kind: 'direct', start: mark.start, end, speaker, cue: null, explicit: false, implied: 'continuation', mark });
    } else if (direct && before === '' && mark.closed && sentence !== undefined && ENDS_AT_MARK.test(ctx.text.slice(mark.close + 1, Math.max(mark.close + 1, sentence.end)))) {
      // A quote that is a whole sentence right after one reporting someone's words goes on with that
      // speaker; words after it ("…,'' Hariri was quoted as saying") are an attribution no rule read.
      const speaker = precedingSpeaker(ctx, mark.open, true);
      if (speaker !== null) out.push({ kind: 'direct', start: mark.start, end, speaker, cue: null, explicit: false, implied: 'continuation', mark });
    }
  });
  return out;
}
