/**
 * The quote annotator: direct, partial and indirect quotes with their speakers and cue verbs.
 * Quotes and who said them are the heart of a brief, so every quote keeps the exact span of its
 * words and of the words naming its speaker.
 */
import type { Article, LocalEntity, Quote, Sentence } from '../types.js';
import { loadAttributionModel } from './attribution-model.js';
import { findModelDrafts } from './attribution-quotes.js';
import type { NerModel } from './ner-model.js';
import { WEEKDAYS } from './gazetteer/words.js';
import { ACT_CUES } from './quotes-attitude.js';
import { createQuoteContext, insideMarks, sentenceIndexAt, type QuoteContext } from './quotes-context.js';
import type { MarkSpan } from './quotes-marks.js';
import { FINITE_CUES, INDIRECT_CUES, PARTICIPLE_CUES, PARTICIPLE_CUE_SET } from './quotes-lexicon.js';
import { findMarkedQuotes, type QuoteDraft } from './quotes-direct.js';
import { CLAUSE_WORD, circumstanceOnly, findIndirectSpeech, settingOnly } from './quotes-indirect.js';
import { createSpeakerResolver } from './quotes-resolve.js';
import { ADDING_CUES, findAddedClauses, findAskedClauses, findSourcedClauses } from './quotes-sourced.js';
import { interruptedSubject, speakerBefore } from './quotes-speakers.js';
import { partitionPoint } from './partition-point.js';
import { splitSentences } from './sentences.js';

export interface QuoteAnnotatorOptions {
  /** Report indirect speech ("X said that …"); default true. */
  readonly indirect?: boolean;
  /** Report partial quotes (short quoted phrases inside a sentence); default true. */
  readonly partial?: boolean;
  /** Paragraphs an unattributed quote paragraph may look back for the speaker it continues; default 1. */
  readonly continuationParagraphs?: number;
  /**
   * The attribution tagger that adds what the rules miss (noun and adjective cues, beliefs,
   * several attributions per sentence): default the shipped weights,
   * models/attribution-perceptron.bin.gz, loaded on the first article; `false` keeps the rules alone.
   */
  readonly model?: NerModel | false;
}

/** Annotates one article: quotes sorted by start. */
export type QuoteAnnotator = (article: Article, sentences: readonly Sentence[], entities: readonly LocalEntity[]) => Quote[];

/** A draft with the name its speaker words resolved to. */
export interface Resolved {
  readonly draft: QuoteDraft;
  speaker: string | null;
}

/**
 * Creates the quote annotator. Entities come from the entity annotator: a speaker resolves to the
 * `name` of the mention covering its words, or of the person a pronoun or role word refers to.
 */
export function createQuoteAnnotator(options: QuoteAnnotatorOptions = {}): QuoteAnnotator {
  const indirect = options.indirect ?? true;
  const partial = options.partial ?? true;
  const lookBack = options.continuationParagraphs ?? 1;
  if (!Number.isInteger(lookBack) || lookBack < 0) {
    throw new RangeError(`continuationParagraphs must be a whole number >= 0, got ${lookBack}`);
  }
  /** The tagger: null when turned off, undefined until the first article that needs it loads the shipped one. */
  let model: NerModel | null | undefined = options.model === false ? null : options.model;
  return (article, sentences, entities) => {
    const text = article.text;
    const ctx = createQuoteContext(text, sentences.length > 0 || text.trim() === '' ? sentences : splitSentences(text), entities);
    const rules = findRuleDrafts(ctx, { indirect, partial });
    let drafts = rules;
    if (indirect && text.trim() !== '') {
      if (model === undefined) model = loadAttributionModel();
      // The tagger reads the rules' spans as features, so it runs after them.
      if (model !== null) drafts = mergeDrafts(rules, findModelDrafts(ctx, rules, model, (m) => modelDraftUsed(rules, m)).filter((m) => !circumstanceAfterCue(ctx, m)));
    }
    // After the tagger, which reads the rules' own spans.
    drafts = splitCoordinated(ctx, drafts);
    if (indirect) {
      const sourced = [...findSourcedClauses(ctx, drafts), ...findAddedClauses(ctx, drafts), ...findAskedClauses(ctx, drafts)];
      if (sourced.length > 0) drafts = [...withoutTaggerInside(drafts, sourced), ...sourced].sort((a, b) => a.start - b.start);
    }
    const resolved = resolveSpeakers(ctx, interruptedSubjects(ctx, drafts), lookBack);
    const kept = resolved.filter((r) => !subheadingQuote(ctx, r.draft) && !speakerWordsOfQuote(ctx, r.draft) && !speakerWordsOfClause(ctx, r.draft, drafts)
      && !descriptionOfInvertedSpeaker(ctx, r.draft, drafts) && !subjectOfLaterCue(ctx, r.draft) && !sourceOfAccording(ctx, r.draft) && !afterTrailingAttribution(ctx, r.draft, drafts));
    return dropRepeats(clauseSpeakersForPartials(dropNested(dropRepeatedIndirect(ctx, kept)))).map(({ draft, speaker }) => toQuote(text, draft, speaker));
  };
}

/** The drafts less the tagger's attributions lying inside one of `added` (the question an "asked" clause reports). */
function withoutTaggerInside(drafts: readonly QuoteDraft[], added: readonly QuoteDraft[]): QuoteDraft[] {
  return drafts.filter((d) => d.stance === undefined || !added.some((a) => a.cue === 'asked' && a.start <= d.start && d.end <= a.end));
}

/**
 * Verbs of saying whose prepositional phrase tells the setting, not the content ("said in an
 * interview"); not those taking a prepositional object ("responded to", "agreed with", "insisted
 * on") or whose "to" and "in" may open what was written ("wrote to investors, telling them …").
 */
const SETTING_VERBS = new Set(['said', 'says', 'added', 'adds', 'stated', 'declared', 'noted', 'explained', 'reported', 'acknowledged', 'complained', 'joked']);
/** A form of "be" ending the words before a verb: the verb is a passive's. */
const PASSIVE_BEFORE = /\b(?:is|was|are|were|be|been|being)\s+$/i;
/** How far before a tagger attribution its cue verb is looked for. */
const PASSIVE_WINDOW = 80;

/**
 * A tagger attribution whose cue holds a verb of saying and whose words after the verb only say
 * when and where ("said Sunday on | NBC’s Meet the Press"), or where, to whom or how ("has said | in
 * speeches", "said in | a video message").
 */
function circumstanceAfterCue(ctx: QuoteContext, m: QuoteDraft): boolean {
  if (m.cue === null) return false;
  const words = m.cue.split(' ');
  const at = words.findIndex((w) => INDIRECT_CUES.has(w) || SETTING_VERBS.has(w));
  if (at < 0) return false;
  const verb = words[at]!;
  const after = `${words.slice(at + 1).join(' ')} ${ctx.text.slice(m.start, m.end)}`;
  if (at === 0 && INDIRECT_CUES.has(verb) && circumstanceOnly(after)) return true;
  if (!SETTING_VERBS.has(verb) || !settingOnly(after)) return false;
  // A passive's phrase may name its agent's words ("is explained | in an affidavit written by …").
  const window = ctx.text.slice(Math.max(0, m.start - PASSIVE_WINDOW), m.start);
  const verbAt = window.lastIndexOf(verb);
  return verbAt < 0 || !PASSIVE_BEFORE.test(window.slice(0, verbAt));
}

/** "according to" and at most one lower-case word right before a draft: the draft's words are the source it names. */
const ACCORDING_RIGHT_BEFORE = /\baccording\s+to\s+(?:\p{Ll}+\s+)?$/iu;

/** Whether a draft's words are what "according to" names ("according to | new financial documents he submitted"): a source, not what it reported. */
function sourceOfAccording(ctx: QuoteContext, d: QuoteDraft): boolean {
  return d.kind === 'indirect' && ACCORDING_RIGHT_BEFORE.test(ctx.text.slice(Math.max(0, d.start - 40), d.start));
}

/** A paragraph quoted whole: opening and closing marks around its words. */
const QUOTED_PARAGRAPH = /^(?:["“‘']|``)+\s*([\s\S]*?)\s*(?:["”’']|'')+$/;
/** How many words a quoted paragraph of nothing else may have and still be a subheading. */
const SUBHEADING_WORDS = 6;

/**
 * Whether a draft lies in a paragraph that is one short quote and nothing else ('A change warrior.',
 * "Related:", "(CROSSTALK.)"): a subheading or the page's furniture, not words anyone is reported
 * to have said.
 */
function subheadingQuote(ctx: QuoteContext, d: QuoteDraft): boolean {
  const para = ctx.paragraphs[partitionPoint(ctx.paragraphs.length, (k) => ctx.paragraphs[k]!.end <= d.start)];
  if (para === undefined || d.start < para.start || d.end > para.end) return false;
  const inner = QUOTED_PARAGRAPH.exec(ctx.text.slice(para.start, para.end).trim())?.[1];
  if (inner === undefined) return false;
  // The last paragraph of a quote run on over paragraphs (the one before it left its mark open) is the quote's end.
  const before = partitionPoint(ctx.marks.length, (k) => ctx.marks[k]!.open < para.start) - 1;
  if (before >= 0 && !ctx.marks[before]!.closed) return false;
  return inner.split(/\s+/).length <= SUBHEADING_WORDS || /:$/.test(inner) || /^\(.*\)\.?$/.test(inner);
}

/** After a draft's words, the verb of saying and "that" opening what it reports. */
const LATER_CUE_THAT = /^[\s,”"’']*(said|says|added|noted|wrote|told)\s+that\b/;

/**
 * Whether an indirect draft's words are the subject of the very cue that follows them ("Mr. Cruz,
 * whose |narrow third-place finish was widely seen as a disappointment|, said that he …"): what the
 * cue reports comes after its "that", not before it.
 */
function subjectOfLaterCue(ctx: QuoteContext, d: QuoteDraft): boolean {
  if (d.kind !== 'indirect' || d.cue === null) return false;
  const m = LATER_CUE_THAT.exec(ctx.text.slice(d.end, d.end + 40));
  return m !== null && d.cue.split(' ')[0] === m[1];
}

/** Verbs of saying that stand before their subject in an inverted attribution ("…, said Lu"). */
const INVERTED_VERB = '(?:said|says|added|adds|wrote|writes|told|noted|continued|explained|insisted|tweeted)';
/** From a closing quote mark to an inverted cue's end: the comma and "said" of "“…,” said the spokesman, Peter Carr." */
const INVERTED_AFTER_CLOSE = new RegExp(`^[\\s,]*${INVERTED_VERB}\\s+$`, 'i');

/** The last pair of quote marks closed before `pos`: marks come in order of opening, and one opening after `pos` closes after it. */
function lastClosedMarkBefore(ctx: QuoteContext, pos: number): MarkSpan | undefined {
  let i = partitionPoint(ctx.marks.length, (k) => ctx.marks[k]!.open < pos) - 1;
  while (i >= 0 && !(ctx.marks[i]!.closed && ctx.marks[i]!.close < pos)) i -= 1;
  return ctx.marks[i];
}

/**
 * Whether an indirect draft's "content" is the speaker words of an inverted attribution after a
 * quote ("“…,” said the spokesman, Peter Carr."): those name who spoke, they report nothing.
 */
function speakerWordsOfQuote(ctx: QuoteContext, d: QuoteDraft): boolean {
  if (d.kind !== 'indirect') return false;
  const mark = lastClosedMarkBefore(ctx, d.start);
  // A speaker named before the quote makes the verb after it that speaker's own ("Mr. Manafort, citing
  // ''…,'' said the candidate could …"): the words after it are what was said.
  if (mark !== undefined && d.speaker !== null && d.speaker.end <= mark.open && ASIDE_TO_QUOTE.test(ctx.text.slice(d.speaker.end, mark.open))) return false;
  return mark !== undefined && d.start - mark.close <= INVERTED_GAP_CHARS && INVERTED_AFTER_CLOSE.test(ctx.text.slice(mark.close + 1, d.start));
}
const INVERTED_GAP_CHARS = 16;
/** From a subject to a quote inside the aside a comma opens after it (", citing "): no sentence ends there. */
const ASIDE_TO_QUOTE = /^,\s[^.!?;]{0,80}$/;

/**
 * From a closing quote mark to a draft: the speaker and verb of a trailing attribution ("“…,” Texas
 * delegate Bill Eastland said |", "''…,'' he complained |"), the verb last, at most five words before it.
 */
const TRAILING_ATTRIBUTION = /^["”’']*[\s,]*(?:[\p{L}\p{N}.’'-]+\s+){1,5}?(\p{Ll}+)\s+$/u;
/** A word joining another clause: the verb after it is not the quote's ("…,” and threatened", "…,” while Trump refers"). */
const CONNECTOR = /\b(?:and|but|or|nor|while|which|who|whom|that|after|before|when|as|because|though|although|if|since|where|whereas|until|so|then)\b/i;
/** The quoted words end as a quote ends before its attribution in the same sentence: a comma, a dash, "?" or "!". */
const QUOTE_END_PUNCTUATION = /[,!?—–-]$/;

/**
 * Whether an indirect draft's words follow the verb of a trailing attribution of a direct quote
 * ("“We’re like ‘Ebony and Ivory,’” he explained |with a smile", "…,” Hollande said |Tuesday in
 * Paris", "…,” Todd asked |the real estate mogul"): the quote is what was said; the words after its
 * verb say how, when, of what or to whom, unless they hold a clause of their own.
 */
function afterTrailingAttribution(ctx: QuoteContext, d: QuoteDraft, drafts: readonly QuoteDraft[]): boolean {
  if (d.kind !== 'indirect' || d.cue === null) return false;
  const mark = lastClosedMarkBefore(ctx, d.start);
  if (mark === undefined || !QUOTE_END_PUNCTUATION.test(ctx.text.slice(mark.open, mark.close).trimEnd())) return false;
  const words = ctx.text.slice(mark.close + 1, d.start);
  const between = TRAILING_ATTRIBUTION.exec(words);
  return between !== null && between[1] === d.cue.split(' ').at(-1) && !CONNECTOR.test(words)
    && sentenceIndexAt(ctx, mark.close) === sentenceIndexAt(ctx, d.start) && !CLAUSE_WORD.test(ctx.text.slice(d.start, d.end))
    // The quote is one of speech this attribution gives its speaker, not a title or a scare quote ("“silver standard,” says she warned").
    && drafts.some((q) => q.kind !== 'indirect' && q.start >= mark.open && q.end <= mark.close + 1 && q.speaker !== null && q.speaker.start > mark.close && q.speaker.end <= d.start);
}

/** A comma and an inverted verb of saying right before a draft's content ("…, said |his brother, …"). */
const AFTER_INVERTED_CUE = new RegExp(`,\\s*${INVERTED_VERB}\\s+$`, 'i');
/** Only the comma and the inverted verb between a clause and the words after its cue. */
const INVERTED_CUE_ONLY = new RegExp(`^[\\s”"’']*,\\s*${INVERTED_VERB}\\s+$`, 'i');

/**
 * Whether an indirect draft's "content" holds the words naming the speaker of the clause it follows
 * ("Authorities released Liu …, said |his brother, exiled democracy campaigner Liu Qing."): those
 * words name who spoke, they report nothing.
 */
function speakerWordsOfClause(ctx: QuoteContext, d: QuoteDraft, drafts: readonly QuoteDraft[]): boolean {
  if (d.kind !== 'indirect' || !AFTER_INVERTED_CUE.test(ctx.text.slice(Math.max(0, d.start - 20), d.start))) return false;
  // The clause ends right at the inverted cue's comma, and these words end with the name of its speaker.
  return drafts.some((o) => o !== d && o.end < d.start && INVERTED_CUE_ONLY.test(ctx.text.slice(o.end, d.start))
    && o.speaker !== null && o.speaker.start >= d.start && (d.end <= o.speaker.end || SPEAKER_TAIL.test(ctx.text.slice(o.speaker.end, d.end))));
}
/** What may follow the speaker's name in those words: punctuation, and when it was said (", on Monday"). */
const SPEAKER_TAIL = new RegExp(String.raw`^[\s.,]*(?:(?:on\s+)?(?:${WEEKDAYS.join('|')})|(?:on\s+)?(?:last|this)\s+(?:week|month|year)|yesterday|today)?[\s.,]*$`);

/** From a quote's end to its inverted speaker: the comma, marks and verb of "“…,” said Norm Coleman" (or "said one of those advisers"). */
const INVERTED_BEFORE_SPEAKER = new RegExp(`^[\\s,”"’']*(${INVERTED_VERB}|stated)\\s+(?:(?:one|some|many|two|three|most|all|each|none)\\s+of\\s+)?$`, 'i');
/** Words between a speaker's name and what follows that open a clause of their own ("…, who added that", "…, saying"), or a sentence's end. */
const OWN_CLAUSE = /\b(?:who|which|that|whose|and|but|said|says|added|told|noted|saying|adding|noting)\b|[.!?;]["”’']*\s/i;
/** How far after an inverted speaker's name its description may run. */
const DESCRIPTION_CHARS = 100;

/**
 * Whether an indirect draft's words describe the speaker of the quote before it, named after an
 * inverted verb ("“…,” said Norm Coleman, |the former senator from Minnesota …|", "said Senator
 * John McCain |of Arizona, …|"): the draft's cue is that very verb, and the words only say who
 * the speaker is.
 */
function descriptionOfInvertedSpeaker(ctx: QuoteContext, d: QuoteDraft, drafts: readonly QuoteDraft[]): boolean {
  if (d.kind !== 'indirect' || d.cue === null) return false;
  const verb = d.cue.split(' ')[0]!.toLowerCase();
  return drafts.some((o) => {
    if (o === d || o.speaker === null || o.end > o.speaker.start || o.speaker.end > d.start || d.start - o.speaker.end > DESCRIPTION_CHARS) return false;
    const before = INVERTED_BEFORE_SPEAKER.exec(ctx.text.slice(o.end, o.speaker.start));
    return before !== null && before[1]!.toLowerCase() === verb && !OWN_CLAUSE.test(ctx.text.slice(o.speaker.end, d.start));
  });
}

/** How far after its speaker words a draft's cue is looked for. */
const CUE_SEARCH_CHARS = 200;

/**
 * Drafts whose speaker words lie inside a comma-enclosed interruption of the clause's subject
 * ("Trump, who has a commanding lead in delegates, mocked …") take the subject as speaker, and a
 * group whose members the interruption names ("…, including the Asbury Park Press, said") speaks
 * as the group (`interruptedSubject`). After the tagger: the rules' own spans, which it reads, stay as found.
 */
function interruptedSubjects(ctx: QuoteContext, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  return drafts.map((d) => {
    if (d.speaker === null || d.cue === null) return d;
    const after = ctx.text.slice(d.speaker.end, d.speaker.end + CUE_SEARCH_CHARS).toLowerCase();
    const at = after.indexOf(d.cue.split(' ')[0]!);
    const subject = at < 0 ? null : interruptedSubject(ctx, d.speaker, d.speaker.end + at);
    return subject === null ? d : redraft(d, d.start, d.end, subject, d.cue, d.explicit);
  });
}

/** The rule-based quotes of an article, sorted by start (the tagger's stacked features read them too). */
export function findRuleDrafts(ctx: QuoteContext, options: { indirect: boolean; partial: boolean } = { indirect: true, partial: true }): QuoteDraft[] {
  // Filled from an array literal (not `filter`), so an article without rule quotes gets an array of
  // the same kind as any other, and the code reading the drafts is not deoptimized for it.
  const out: QuoteDraft[] = [];
  for (const d of findMarkedQuotes(ctx)) if (options.partial || d.kind !== 'partial') out.push(d);
  if (options.indirect) for (const d of findIndirectSpeech(ctx)) if (options.partial || d.kind !== 'partial') out.push(d);
  return out.sort((a, b) => a.start - b.start);
}

/** Verbs of saying and speech acts that open a second attribution of the same subject after "and" or "but". */
const COORDINATED_CUES = [...new Set([...FINITE_CUES, ...ACT_CUES].map((c) => c.split(' ')[0]!))];
/** ", and said", " but also urged", " and then asked", " and said, “…”": the subject's next attribution starts after the verb. */
const COORDINATED_CUE = new RegExp(`,?\\s+(?:and|but)\\s+(?:also\\s+|then\\s+|later\\s+)?(${COORDINATED_CUES.join('|')})(?:\\s+|,\\s*)`, 'dg');
/** Past-tense speech acts that take an object, in a list of what one subject did (", proposed that …", ", and most recently defended …"). */
const LISTED_ACTS = ACT_CUES.filter((c) => /ed$/.test(c) && !c.includes(' '));
/** ", proposed that more forces be left in Iraq": the next act in a list of the subject's acts, with or without "and", an adverb or two before it. */
const LISTED_ACT = new RegExp(`,\\s+(?:and\\s+)?(?:(?:also|then|later|most|\\p{Ll}+ly)\\s+){0,2}(${LISTED_ACTS.join('|')})\\s+(?:at\\s+first\\s+)?(?:that\\s+)?`, 'dgu');
/** ", adding that", ", noting", ", calling him …": a participle of saying or of a speech act goes on with the same speaker's next point. */
const NEXT_POINT_PARTICIPLE = /,\s+(saying|adding|noting|arguing|insisting|claiming|warning|explaining|stressing|stating|declaring|asserting|recalling|calling|criticizing|questioning|accusing|urging|praising|blaming|describing|suggesting|promising|vowing|pledging)\s+(?:that\s+)?/dg;
/** A second subject and its verb of saying (more verbs, beliefs among them, found more false splits than true ones): "…, while 22 percent said they …", ", and other GOP leaders said …", ", compared with four in 10 who said …". */
const OTHER_SUBJECT_CUE = new RegExp(String.raw`(?:,|\s+[—–])?\s+(?:and|but|while|although|though|whereas|compared\s+(?:with|to))\s+((?:[\p{L}\d%’'.-]+\s+){0,5}?[\p{L}\d%’'.-]+)\s+(?:who\s+)?(?:also\s+)?(said|says|say|added|noted|argued|told|tweeted|wrote|claimed|insisted)\s+(?:that\s+)?(?=[\p{L}\d“"‘])`, 'dgu');
/** A comma, then a new subject and its verb of saying, no comma after it: "While Comey said …, Lewandowski said he …". */
const SPLICED_SUBJECT_CUE = /,\s+(he|she|they|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s(said|says|added)\s+(?:that\s+)?(?=[\p{L}\d])/dgu;

/**
 * What ends one attribution inside a reported clause and opens the next. The second part belongs
 * to the clause's own speaker, or (`ownSubject`) to the subject the pattern's first group holds,
 * with the verb in its second group.
 */
const SPLITTERS: readonly { readonly pattern: RegExp; readonly ownSubject: boolean }[] = [
  { pattern: COORDINATED_CUE, ownSubject: false },
  { pattern: NEXT_POINT_PARTICIPLE, ownSubject: false },
  { pattern: LISTED_ACT, ownSubject: false },
  { pattern: OTHER_SUBJECT_CUE, ownSubject: true },
  { pattern: SPLICED_SUBJECT_CUE, ownSubject: true },
];
/** An opening quote mark, as a regular-expression alternation. */
const OPENING_MARK = '(?:["“‘]|``|\'\')';
/** A quote mark and a capital opening what follows a coordinated verb and its comma: a quote of whole sentences. */
const OPENS_WITH_QUOTE = new RegExp(`^${OPENING_MARK}\\p{Lu}`, 'u');
/** "and" or "but", a few words with no stop, then a verb of saying ("and when pressed on why …, the mother of three replied"). */
const COORDINATED_CLAUSE_CUE = `\\s+(?:and|but)\\b[^.!?;“”"]{0,120}?\\b(?:${COORDINATED_CUES.join('|')})[\\s,:]*`;
/** A participle of saying and what may separate it from a quote (" adding, "). */
const PARTICIPLE_OF_SAYING = `\\s+(?:${PARTICIPLE_CUES.join('|')})[\\s,:]*`;
/** Neither part of a split attribution may be shorter than this (characters). */
const MIN_PART_CHARS = 10;

/**
 * A reported clause that runs on into a second attribution holds two: "called Trump “crazy” and
 * said the party is bound to lose" (the same subject's second verb), "… would be more intense,
 * adding that …" (a participle of saying), "… are set on voting for him, while 22 percent said
 * they might change their mind" and "While Comey said …, Lewandowski said …" (a new subject and
 * its verb). It is split there; the second part takes its own cue, and its own speaker words when
 * it has a subject of its own. Words inside quote marks are the speaker's own and are not split.
 */
function splitCoordinated(ctx: QuoteContext, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const found of drafts) {
    if (found.kind !== 'indirect') {
      out.push(found);
      continue;
    }
    const d = quoteCut(ctx, found);
    let from = d.start;
    let cue = d.cue;
    let speaker = d.speaker;
    for (const point of splitPoints(ctx, d)) {
      if (point.at - from < MIN_PART_CHARS) continue;
      out.push(redraft(d, from, point.at, speaker, cue, d.explicit));
      from = point.next;
      cue = point.cue;
      speaker = point.speaker;
      // A quote after the second verb and its comma (" and said, “Who …”") is a direct quote of its own: no clause is left.
      if (point.quoteOnly) {
        from = d.end;
        break;
      }
    }
    if (from < d.end) out.push(from === d.start ? d : redraft(d, from, d.end, speaker, cue, d.explicit));
  }
  return out.sort((a, b) => a.start - b.start);
}

interface SplitPoint {
  /** Where the first part ends. */
  readonly at: number;
  /** Where the second part starts. */
  readonly next: number;
  readonly cue: string;
  readonly speaker: QuoteDraft['speaker'];
  /** What follows is a direct quote of its own. */
  readonly quoteOnly: boolean;
}

/** Where an indirect draft holds a further attribution, in order of position. */
function splitPoints(ctx: QuoteContext, d: QuoteDraft): SplitPoint[] {
  const body = ctx.text.slice(d.start, d.end);
  const points: SplitPoint[] = [];
  for (const { pattern, ownSubject } of SPLITTERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m !== null; m = pattern.exec(body)) {
      const at = d.start + m.index;
      const next = at + m[0].length;
      if (insideMarks(ctx, at) || at - d.start < MIN_PART_CHARS || d.end - next < MIN_PART_CHARS) continue;
      const cueGroup = ownSubject ? 2 : 1;
      const cue = m[cueGroup]!.toLowerCase();
      if (!ownSubject) {
        const quoteOnly = /,\s*$/.test(m[0]) && OPENS_WITH_QUOTE.test(ctx.text.slice(next, next + 3)) && insideMarks(ctx, next + 1);
        points.push({ at, next, cue, speaker: d.speaker, quoteOnly });
        continue;
      }
      const subjectStart = d.start + m.indices![1]![0];
      const cueStart = d.start + m.indices![cueGroup]![0];
      points.push({ at, next, cue, speaker: speakerBefore(ctx, subjectStart, cueStart, 'finite', false), quoteOnly: false });
    }
  }
  return points.sort((a, b) => a.at - b.at);
}

/** ", and when pressed on why …, the mother of three replied, “": a clause of its own whose verb of saying opens a quote. */
const CLAUSE_TO_QUOTE = new RegExp(`,${COORDINATED_CLAUSE_CUE}(?=${OPENING_MARK})`, 'g');
/** "… could be “messy,” adding, “": a participle of saying opening a quote of the speaker's next point. */
const PARTICIPLE_TO_QUOTE = new RegExp(`(,?["”’']?)${PARTICIPLE_OF_SAYING}(?=${OPENING_MARK})`, 'g');
/** Where a reported clause ends before a quote of its own, the first that fits. */
const QUOTE_CUTS = [CLAUSE_TO_QUOTE, PARTICIPLE_TO_QUOTE];

/**
 * A reported clause that runs on into a coordinated clause whose own verb of saying opens a quote
 * ("She said fathers … would not be eligible, and when pressed on why …, the mother of three
 * replied, “…”") ends before the "and", and one that runs on into a participle of saying opening a
 * quote ("… could be “messy,” adding, “Democracy is messy.”") ends before the participle: the quote
 * is a direct quote of its own.
 */
function quoteCut(ctx: QuoteContext, d: QuoteDraft): QuoteDraft {
  const body = ctx.text.slice(d.start, d.end);
  for (const pattern of QUOTE_CUTS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m !== null; m = pattern.exec(body)) {
      // The first part keeps a quote mark closing right before the cut ("could be “messy,” adding").
      const at = d.start + m.index + (m[1]?.length ?? 0);
      const next = d.start + m.index + m[0].length;
      if (insideMarks(ctx, at) || at - d.start < MIN_PART_CHARS || !OPENS_WITH_QUOTE.test(ctx.text.slice(next, next + 3)) || !insideMarks(ctx, next + 1)) continue;
      return redraft(d, d.start, at, d.speaker, d.cue, d.explicit);
    }
  }
  return d;
}

/**
 * A draft with its span, speaker words, cue and explicitness replaced, built field by field in the
 * order every draft is built in (a spread would give the copy a hidden class of its own).
 */
function redraft(d: QuoteDraft, start: number, end: number, speaker: QuoteDraft['speaker'], cue: string | null, explicit: boolean): QuoteDraft {
  return d.stance === undefined
    ? { kind: d.kind, start, end, speaker, cue, explicit, implied: d.implied, mark: d.mark }
    : { kind: d.kind, start, end, speaker, cue, explicit, implied: d.implied, mark: d.mark, stance: d.stance };
}

/** Share of a model span that a rule quote may cover before the model span counts as the same attribution. */
const SAME_ATTRIBUTION_SHARE = 0.3;

/**
 * The rules' quotes, plus the tagger's attributions that no rule quote already covers (a partial
 * quote inside a longer clause of the tagger's does not cover it: the clause is the mixed quote's
 * content). A rule quote that found no speaker of its own (and does not continue an earlier quote)
 * takes the speaker of the tagger's attribution covering it.
 */
function mergeDrafts(rules: readonly QuoteDraft[], model: readonly QuoteDraft[]): QuoteDraft[] {
  // Filled from an array literal, so an article with no quotes at all gets an array of the same kind as any other.
  const out: QuoteDraft[] = [];
  for (const r of rules) out.push(withModelSpeaker(r, model));
  for (const m of model) if (!coveredByRule(rules, m)) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A rule quote, or (when it found no speaker and continues no earlier quote) a copy with the speaker
 * of the tagger's attribution covering it. Not for a participle's quote: a participle hangs on its
 * clause's subject, and when the rules found none ("The communications pro also took a shot at
 * President Obama and the first lady, writing “…”") the tagger's nearest name is the preposition's
 * object the rules passed over. Nor for a question put by an unnamed asker ("Asked point-blank, “…?”
 * Weiner replied"), whose nearest name is the one who answers.
 */
function withModelSpeaker(r: QuoteDraft, model: readonly QuoteDraft[]): QuoteDraft {
  if (r.speaker !== null || r.implied !== null || (r.cue !== null && (PARTICIPLE_CUE_SET.has(r.cue) || r.cue === 'asked'))) return r;
  const m = model.find((x) => x.speaker !== null && same(r, x));
  return m === undefined ? r : redraft(r, r.start, r.end, m.speaker, r.cue ?? m.cue, true);
}

type Span = { readonly start: number; readonly end: number };

/** Whether two spans share at least `share` of the shorter of them. */
function sharesOfShorter(a: Span, b: Span, share: number): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared >= share * Math.min(a.end - a.start, b.end - b.start);
}

/** Whether a rule quote and a tagger attribution are the same attribution (they share enough of the shorter). */
function same(r: Span, m: Span): boolean {
  return sharesOfShorter(r, m, SAME_ATTRIBUTION_SHARE);
}

/** What a tagger span may add to a partial quote and still be that quote: its marks and a stop. */
const MARKS_AROUND_CHARS = 4;

/** A rule quote covers a tagger attribution, unless it is a partial quote inside the tagger's clause (a mixed quote: the clause is the content). */
function coveredByRule(rules: readonly QuoteDraft[], m: Span): boolean {
  for (const r of rules) {
    // Longer by more than the quote marks and a stop around the partial: the tagger's span holds words
    // of the clause, unless those are the words naming the partial's own speaker (“…” the president wrote).
    const mixed = r.kind === 'partial' && m.start <= r.start && r.end <= m.end && m.end - m.start > r.end - r.start + MARKS_AROUND_CHARS
      && !(r.speaker !== null && m.start <= r.speaker.start && r.speaker.end <= m.end);
    if (same(r, m) && !mixed) return true;
  }
  return false;
}

/** Whether `mergeDrafts` uses a tagger attribution: added to the rules' quotes, or giving its speaker to a rule quote that found none. */
function modelDraftUsed(rules: readonly QuoteDraft[], m: Span): boolean {
  return !coveredByRule(rules, m) || rules.some((r) => r.speaker === null && r.implied === null && same(r, m));
}

/** Resolves speakers in reading order, so a pronoun sees who spoke before it. */
function resolveSpeakers(ctx: QuoteContext, drafts: readonly QuoteDraft[], lookBack: number): Resolved[] {
  const resolver = createSpeakerResolver(ctx);
  const out: Resolved[] = [];
  const paragraphOrder = new Map(ctx.paragraphs.map((p, i) => [p.index, i]));
  for (const draft of drafts) {
    let speaker: string | null = null;
    if (draft.speaker !== null) speaker = resolver.resolve(draft.speaker);
    else if (draft.implied === 'continuation' && draft.mark !== null) {
      const here = paragraphOrder.get(draft.mark.paragraph) ?? 0;
      const previous = [...out].reverse().find((r) => r.draft.mark !== null && r.draft.kind === 'direct');
      const there = previous?.draft.mark != null ? (paragraphOrder.get(previous.draft.mark.paragraph) ?? -Infinity) : -Infinity;
      if (previous !== undefined && here - there <= lookBack) speaker = previous.speaker;
    }
    // A group is not the "he" or "she" of a later quote.
    if (speaker !== null && draft.speaker !== null && draft.speaker.kind !== 'group') resolver.noteSpeaker(speaker, draft.start);
    out.push({ draft, speaker });
  }
  // A quote left open at a paragraph end takes the speaker named later in its run (attribution at the end).
  // (Every read and the write happen on each pass, not only in the rare case that uses them: code
  // compiled before that case was met would otherwise be thrown away and compiled again.)
  for (let i = out.length - 2; i >= 0; i -= 1) {
    const piece = out[i];
    const next = out[i + 1];
    if (piece === undefined || next === undefined) continue;
    const mark = piece.draft.mark;
    const nextMark = next.draft.mark;
    const leftOpen = mark !== null && !mark.closed;
    const continued = nextMark !== null && nextMark.continues;
    const nextSpeaker = next.speaker;
    piece.speaker = piece.speaker === null && leftOpen && continued ? nextSpeaker : piece.speaker;
  }
  return out;
}

/** Between a reported clause and a quote of the speaker's next point: the attribution, then a participle of saying (", Spicer said, adding, “"). */
const NEXT_POINT = new RegExp(`^,[^,]{1,60},\\s+(?:${[...ADDING_CUES].join('|')})\\b[^\\p{L}]*$`, 'u');

/** Between a reported clause and a quote: a participle of saying opening the speaker's next point (" adding, “"). */
const PARTICIPLE_BEFORE_QUOTE = new RegExp(`^[\\s,”"’']*,?${PARTICIPLE_OF_SAYING}${OPENING_MARK}?$`);
/** A relative "who" and its verb right before a reported clause. */
const WHO_CUE_BEFORE = /\bwho\s+(?:also\s+|later\s+)?\p{Ll}+\s+(?:that\s+)?$/u;
/** Between a reported clause and a quote the same subject's second verb of saying opens (" and said, “"). */
const COORDINATED_BEFORE_QUOTE = new RegExp(`^,?${COORDINATED_CLAUSE_CUE}${OPENING_MARK}?$`);

/**
 * Indirect speech repeating a quote of the same speaker in the same sentence adds nothing, unless
 * the quote is a partial one inside the clause (a mixed quote: the clause is its content) or outside
 * it (the speaker's other point: "He said his attacks worked and said that Trump is no “party of Reagan”").
 */
function dropRepeatedIndirect(ctx: QuoteContext, quotes: readonly Resolved[]): Resolved[] {
  const quotedIn = new Map<number, Resolved[]>();
  for (const r of quotes) {
    if (r.draft.kind === 'indirect') continue;
    const index = sentenceIndexAt(ctx, r.draft.start);
    quotedIn.set(index, [...(quotedIn.get(index) ?? []), r]);
  }
  return quotes.filter(({ draft, speaker }) => {
    if (draft.kind !== 'indirect' || draft.stance !== undefined) return true;
    const same = (quotedIn.get(sentenceIndexAt(ctx, draft.start)) ?? []).filter((q) => q.speaker === speaker);
    const adding = draft.cue !== null && (ADDING_CUES.has(draft.cue) || draft.cue === 'referring to');
    return same.every(({ draft: q }) => (q.kind === 'partial' && ((q.start >= draft.start && q.end <= draft.end) || q.start >= draft.end || q.end <= draft.start))
      // "…,” he said, adding that …" or "…, referring to …": the speaker's next point after the quote, not a repeat of it.
      || (adding && q.end <= draft.start)
      // "…, Spicer said, adding, “…”": the quote is the next point after the clause.
      || (q.start >= draft.end && NEXT_POINT.test(ctx.text.slice(draft.end, q.start)))
      // "said the move was made by Bratton and said, “Who …”": a second verb of saying, a second point.
      || (q.start >= draft.end && COORDINATED_BEFORE_QUOTE.test(ctx.text.slice(draft.end, q.start)))
      // "could be “messy,” adding, “Democracy is messy.”": a participle of saying opens the next point.
      || (q.start >= draft.end && PARTICIPLE_BEFORE_QUOTE.test(ctx.text.slice(draft.end, q.start)))
      // "“…,” said Alan Berger, a gynecologist, who said he is friendly with …": the relative clause's own point.
      || (q.end <= draft.start && WHO_CUE_BEFORE.test(ctx.text.slice(Math.max(0, draft.start - 30), draft.start))));
  });
}

/**
 * An attribution inside the content of a longer reported clause is part of what that clause
 * reports: a belief always ("Cook told reporters that Carter believes …", "Lopez said she feels …"),
 * indirect speech when the clause has the same speaker (the same attribution read twice, "argued
 * that …" as speech and as a stated view). Speech acts and quotes inside a clause are kept: they are
 * more often attributions of their own.
 */
function dropNested(quotes: readonly Resolved[]): Resolved[] {
  return quotes.filter(({ draft: d, speaker }) => {
    if (d.kind !== 'indirect' || d.stance === 'speech') return true;
    const host = quotes.find(({ draft: o }) => o !== d && o.kind === 'indirect' && o.start <= d.start && d.end <= o.end && o.end - o.start > d.end - d.start);
    return host === undefined || (d.stance === undefined && host.speaker !== speaker);
  });
}

/** How far after a partial quote its own speaker may be named and still own it: the mark, a comma and a title. */
const ATTRIBUTION_AFTER_CHARS = 30;

/**
 * A partial quote inside a reported clause is the clause's speaker's words ("Carson took the stage at
 * the Grand Hotel in Baltimore and called the political system “rotten to the core.”"), not those of
 * a name near the marks; a clause without a speaker leaves the quote's own, and so does a name inside
 * the clause with a cue of its own (a nested attribution: "a relationship Xi views as “…”").
 */
export function clauseSpeakersForPartials(quotes: Resolved[]): Resolved[] {
  for (const r of quotes) {
    if (r.draft.kind !== 'partial') continue;
    const { start, end } = r.draft;
    const clause = quotes.find(({ draft: o }) => o.kind === 'indirect' && o.start <= start && end <= o.end);
    if (clause === undefined || clause.speaker === null) continue;
    const words = r.draft.speaker;
    if (words !== null && words.kind !== 'pronoun' && r.draft.cue !== clause.draft.cue && clause.draft.start <= words.start && words.end <= clause.draft.end) continue;
    // Attributed right after its marks ("… is “not putting people back to work,” President Obama said"), the quote is that speaker's.
    if (words !== null && words.kind !== 'pronoun' && words.start >= end && words.start - end <= ATTRIBUTION_AFTER_CHARS) continue;
    r.speaker = clause.speaker;
  }
  return quotes;
}

/** Share of the shorter of two attributions of one speaker that, shared, makes them one attribution found twice. */
const REPEAT_SHARE = 0.5;

/**
 * One speaker's attribution found twice over the same words (by the rules and the tagger, by two
 * cues of one clause, or as a sourced clause as well) is reported once: an indirect quote that shares
 * at least half of the shorter of the two with a longer quote of the same speaker is dropped, and of
 * two equal ones the first is kept.
 */
function dropRepeats(quotes: readonly Resolved[]): Resolved[] {
  return quotes.filter((r, i) => {
    const a = r.draft;
    if (a.kind !== 'indirect') return true;
    return !quotes.some((o, j) => {
      const b = o.draft;
      if (j === i || o.speaker !== r.speaker || !sharesOfShorter(a, b, REPEAT_SHARE)) return false;
      const la = a.end - a.start;
      const lb = b.end - b.start;
      return lb > la || (lb === la && j < i);
    });
  });
}

function toQuote(text: string, draft: QuoteDraft, speaker: string | null): Quote {
  const words = draft.speaker;
  return {
    kind: draft.kind,
    start: draft.start,
    end: draft.end,
    text: text.slice(draft.start, draft.end),
    speaker,
    speakerText: words?.text ?? null,
    speakerStart: words?.start ?? null,
    speakerEnd: words?.end ?? null,
    cue: draft.cue,
    explicit: draft.explicit,
    ...(draft.stance !== undefined ? { stance: draft.stance } : {}),
  };
}
