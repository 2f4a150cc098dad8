/**
 * Indirect speech: "X said (that) …", "X told reporters that …", "Li agreed, saying …",
 * "According to X, …". The quote span is the reported clause, from after the cue (and "that") to
 * the end of the sentence.
 */
import type { Sentence } from '../types.js';
import { type QuoteContext, insideMarks, trimClause } from './quotes-context.js';
import { findCues, type CueMatch } from './quotes-cues.js';
import type { QuoteDraft } from './quotes-direct.js';
import { findAttitudes } from './quotes-attitude.js';
import { INDIRECT_CUES } from './quotes-lexicon.js';
import { findCandidates, type SpeakerCandidate } from './quotes-candidates.js';
import { invertedAsideSpeaker, speakerAfter, speakerBefore } from './quotes-speakers.js';
import { trailingAttribution } from './quotes-trailing.js';

/** A reported clause shorter than this is a fragment, not a claim ("he said so"). */
const MIN_CLAUSE_WORDS = 3;
/** The listener of "told": a few words, then "that" or the clause ("told reporters that", "told The Star-Ledger of Newark last week she …"). */
const TOLD_OBJECT = /^\s+(?:reporters|journalists|the\s+press|the\s+media|parliament|lawmakers|him|her|them|us|me|(?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,3}(?:\s+of\s+[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2})?)(?:\s+on\s+\p{Lu}\p{L}+(?:\s+\d{1,2}\b)?|\s+(?:last|this)\s+(?:week|month|year|night|\p{Lu}\p{L}+day))?\b/u;
/** A longer listener phrase needs "that" to end it ("told a cheering crowd in West Virginia that"). */
const TOLD_PHRASE_THAT = /^(?:\s+(?!that\b)[\p{L}\d’'".“”-]+){1,14}?(?=\s+that\b)/u;
/** A time or place phrase between cue and "that" ("reported on May 15 that"). */
const PHRASE_THEN_THAT =
  /^\s+(?:on|in|at|during|after|before|last|this|earlier|later|late|yesterday|today|to)\b(?:\s+(?!(?:would|will|could|was|is|were|has|had|have|might|should)\b)[\p{L}\d’'-]+){0,5}?\s+that\b/iu;
/** After the cue these words start a phrase, not a reported clause. */
const PREPOSITION_START = /^\s*(?:on|in|at|during|after|before|about|with|by|from|for|of|to|as|earlier|later)\b/i;
/** Cues that report a clause only with "that": without it they mean something else ("maintained ties"). */
const NEEDS_THAT = new Set(['maintained', 'observed', 'confirmed', 'confirms', 'reported', 'reports', 'agreed', 'denied', 'acknowledged', 'admitted', 'predicted', 'suggested', 'suggests', 'concluded', 'recalled', 'announced', 'announces', 'explained', 'explains', 'declared', 'responded', 'replied', 'remarked', 'noted', 'notes', 'noting']);
/** A clause opening with a quote mark or a comma is a direct quote's introducer. */
const NOT_A_CLAUSE = /^\s*(?:[,:;.!?"“”‘'(\u2014\u2013-]|$)/;
const THAT = /^\s+that\b/i;
/** "that" and then a verb: a demonstrative subject. */
const THAT_AS_SUBJECT = /^\s+that\s+(?:is|was|were|are|has|had|will|would|could|should|may|might|must|can|does|did|isn[’']t|wasn[’']t|won[’']t|wouldn[’']t|doesn[’']t|didn[’']t)\b/i;
const ACCORDING_FIRST = /^(?:(?:But|And|Yet|So)\s+)?according\s+to\s+/i;
/** "according to" set off by commas inside the sentence, words before and after it. */
const ACCORDING_MIDDLE = /\S,\s+according\s+to\s+([^,]+?),\s+\S/i;
const ACCORDING_LAST = /,\s+according\s+to\s+([^,]+?)[.!?]?$/i;

/** "Name: content" opening a paragraph (a headline or transcript line): up to four capitalised words, then the words attributed. */
const NAME_COLON = /^((?:\p{Lu}[\p{L}’'.-]*)(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}):\s+(?=\S)/u;
/** Labels before a colon that name a section, not a source. */
const NOT_A_SOURCE = /^(?:WATCH|VIDEO|UPDATE|UPDATED|BREAKING|EXCLUSIVE|PHOTOS?|READ|RELATED|NOTE|EDITOR|SOURCE|CLICK|ABSTRACT|FULL TEXT|LISTEN|Related|Note|Editor|Update|Watch|Video|Photo|Photos|Read|Source|Click|Listen|Opinion|Analysis|Review|Correction)\b/;

/** A paragraph opening "Sanders: Brexit’s message could draw Trump support" attributes the rest to its source. */
export function nameColon(ctx: QuoteContext, sentence: Sentence): QuoteDraft | null {
  const para = ctx.paragraphs.find((p) => p.index === sentence.paragraph);
  if (para === undefined || para.start !== sentence.start) return null;
  const match = NAME_COLON.exec(sentence.text);
  if (match === null || NOT_A_SOURCE.test(match[1] ?? '')) return null;
  const speaker = sourceWords(ctx, sentence.start, sentence.start + (match[1] ?? '').length);
  const clause = speaker === null ? null : trimClause(ctx, sentence.start + match[0].length, para.end, MIN_CLAUSE_WORDS);
  if (speaker === null || clause === null) return null;
  return { kind: 'indirect', start: clause.start, end: clause.end, speaker, cue: ':', explicit: true, implied: null, mark: null };
}

/** The words `[from, to)` as one speaker candidate: a mention or capitalised words filling the span. */
export function sourceWords(ctx: QuoteContext, from: number, to: number): SpeakerCandidate | null {
  const cands = findCandidates(ctx, from, to);
  const whole = cands.find((c) => c.start === from && c.end === to);
  if (whole !== undefined) return whole;
  const last = cands[cands.length - 1];
  if (last !== undefined && last.end === to && /^\S+$/.test(last.text) === (cands.length === 1)) return last;
  // A headline's "Elizabeth Warren: …" whose title case hid the full name from the tagger: the capitalised words are the name.
  const text = ctx.text.slice(from, to);
  return cands.length > 0 && cands[0]!.start === from && CAPITALISED_NAME.test(text) && !HEADLINE_WORD.test(text) ? { start: from, end: to, text, kind: 'name', name: text } : null;
}
/** Two or three capitalised words. */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,2}$/u;
/** Words a headline's own phrase has, never a name ("Clinton Wades In", "Big Win For Bernie", "FIX IS IN"). */
const HEADLINE_WORD = /\b(?:In|For|Is|Of|On|To|At|The|A|An|And|With|IS|IN|FOR|OF|ON|TO|THE)\b/;

/** A colon right after the cue, then words not in quote marks. */
const COLON_THEN_WORDS = /^:\s+(?=[\p{L}\d])/u;

/** Words that say when, where or how something was said, never what. */
const CIRCUMSTANCE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon',
  'evening', 'night', 'today', 'yesterday', 'tonight', 'week', 'month', 'year', 'weekend', 'last', 'this', 'late', 'early', 'earlier',
  'later', 'just', 'shortly', 'after', 'before', 'on', 'in', 'at', 'during', 'the', 'a', 'an', 'of', 'to', 'with', 'without', 'further',
  'comment', 'midnight', 'noon', 'interview', 'statement', 'speech', 'television', 'radio', 'again', 'also', 'repeatedly', 'recently',
  'privately', 'publicly', 'his', 'her', 'their', 'its', 'show', 'program', 'broadcast', 'appearance', 'rally', 'conference', 'news', 'press']);
/** Circumstance words that also open what was said ("The Battle Against Hillary …", "with the Democrats"). */
const NOT_FIRST = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'of', 'to', 'with']);
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:\.|[a-z]*)$/;
/** Whether the words after a cue only say when, where or how ("Tuesday in Paris", "late last week", "Sunday on NBC’s Meet the Press"). */
export function circumstanceOnly(rest: string): boolean {
  const words = rest.replace(/[.!?"”’“]+\s*$/u, '').trim().split(/\s+/);
  // Names and numbers may follow ("on NBC’s Meet the Press", "Dec. 6"), but the first word says when or where (not a title-case headline's "Says He’s …").
  const first = words[0]!.toLowerCase();
  return words.length <= 8 && ((CIRCUMSTANCE_WORDS.has(first) && !NOT_FIRST.has(first)) || MONTH.test(words[0]!))
    && words.every((w) => CIRCUMSTANCE_WORDS.has(w.toLowerCase()) || /^(?:\p{Lu}|\d|[“"])/u.test(w));
}

/** A preposition of setting and the word after it: where, to whom, by what means something was said. */
const SETTING_PHRASE = /^(in|on|at|from|by|during|with|to)\s+(\S+)/i;
/** After "to", the words of a listener ("to the nominee", "to reporters", "to Bloomberg"), not an infinitive's verb. */
const LISTENER_START = /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|reporters|me|him|them|us|you|\p{Lu})/u;
/** Words of a clause: a conjunction, relative, auxiliary, negation or subject pronoun, or a comma opening another verb's phrase. */
export const CLAUSE_WORD = /\b(?:that|whether|if|who|whom|whose|which|what|would|will|won|could|should|can|must|may|might|is|are|was|were|has|have|had|does|did|do|not|he|she|they|we|i)\b|n[’']t\b|,["”’']?\s+(?:and|but|or|\p{Ll}+ing)\b/iu;
/** How many words a setting phrase may have. */
const SETTING_MAX_WORDS = 15;

/**
 * Whether the words after a verb of saying only say where, to whom or by what means it was said,
 * with no clause of what was said ("said | in a follow-up phone interview", "said | to a raucous
 * crowd in Philadelphia", "reported | from Los Angeles", "joked | with reporters after a town hall").
 */
export function settingOnly(rest: string): boolean {
  const words = rest.trim();
  const m = SETTING_PHRASE.exec(words);
  if (m === null || words.split(/\s+/).length > SETTING_MAX_WORDS || CLAUSE_WORD.test(words)) return false;
  return m[1]!.toLowerCase() !== 'to' || LISTENER_START.test(m[2]!);
}

/** The clause reported after a cue, or null when what follows is not a reported clause. */
function clauseAfter(ctx: QuoteContext, cue: CueMatch, sentence: Sentence): { start: number; end: number } | null {
  let at = cue.end;
  let rest = ctx.text.slice(at, sentence.end);
  if (cue.text === 'told' || cue.text === 'tells') {
    const object = TOLD_PHRASE_THAT.exec(rest) ?? TOLD_OBJECT.exec(rest);
    if (object === null) return null;
    at += object[0].length;
    rest = ctx.text.slice(at, sentence.end);
  }
  // "Hewitt writes: The movie mentions …": the words after the colon are what is reported (a quote in marks there is a direct quote's).
  const colon = COLON_THEN_WORDS.exec(rest);
  if (colon !== null) {
    at += colon[0].length;
    rest = ctx.text.slice(at, sentence.end);
  }
  const phrase = colon === null ? PHRASE_THEN_THAT.exec(rest) : null;
  if (phrase !== null) at += phrase[0].length;
  else {
    if (PREPOSITION_START.test(rest)) return null;
    const that = THAT.exec(rest);
    // "said that was a natural part of …": "that" followed by a verb is the clause's subject, not its conjunction.
    if (that !== null && !THAT_AS_SUBJECT.test(rest)) at += that[0].length;
    else if (NEEDS_THAT.has(cue.text)) return null;
  }
  if (NOT_A_CLAUSE.test(ctx.text.slice(at, sentence.end))) return null;
  // "…,” Trump said Sunday on NBC’s Meet the Press.": when and where, not what.
  if (circumstanceOnly(ctx.text.slice(at, sentence.end))) return null;
  return trimClause(ctx, at, sentence.end, MIN_CLAUSE_WORDS);
}

function according(ctx: QuoteContext, sentence: Sentence): QuoteDraft | null {
  const first = ACCORDING_FIRST.exec(sentence.text);
  if (first !== null) {
    const from = sentence.start + first[0].length;
    const comma = ctx.text.indexOf(',', from);
    if (comma < 0 || comma >= sentence.end) return null;
    const speaker = speakerAfter(ctx, from, comma);
    const clause = trimClause(ctx, comma + 1, sentence.end, MIN_CLAUSE_WORDS);
    if (clause === null) return null;
    return { kind: 'indirect', start: clause.start, end: clause.end, speaker, cue: 'according to', explicit: speaker !== null, implied: null, mark: null };
  }
  const last = ACCORDING_LAST.exec(sentence.text);
  if (last === null) {
    // "Other major cleavages, according to the poll, include ideology": the whole sentence is reported, the aside inside it as PolNeAR marks it.
    const middle = ACCORDING_MIDDLE.exec(sentence.text);
    if (middle === null) return null;
    const from = sentence.start + middle.index + middle[0].indexOf(middle[1]!);
    const speaker = speakerAfter(ctx, from, from + middle[1]!.length);
    const clause = trimClause(ctx, sentence.start, sentence.end, MIN_CLAUSE_WORDS);
    return clause === null ? null : { kind: 'indirect', start: clause.start, end: clause.end, speaker, cue: 'according to', explicit: speaker !== null, implied: null, mark: null };
  }
  const at = sentence.start + last.index;
  const speakerFrom = at + last[0].indexOf(last[1] ?? '');
  const speaker = speakerAfter(ctx, speakerFrom, speakerFrom + (last[1] ?? '').length);
  const clause = trimClause(ctx, sentence.start, at, MIN_CLAUSE_WORDS);
  if (clause === null) return null;
  return { kind: 'indirect', start: clause.start, end: clause.end, speaker, cue: 'according to', explicit: speaker !== null, implied: null, mark: null };
}

/** How many words the subject before such an aside may have ("Her comments", "The paradox of Nancy"). */
const MAX_ASIDE_SUBJECT_WORDS = 6;
/** After the speaker: the appositive, its comma, then the clause going on with a word that is no preposition ("…, the White House press secretary, are"). */
const CLAUSE_AFTER_APPOSITIVE = /^\s*,[^,;]+,\s*(?!(?:in|on|at|during|after|before|according|adding|noting|saying|who|which|and|but)\b)\p{Ll}/u;

/**
 * An inverted attribution set off by commas inside the sentence ("Her comments, said Josh Earnest,
 * the White House press secretary, are “…”"): the person after the cue speaks, and the whole
 * sentence is what is reported, the aside inside it as PolNeAR marks it.
 */
function invertedAside(ctx: QuoteContext, cue: CueMatch, sentence: Sentence, speaker: SpeakerCandidate): QuoteDraft | null {
  // Before the aside, only the clause's subject (a few words); after it and the speaker's appositive, the rest of the clause.
  const before = ctx.text.slice(sentence.start, cue.start);
  if (before.trim().split(/\s+/).length > MAX_ASIDE_SUBJECT_WORDS || !CLAUSE_AFTER_APPOSITIVE.test(ctx.text.slice(speaker.end, sentence.end))) return null;
  const clause = trimClause(ctx, sentence.start, sentence.end, MIN_CLAUSE_WORDS);
  return clause === null ? null : { kind: 'indirect', start: clause.start, end: clause.end, speaker, cue: cue.text, explicit: true, implied: null, mark: null };
}

/** Drafts indirect speech (at most one per sentence), then the beliefs and speech acts around it. */
export function findIndirectSpeech(ctx: QuoteContext): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const sentence of ctx.sentences) {
    if (insideMarks(ctx, sentence.start) && insideMarks(ctx, sentence.end - 1)) continue;
    const speech = speechIn(ctx, sentence);
    if (speech !== null) out.push(speech);
    out.push(...findAttitudes(ctx, sentence, speech === null ? [] : [speech]));
  }
  return out;
}

function speechIn(ctx: QuoteContext, sentence: Sentence): QuoteDraft | null {
  const viaColon = nameColon(ctx, sentence);
  if (viaColon !== null) return viaColon;
  const viaAccording = according(ctx, sentence);
  if (viaAccording !== null) return viaAccording;
  for (const cue of findCues(ctx, sentence.start, sentence.end)) {
    if (!INDIRECT_CUES.has(cue.text)) continue;
    const inverted = invertedAsideSpeaker(ctx, sentence.start, cue, sentence.end);
    if (inverted !== null) {
      // What follows an inverted cue is its speaker, never the reported clause: a clause going on after
      // the speaker's appositive was reported with it; else the clause before the cue's comma is.
      const aside = invertedAside(ctx, cue, sentence, inverted);
      if (aside !== null) return aside;
      const comma = ctx.text.lastIndexOf(',', cue.start);
      const clause = trimClause(ctx, sentence.start, comma, MIN_CLAUSE_WORDS, true);
      if (clause !== null) return { kind: 'indirect', start: clause.start, end: clause.end, speaker: inverted, cue: cue.text, explicit: true, implied: null, mark: null };
      continue;
    }
    const clause = clauseAfter(ctx, cue, sentence);
    if (clause === null) continue;
    const speaker = speakerBefore(ctx, sentence.start, cue.start, cue.form, false);
    if (speaker === null) continue;
    // "… his clout in Boston, said Democratic strategist Hank Sheinkopf.": a place or body that a comma
    // parts from the verb ends the clause before an inverted attribution; it is not the verb's subject.
    if ((speaker.kind === 'place' || speaker.kind === 'organization') && /^\s*,\s*$/.test(ctx.text.slice(speaker.end, cue.start))) continue;
    return { kind: 'indirect', start: clause.start, end: clause.end, speaker, cue: cue.text, explicit: true, implied: null, mark: null };
  }
  return trailingAttribution(ctx, sentence);
}
