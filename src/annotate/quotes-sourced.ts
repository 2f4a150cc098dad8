/**
 * Attributions to a source named in a phrase rather than as the subject of a verb of saying:
 * "Only one person was killed by a gun last year, according to the National Police Agency, and …",
 * "More than 40 percent of that money arrived in February alone, new fundraising reports show.",
 * "Cruz will be re-evaluating how he approaches his colleagues, a source close to him said.",
 * "He fell to 10 percent in the latest CNN/ORC poll", "Cuccinelli reportedly reacted to the decision by
 * tossing his credentials", and how something looks to the writer ("But at key moments, she appeared to
 * step on her own momentum"); also the point a participle adds after a direct quote ("…,” he said,
 * adding that …") and the question someone was asked. They are looked for after the rules and the
 * tagger, where neither found an attribution, and do not change the rules' spans the tagger reads.
 */
import { insideMarks, sentenceIndexAt, trimClause, type QuoteContext } from './quotes-context.js';
import type { QuoteDraft } from './quotes-direct.js';
import type { SpeakerCandidate } from './quotes-candidates.js';
import { speakerAfter, speakerBefore } from './quotes-speakers.js';

/** A sentence worth a closer look: one of the phrases below occurs in it. */
const ANY_SOURCE = /\b(?:appear|seem|expected)|\b(?:said|says|told)\b|\baccording\s+to\b|\b(?:show|shows|showed|found|finds)\b|\breportedly\b|\b(?:polls?|polling|surveys?)\b/i;
/** "according to" and the source phrase after it, up to a comma or the sentence end. */
const ACCORDING = /\baccording\s+to\s+([^,;:]+)/i;
/** Words naming a record or a count rather than a person ("according to their instinctive preference" names neither). */
const RECORD_NOUN = String.raw`(?:records?|polls?|polling|surveys?|data|figures|documents|filings|reports?|analysis|analyses|study|studies|estimates?|tally|count|numbers|research|statistics)`;
const RECORD_SOURCE = new RegExp(String.raw`\b${RECORD_NOUN}\b`, 'i');
/** ", records show." closing the sentence: the source phrase (at most eight words) before the verb. */
const RECORDS_LAST = new RegExp(String.raw`,\s+((?:[\w’'.&/-]+\s+){0,7}?${RECORD_NOUN}(?:\s+[\w’'.&/-]+){0,4}?)\s+(?:show|shows|showed|found|finds)\s*[.!?]?$`, 'iu');
/** "Records show (that) …" opening the sentence. */
const RECORDS_FIRST = new RegExp(String.raw`^((?:[\w’'.&/-]+\s+){0,7}?${RECORD_NOUN})\s+(?:show|shows|showed|found|finds)\s+(?:that\s+)?`, 'iu');
/** ", a source close to him said." or ", a school spokesman told The Wall Street Journal." closing the sentence. */
const TRAILING_SAID = /,\s+(?:[\w’'.-]+\s+){0,9}?(said|says|told)(?:\s+[^\s,.;!?]+){0,6}?\s*[.!?]?$/iu;
/**
 * How something looks to the writer: "she appeared to step on her own momentum", "The sale is expected
 * to expand …"; not someone appearing somewhere ("Trump appeared at the September debate").
 */
const LOOKS = /\b(?:(?:appear|appears|appeared)(?!\s+(?:at|on|before|in|with|alongside|together|onstage)\b)|seem|seems|seemed|(?:is|are|was|were)\s+(?:widely\s+)?expected)\b/i;
const REPORTEDLY = /\breportedly\b/i;
/** "in the latest CNN/ORC poll": a poll named in a preposition phrase (at most six words before the noun). */
const IN_POLL = /\b(?:in|by)\s+((?:[\w’'.&/-]+\s+){0,6}?(?:polls?|polling(?:\s+average)?|surveys?))\b[^,;]*/iu;
/** An opening phrase before a comma (at most this many words) is left out of a clause ("But at key moments, she appeared …"). */
const MAX_OPENER_WORDS = 8;
/** A clause shorter than this (words) is no content. */
const MIN_WORDS = 4;
/** Words before "according to" that open the sentence rather than hold content ("But according to …"). */
const OPENER = /^\s*(?:(?:but|and|yet|so|now|still|also)\s*,?\s*)?$/i;

type Span = { readonly start: number; readonly end: number };

/** Drafts for the sentences that name a source in a phrase and hold no draft of `found` yet; sorted by start. */
export function findSourcedClauses(ctx: QuoteContext, found: readonly QuoteDraft[]): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  let next = 0;
  for (const sentence of ctx.sentences) {
    while (next < found.length && found[next]!.end <= sentence.start) next += 1;
    if (!ANY_SOURCE.test(sentence.text)) continue;
    let taken = false;
    for (let i = next; i < found.length && found[i]!.start < sentence.end; i += 1) if (found[i]!.end > sentence.start) taken = true;
    // A draft starting before the sentence may still cover it.
    for (let i = Math.max(0, next - 3); i < next; i += 1) if (found[i]!.end > sentence.start) taken = true;
    if (taken || (insideMarks(ctx, sentence.start) && insideMarks(ctx, sentence.end - 1))) continue;
    const draft = sourced(ctx, sentence.start, sentence.end, sentence.text);
    if (draft !== null) out.push(draft);
  }
  return out;
}

function sourced(ctx: QuoteContext, start: number, end: number, text: string): QuoteDraft | null {
  const said = TRAILING_SAID.exec(text);
  if (said !== null) {
    const at = start + said.index;
    const cueAt = at + said[0].search(/\b(?:said|says|told)\b/i);
    const speaker = speakerBefore(ctx, at + 1, cueAt, 'finite', false);
    const span = trimClause(ctx, start, at, MIN_WORDS);
    if (span !== null) return draftOf(span, speaker, said[1]!.toLowerCase());
  }
  const according = ACCORDING.exec(text);
  if (according !== null) {
    const at = start + according.index;
    const sourceFrom = at + according[0].length - (according[1] ?? '').length;
    const sourceTo = at + according[0].length;
    const speaker = speakerAfter(ctx, sourceFrom, sourceTo);
    if (speaker === null && !RECORD_SOURCE.test(according[1] ?? '')) return null;
    const before = ctx.text.slice(start, at);
    const afterComma = ctx.text[sourceTo] === ',' ? sourceTo + 1 : end;
    let span: Span | null;
    if (OPENER.test(before)) span = trimClause(ctx, afterComma, end, MIN_WORDS);
    else if (afterComma >= end || !/,\s*$/.test(before)) span = trimClause(ctx, start, at, MIN_WORDS);
    else span = trimClause(ctx, start, end, MIN_WORDS);
    return span === null ? null : draftOf(span, speaker, 'according to');
  }
  const last = RECORDS_LAST.exec(text);
  if (last !== null) {
    const at = start + last.index;
    const sourceFrom = at + last[0].indexOf(last[1] ?? '');
    const span = trimClause(ctx, start, at, MIN_WORDS);
    return span === null ? null : draftOf(span, speakerAfter(ctx, sourceFrom, sourceFrom + (last[1] ?? '').length), 'show');
  }
  const first = RECORDS_FIRST.exec(text);
  if (first !== null) {
    const span = trimClause(ctx, start + first[0].length, end, MIN_WORDS);
    return span === null ? null : draftOf(span, speakerAfter(ctx, start, start + (first[1] ?? '').length), 'show');
  }
  const poll = IN_POLL.exec(text);
  if (poll !== null) {
    const at = start + poll.index;
    const sourceFrom = at + poll[0].indexOf(poll[1] ?? '');
    const speaker = speakerAfter(ctx, sourceFrom, sourceFrom + (poll[1] ?? '').length);
    const phraseEnd = at + poll[0].length;
    const span = OPENER.test(ctx.text.slice(start, at)) ? (ctx.text[phraseEnd] === ',' ? trimClause(ctx, phraseEnd + 1, end, MIN_WORDS) : null) : trimClause(ctx, start, at, MIN_WORDS);
    if (span !== null) return draftOf(span, speaker, 'in');
  }
  const looks = LOOKS.exec(text);
  if (looks !== null) {
    const at = start + looks.index;
    const before = ctx.text.slice(start, at);
    const comma = before.lastIndexOf(', ');
    const from = comma >= 0 && before.slice(0, comma).split(/\s+/).length <= MAX_OPENER_WORDS ? start + comma + 2 : start;
    const semi = ctx.text.indexOf(';', at);
    const span = trimClause(ctx, from, semi >= 0 && semi < end ? semi : end, MIN_WORDS);
    if (span !== null) return draftOf(span, null, looks[0].toLowerCase());
  }
  if (REPORTEDLY.test(text)) {
    const span = trimClause(ctx, start, end, MIN_WORDS);
    return span === null ? null : draftOf(span, null, 'reportedly');
  }
  return null;
}

function draftOf(span: Span, speaker: SpeakerCandidate | null, cue: string): QuoteDraft {
  return { kind: 'indirect', start: span.start, end: span.end, speaker, cue, explicit: speaker !== null, implied: null, mark: null };
}

/** Participles of saying that add a point after a quote ("…,” she said, noting that …). */
export const ADDING_CUES: ReadonlySet<string> = new Set(['adding', 'noting', 'arguing', 'saying', 'insisting', 'explaining', 'warning', 'suggesting', 'claiming', 'stressing']);
/** After a direct quote's attribution, a participle of saying opens the speaker's next point ("…,” he said, adding that …). */
const ADDED = new RegExp(`^[^“”"‘’.!?;:]{0,80}?,\\s+(?:while\\s+|before\\s+)?(${[...ADDING_CUES].join('|')}|referring\\s+to)\\s+(?:that\\s+)?`, 'iu');
/** What "referring to" points at is short: a name or a noun phrase ("referring to Barack Obama"). */
const REFERRED_MIN_WORDS = 1;

/**
 * The clause a participle of saying adds after a direct quote and its attribution ("‘It will take
 * some time,’ Mr. Ackman said, adding that investors did not appreciate …"), or what the quote was
 * about ("…,” Trump said, referring to Barack Obama): the quote's speaker
 * words and the participle as cue, when no draft of `found` covers it yet; sorted by start.
 */
export function findAddedClauses(ctx: QuoteContext, found: readonly QuoteDraft[]): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const d of found) {
    const words = d.speaker;
    if (d.kind !== 'direct' || words === null || words.start < d.end) continue;
    const sentence = ctx.sentences[sentenceIndexAt(ctx, words.start)];
    if (sentence === undefined || sentence.end <= words.end) continue;
    const added = ADDED.exec(ctx.text.slice(words.end, sentence.end));
    if (added === null) continue;
    const cue = added[1]!.toLowerCase().replace(/\s+/g, ' ');
    const span = trimClause(ctx, words.end + added[0].length, sentence.end, cue === 'referring to' ? REFERRED_MIN_WORDS : MIN_WORDS);
    if (span === null || found.some((o) => o.start < span.end && span.start < o.end)) continue;
    out.push(draftOf(span, words, cue));
  }
  return out;
}

/** "Asked whether …", "when asked by a reporter if …": the question put, up to the next comma. */
const ASKED = /\basked\s+(?:by\s+((?:[\w’'.-]+\s+){1,6}?))?(?:(?:at|in|on|during|last|this)\s+(?:[\w’'.-]+\s+){1,5}?)?(?=(?:about|whether|if|what|why|how|when|where|who|whom|which|to)\b)/giu;

/** How far before the question a draft may start and still be the same attribution of it. */
const SAME_START_CHARS = 3;

/**
 * The question a speaker was asked ("Asked whether he would fire a speechwriter, Priebus said, …"):
 * an attribution to whoever asked it, named after "by" or not at all, when no draft of `found`
 * covers it yet (a longer draft starting before it, the answer's, does not); sorted by start.
 */
export function findAskedClauses(ctx: QuoteContext, found: readonly QuoteDraft[]): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const sentence of ctx.sentences) {
    if (!/asked/i.test(sentence.text)) continue;
    ASKED.lastIndex = 0;
    for (let m = ASKED.exec(sentence.text); m !== null; m = ASKED.exec(sentence.text)) {
      const from = sentence.start + m.index + m[0].length;
      const rest = ctx.text.slice(from, sentence.end);
      const stop = rest.search(/[,;:“”"(—]|\s[–-]\s/);
      const to = stop < 0 ? sentence.end : from + stop;
      let end = to;
      while (end > from && /[\s.!?]/.test(ctx.text[end - 1] ?? '')) end -= 1;
      if (end <= from || insideMarks(ctx, from)) continue;
      // Found already, unless only inside a longer attribution that starts before it (a clause of the
      // answer's: "Asked if …, Trump replied, “…”" is the question's own attribution).
      // A tagger attribution inside the question ("asked at the conference about |the merger|") gives way to it.
      if (found.some((o) => o.start < end && from < o.end && o.start >= from - SAME_START_CHARS && !(o.stance !== undefined && o.end <= end))) continue;
      const by = m[1];
      const byAt = by === undefined ? -1 : sentence.start + m.index + m[0].indexOf(by);
      const speaker = by === undefined ? null : speakerAfter(ctx, byAt, byAt + by.trimEnd().length);
      out.push(draftOf({ start: from, end }, speaker, 'asked'));
    }
  }
  return out;
}
