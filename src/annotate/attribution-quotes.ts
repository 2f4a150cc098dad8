/**
 * Turns the attribution tagger's spans into quote drafts: each CONTENT span takes the nearest CUE
 * and the SOURCE nearest that cue in its paragraph (same sentence first), and the source words
 * become a speaker candidate for the resolver (pronouns, surnames, titles, "the spokesman").
 */
import type { QuoteStance } from '../types.js';
import { attributionSequences, type AttributionSequence, type RuleSpan } from './attribution-features.js';
import { tagSequence, taggedSpans, type TaggedSpan } from './attribution-model.js';
import { ACT_CUES } from './quotes-attitude.js';
import { AUXILIARIES, FINITE_CUES, HONORIFICS, NON_NAME_WORDS, PARTICIPLE_CUES, ROLE_NOUNS, VIEW_CUES } from './quotes-lexicon.js';
import { type QuoteContext, entityByWords, insideMarks, sentenceIndexAt } from './quotes-context.js';
import { findCues } from './quotes-cues.js';
import type { QuoteDraft } from './quotes-direct.js';
import { describedPerson, listOpener, namedInApposition, TITLE_BEFORE_OBJECT } from './quotes-appositives.js';
import { DETERMINER_BEFORE, findCandidates, headsBody, NOT_A_NAME, ORG_HEAD_AFTER, possessiveAt, type SpeakerCandidate } from './quotes-candidates.js';
import { speakerAfter, speakerBefore } from './quotes-speakers.js';
import type { NerModel } from './ner-model.js';
import { SPOKEN_OPENERS, WEEKDAYS } from './gazetteer/words.js';

/** Words of a cue that make it speech (the rules' verbs of saying and speech acts, and nouns of saying). */
const SPEECH = new Set<string>([
  ...[...FINITE_CUES, ...PARTICIPLE_CUES, ...VIEW_CUES, ...ACT_CUES].flatMap((c) => c.split(' ')),
  'according', ':', 'statement', 'interview', 'speech', 'remarks', 'comments', 'tweet', 'letter', 'memo', 'told', 'say',
]);
/**
 * How sure the tagger must be of a content span for it to be reported: how much score (in hundredths
 * of one training update) its best tagging loses when the span's first token is tagged O instead. On
 * the tuning articles the additions below it were right less often than half the F1, so they cost
 * F1. Chosen there (F1 0.7091 at 3,500, 0.7099 at 4,000, 0.7067 at 4,500).
 */
const MIN_CONFIDENCE = 4000;
/** A determiner-led source is a description ("the campaign"), else a name as written. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|one|some|many|most|several)\s/i;
/** "The" and up to four words, then a person's role noun ("The GOP presidential nominee", "the Fox News host"). */
const ROLE_DESCRIPTION = new RegExp(`^(?:the|The)\\s+(?:[\\p{L}.-]+\\s+){1,4}(?:${ROLE_NOUNS.join('|')})$`, 'u');
/**
 * Content shorter than this many characters is a pronoun, a stray word or the first words of a
 * phrase the tagger cut short ("to", "Trump’s", "the tax"), not an attribution worth reporting: on
 * the tuning articles such additions were right less often than half the F1. Chosen there (F1 flat
 * from 10 to 12).
 */
const MIN_CONTENT_CHARS = 10;
/** Finite verbs of saying, which open no reported content. */
const SAYING: ReadonlySet<string> = new Set(FINITE_CUES);
/** How many words an attribution misread as content runs to ("said to People", "told Fox News Sunday"). */
const MAX_MISREAD_TOKENS = 4;
/** A word that cannot end a phrase: content ending on it was cut short by the tagger ("accuses Sanders of", "decried Trump’s"). */
const OPEN_END = /^(?:the|a|an|to|his|her|their|its|our|my|your|this|these|those|of|for|in|on|at|with|by|from|about|into|than|and|or|but|nor|some|more|new|that|who|which|whose|is|are|was|were|be|been|being|has|have|had|will|would|could|can|should|must|may|might|shall|not|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|['\u2019]s|\p{L}+['\u2019]s)$/iu;
/** What ends a clause the cut-short content runs on to: punctuation, a quote mark or a dash. */
const CLAUSE_END = /^[.,;:!?\u201c\u201d"()\u2014\u2013]$/u;

/** A content span with its source and cue, as character offsets. */
export interface ModelAttribution {
  readonly start: number;
  readonly end: number;
  readonly source: { readonly start: number; readonly end: number } | null;
  readonly cue: { readonly start: number; readonly end: number } | null;
  /** How sure the tagger was of the content: the score its best tagging loses when the first token is O. */
  readonly confidence: number;
}

function distance(a: TaggedSpan, b: TaggedSpan): number {
  return a.to <= b.from ? b.from - a.to : b.to <= a.from ? a.from - b.to : 0;
}

/** Whether span `s` starts in the sentence where `to` starts or ends. */
function near(seq: AttributionSequence, s: TaggedSpan, to: TaggedSpan): boolean {
  const sentence = seq.tokens[s.from]!.sentence;
  return sentence === seq.tokens[to.from]!.sentence || sentence === seq.tokens[to.to - 1]!.sentence;
}

/** The span of `kind` nearest to `to`, same sentence first. */
function nearest(seq: AttributionSequence, spans: readonly TaggedSpan[], to: TaggedSpan): TaggedSpan | null {
  let best: TaggedSpan | null = null;
  for (const s of spans) {
    if (best === null || Number(near(seq, s, to)) > Number(near(seq, best, to)) || (near(seq, s, to) === near(seq, best, to) && distance(s, to) < distance(best, to))) best = s;
  }
  return best;
}

/**
 * Where content the tagger cut short on a word that cannot end a phrase ("decried Trump’s") really
 * ends: at the clause's next punctuation in its sentence, unless the tagger gave the words before it
 * another label. The token index after the content.
 */
function runOn(seq: AttributionSequence, tags: readonly string[], c: TaggedSpan): number {
  const last = seq.tokens[c.to - 1]!;
  if (!OPEN_END.test(last.word)) return c.to;
  let k = c.to;
  while (k < seq.tokens.length && seq.tokens[k]!.sentence === last.sentence && !CLAUSE_END.test(seq.tokens[k]!.word) && tags[k] === 'O') k += 1;
  return k;
}

/** A span's characters in the text. */
function charsOf(seq: AttributionSequence, s: TaggedSpan | null): { start: number; end: number } | null {
  return s === null ? null : { start: seq.tokens[s.from]!.start, end: seq.tokens[s.to - 1]!.end };
}

/** Attributions the tagger finds in one sequence. */
export function assembleAttributions(seq: AttributionSequence, tags: readonly string[], margins?: Float64Array): ModelAttribution[] {
  const spans = taggedSpans(tags);
  const cues = spans.filter((s) => s.kind === 'Q');
  const sources = spans.filter((s) => s.kind === 'S');
  const out: ModelAttribution[] = [];
  for (const c of spans.filter((s) => s.kind === 'C')) {
    const cue = nearest(seq, cues, c);
    const source = nearest(seq, sources, cue ?? c);
    const span = { start: seq.tokens[c.from]!.start, end: seq.tokens[runOn(seq, tags, c) - 1]!.end };
    // A lone cue word tagged as content is the tagger misreading the attribution itself.
    if (span.end - span.start < MIN_CONTENT_CHARS || (c.to - c.from === 1 && seq.tokens[c.from]!.cue)) continue;
    // Content opening with a verb of saying is the attribution read as content ("said to People").
    if (c.to - c.from <= MAX_MISREAD_TOKENS && SAYING.has(seq.tokens[c.from]!.word.toLowerCase())) continue;
    // "… was quoted | as saying by the Antara news agency", "… quoted | Mahathir as saying in Sarawak": the rest of an attribution.
    if (asSayingWithin(seq, c.from, Math.min(c.to, c.from + MAX_MISREAD_TOKENS + 2))) continue;
    out.push({ start: span.start, end: span.end, source: charsOf(seq, source), cue: charsOf(seq, cue), confidence: margins?.[c.from] ?? Infinity });
  }
  return out;
}

/** Whether "as saying" opens within tokens `[from, to)`: the wire's "quoted (…) as saying" read as content. */
function asSayingWithin(seq: AttributionSequence, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (seq.tokens[i]!.word.toLowerCase() === 'as' && seq.tokens[i + 1]?.word.toLowerCase() === 'saying') return true;
  return false;
}

/** Preference among candidates inside the source words: a person, then a pronoun, an organisation, a role, a group, a name. */
const SOURCE_RANK: Partial<Record<SpeakerCandidate['kind'], number>> = { person: 0, pronoun: 1, organization: 2, description: 3, group: 4, name: 5 };

/** Whether a candidate may name a source: not a place ("Iowa", "DES MOINES"), and a name the entity list did not know is capitalised and not one of the words above. */
function namesSomeone(c: SpeakerCandidate): boolean {
  if (c.kind === 'place') return false;
  if (c.kind !== 'name') return true;
  return /^\p{Lu}/u.test(c.text) && !NOT_A_NAME.test(c.text) && !NON_NAME_WORDS.has(c.text);
}

/** What lies between a person and a source inside the person's appositive (", Republican of ", ", a senior fellow at the "), not a conjunction opening a new clause (", but Republicans"). */
const IN_APPOSITIVE = /^,\s+(?!(?:but|and|or|yet|so|while|although|though|because|as|when|if|after|before)\b)[^,.;:()\u201c\u201d"]*$/u;

/** A preposition, then a determiner or capitalised words, right before a name: the name is an object ("at SunTrust Robinson Humphrey"). */
const IN_PREPOSITION_PHRASE = /\b(?:from|of|at|for|with|in|by|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&-]*\s+){0,2}$/u;
/** How far before a name that preposition is looked for. */
const PREPOSITION_PHRASE_CHARS = 40;

/** The stop of an abbreviation or initial, which ends no appositive ("Ft. Worth", "Mrs. Obama's", "R. Newkirk"). */
const ABBREVIATION_STOP = /(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Ft|Mt|Sen|Rep|Gov|Gen|Jr|Sr))\./gu;

/** The person whose appositive holds the candidate ("Jeff Flake, Republican of Arizona,"), if any. */
function appositiveOwner(ctx: QuoteContext, c: SpeakerCandidate): SpeakerCandidate | null {
  // A person inside the appositive is governed by a preposition there ("Robert Peck, an analyst at SunTrust Robinson Humphrey,").
  if (c.kind === 'pronoun' || (c.kind === 'person' && !IN_PREPOSITION_PHRASE.test(ctx.text.slice(Math.max(0, c.start - PREPOSITION_PHRASE_CHARS), c.start)))) return null;
  const sentence = sentenceAround(ctx, c.start);
  const owner = findCandidates(ctx, sentence.start, c.start).reverse().find((x) => x.kind === 'person');
  return owner !== undefined && IN_APPOSITIVE.test(ctx.text.slice(owner.end, c.start).replace(ABBREVIATION_STOP, '')) ? owner : null;
}


/** Where a noun phrase may end: a capitalised word, a plural or a possessive (not "was", "his", "this"). */
const NOUN_END = String.raw`(?<=\p{Lu}[\p{L}.-]*|\p{Ll}{2,}s|\p{L}['’]s?)(?<!\b(?:was|has|does|this|his|its|thus|less|plus))`;
/**
 * Where a verb follows the noun phrase that opens source words: an auxiliary, or a verb in the past
 * after a name or a plural ("BuzzFeed published the story", "parties broke a deadlock", "Authorities
 * are acting on"); a trailing adverb ("Another man, not seen on camera, then") goes too.
 */
const SOURCE_VERB = new RegExp(String.raw`\s+(?:cannot|can’t|can't|${AUXILIARIES.join('|')})\b|${NOUN_END},?\s+(?:(?:broke|spoke|took|gave|went|came|saw|began|ran|wrote|drew|threw|grew|became|chose|rose|fell)\b|(?:met|made|found|held|led|sent|left|brought|sought|fought|stood|paid|struck|\p{Ll}{2,}ed)\s+(?:up|down|out|the|a|an|its|his|her|their|\p{Lu})\b)|\s+(?:then|now|ultimately|immediately|swiftly|already)\s*$`, 'u');
/** A possessive mark closing a name ("Trump’s", "Sanders’"). */
const CLOSING_POSSESSIVE = /(?<=\p{Lu}[\p{L}.-]*)['’]s?$/u;
/** Words ending in a relative pronoun, whose verb follows. */
const RELATIVE_END = /\b(?:who|which|that|whose|whom)\s*$/i;
/** A participle alone ("Looking" of "Looking ahead to the fall, …"), unless the words are a name the entities know ("Beijing"). */
const LONE_PARTICIPLE = /^\p{Lu}\p{Ll}+ing$/u;
/** Source words opening with a participle (before its object or particle) or a question word ("Signing the letter", "Looking ahead", "Which industries are likely"). */
const NO_SOURCE_OPENING = /^(?:\p{Lu}\p{Ll}+ing\s+(?:the|a|an|his|her|their|its|our|from|on|to|at|with|about|into|over|ahead|back|up|out)\b|(?:Which|What|Whether|Now|(?:Then\s+)?There)\b)/u;

/**
 * The part of words found before a cue that can name who speaks: cut before a verb (`SOURCE_VERB`)
 * and a closing time ("House Speaker Paul Ryan on Thursday"); null when they open with a participle
 * or a question word, or nothing is left.
 */
function speakerWords(ctx: QuoteContext, start: number, end: number): string | null {
  const written = ctx.text.slice(start, end);
  if (NO_SOURCE_OPENING.test(written)) return null;
  if (LONE_PARTICIPLE.test(written) && !ctx.mentions.some((m) => m.start <= start && end <= m.end)) return null;
  const verb = SOURCE_VERB.exec(written);
  // Not a verb of a relative clause ("A woman who has accused"), nor one before a clause that names
  // the speaker after a comma ("Koizumi was prime minister, George").
  const cut = verb !== null && !RELATIVE_END.test(written.slice(0, verb.index)) && !written.includes(',', verb.index + 1);
  // A closing possessive names its owner ("Mr. Trump’s promises that …": the source words stop at the mark).
  const kept = (cut ? written.slice(0, verb!.index).replace(/[\s,;:]+$/u, '') : written).replace(CLOSING_POSSESSIVE, '');
  const time = TRAILING_TIME.exec(kept);
  // Nor do they end on a connector or a preposition the tagger took with them ("Lebanon on", "Foreign aid and").
  const words = (time === null ? kept : kept.slice(0, time.index)).replace(TRAILING_CONNECTORS, '');
  return words.length === written.length || WORDS.test(words) ? words : null;
}

/** Connectors, prepositions and articles closing source words. */
const TRAILING_CONNECTORS = /(?:[\s,]+(?:and|or|but|of|in|the|to|for|with|at|on|by|from|a|an))+$/u;

/** A spoken opener and its comma opening source words ("Sure, "). */
const SPOKEN_OPENER_LEAD = new RegExp(`^(?:${[...SPOKEN_OPENERS].join('|')}),\\s+(?=\\S)`, 'u');

/** A time phrase closing the source words ("on Thursday evening", "last week", "Tuesday"). */
const TRAILING_TIME = new RegExp(String.raw`\s+(?:(?:on|late|early|last|this)\s+)?(?:${WEEKDAYS.join('|')}|yesterday|today|tonight|week|month|year)(?:\s+(?:morning|afternoon|evening|night))?[\s,]*$`, 'u');

/** One more word of a name after words cut short ("North| Korea"). */
const ONE_WORD_MORE = /^\s+\S+$/;
/** A capitalised word next: the name stands in a title-case headline ("NFL Legend Pays A …"). */
const CAPITALISED_NEXT = /^\s+\p{Lu}/u;

/**
 * The speaker candidate the source words name: a person mention inside them, else one reaching past
 * words the tagger cut short ("Ben" of "Ben Carson"), else the best other candidate inside them (a
 * pronoun, an organisation, a role, a group, a name), else the words themselves when they may be a
 * name; null when nothing there names someone, so the cue's own subject is looked for instead.
 */
function candidateOf(ctx: QuoteContext, taggedWords: { start: number; end: number }): SpeakerCandidate | null {
  // A sentence's spoken opener the tagger took with the source words ("Sure, official data suggest") is not theirs.
  const opener = SPOKEN_OPENER_LEAD.exec(ctx.text.slice(taggedWords.start, taggedWords.end));
  const tagged = opener === null ? taggedWords : { start: taggedWords.start + opener[0].length, end: taggedWords.end };
  const kept = speakerWords(ctx, tagged.start, tagged.end);
  if (kept === null) return null;
  const shortened = kept.length === tagged.end - tagged.start ? tagged : { start: tagged.start, end: tagged.start + kept.length };
  // Words the tagger cut short of a place's or body's name by one word ("North" of "North Korea is
  // warning") reach its end; not in a title-case headline, where the name runs into the next words.
  const cutShort = ctx.mentions.find((m) => (m.type === 'place' || m.type === 'organization') && m.start <= shortened.start && shortened.start < m.end
    && shortened.end < m.end && ONE_WORD_MORE.test(ctx.text.slice(shortened.end, m.end)) && !CAPITALISED_NEXT.test(ctx.text.slice(m.end, m.end + 3)));
  const source = cutShort === undefined ? shortened : { start: shortened.start, end: cutShort.end };
  // Source words closing on a possessive name its owner, the person mentioned there ("Mr. Trump’s").
  const owner = source.end < tagged.end && possessiveAt(ctx.text, source.end) ? ctx.mentions.find((m) => m.type === 'person' && m.end === source.end && m.start >= source.start) : undefined;
  if (owner !== undefined) return { start: owner.start, end: owner.end, text: owner.text, kind: 'person', name: owner.name };
  const inside = findCandidates(ctx, source.start, source.end).filter(namesSomeone);
  // The first person named, also by a surname the entity list left untyped ("Carson, Fiorina and Huckabee"),
  // unless those words are part of a person mention the source cut short.
  const person = inside.find((c) => c.kind === 'person' || (c.kind === 'name' && entityByWords(ctx, c.text)?.type === 'person'
    && !ctx.mentions.some((m) => m.type === 'person' && m.start < c.end && c.start < m.end)));
  const body = person === undefined ? null : bodyOf(ctx, person, source);
  if (body !== null) return body;
  // A name heading a body inside the source words qualifies them too ("Supporters who have heard directly from the Rubio campaign").
  const qualifier = person ?? headedBody(ctx, source);
  // "Longtime Clinton foe", "pro-Sanders demonstrators": the name only qualifies the one speaking, who is the words as written.
  if (qualifier !== undefined && modifies(ctx, qualifier, source)) return wordsAsGroup(ctx, source);
  if (person !== undefined) return person;
  const around = ctx.mentions.find((m) => m.type === 'person' && m.start < source.end && source.start < m.end && !insideMarks(ctx, m.start) && !possessiveAt(ctx.text, m.end) && !headsBody(ctx, m));
  if (around !== undefined) return { start: around.start, end: around.end, text: around.text, kind: 'person', name: around.name };
  // "The GOP nominee", "the Fox News host": a person's role that a body or place only qualifies; the
  // description speaks, and is resolved as one (to the person, or the body for a spokesman).
  const written = ctx.text.slice(source.start, source.end);
  if (ROLE_DESCRIPTION.test(written) && inside.every((c) => c.kind === 'organization' || c.kind === 'place' || c.kind === 'name')) {
    return { start: source.start, end: source.end, text: written, kind: 'description', name: null };
  }
  let best: SpeakerCandidate | null = null;
  for (const c of inside) if (best === null || (SOURCE_RANK[c.kind] ?? 9) < (SOURCE_RANK[best.kind] ?? 9)) best = c;
  // A capitalised word the entity list does not know, before a lower-case noun, qualifies it: the
  // source words are the speaker ("many Brazilian factories fear").
  if (best !== null && best.kind === 'name' && NOUN_AFTER.test(ctx.text.slice(best.end, source.end))) return wordsAsGroup(ctx, source);
  if (best !== null) return best;
  const text = ctx.text.slice(source.start, source.end);
  const words: SpeakerCandidate = { start: source.start, end: source.end, text, kind: DETERMINER.test(text) ? 'description' : 'name', name: null };
  // Words a spoken opener preceded are the sentence's subject as written ("Sure, official data suggest").
  return namesSomeone(words) ? words : opener !== null ? wordsAsGroup(ctx, source) : null;
}

/** What closes source words without being part of the group they name: a relative clause, or a participle or particle at the end. */
const GROUP_TAIL = /(?:\s+(?:who|whose|which|that)\b.*|\s+(?:released|published|issued|out|first))+$/su;
/** Marks opening source words that the tagger took from the word before ("’s Daily Star newspaper", "- Additional records"). */
const GROUP_LEAD_MARKS = /^(?:['’]s?\s+|[-–—]\s+)*/u;
/** The source words as written, as a group speaker (without a closing mark or a determiner in its name). */
function wordsAsGroup(ctx: QuoteContext, source: { start: number; end: number }): SpeakerCandidate {
  // Without a relative clause or a participle closing them ("Romanian hacker who first", "A poll released").
  const lead = GROUP_LEAD_MARKS.exec(ctx.text.slice(source.start, source.end))![0].length;
  const start = source.start + lead;
  const text = ctx.text.slice(start, source.end).replace(GROUP_TAIL, '').replace(/(?:[\s,;:)—–-]|(?<!\b(?:Jr|Sr|Inc|Co|Corp|Ltd|Bros))\.)+$/u, '');
  return { start, end: start + text.length, text, kind: 'group', name: text.replace(/^(?:the|a|an)\s+/i, '') };
}

/** A person mention inside the source words that heads a body named there ("the Rubio campaign"). */
function headedBody(ctx: QuoteContext, source: { start: number; end: number }): SpeakerCandidate | undefined {
  const m = ctx.mentions.find((x) => x.type === 'person' && x.start > source.start && x.end < source.end && headsBody(ctx, x));
  return m === undefined ? undefined : { start: m.start, end: m.end, text: m.text, kind: 'person', name: m.name };
}

/**
 * The body a name heads when the source words stop at the name and a body noun follows it ("the
 * Obama campaign said", "the Trump administration says"): the campaign speaks, not the person. Its
 * words are a description, which names no one by itself.
 */
function bodyOf(ctx: QuoteContext, person: SpeakerCandidate, source: { start: number; end: number }): SpeakerCandidate | null {
  if (/\S/.test(ctx.text.slice(person.end, source.end))) return null;
  const head = ORG_HEAD_AFTER.exec(ctx.text.slice(person.end, person.end + 30));
  if (head === null) return null;
  // A determiner right before the source words belongs to the description they open ("the" of "the Obama campaign").
  const opener = DETERMINER_BEFORE.exec(ctx.text.slice(Math.max(0, source.start - 4), source.start));
  const start = opener === null ? source.start : source.start - opener[0].length;
  const end = person.end + head[0].length;
  return { start, end, text: ctx.text.slice(start, end), kind: 'description', name: null };
}

/** A lower-case noun right after a name inside source words: the name qualifies it ("Clinton foe", "Rubio campaign"). */
const NOUN_AFTER = /^\s+(?!(?:and|or|of|who|whose|which|that|said|says|told|has|had|have|is|was|were|are|will|would)\b)\p{Ll}[\p{L}-]*/u;
/** A name after a prefix or preposition opening the source words: "pro-Sanders demonstrators", "Supporters … from the Rubio campaign". */
const GOVERNED_BEFORE = /(?:\bpro-|\banti-|\b(?:from|of|at|for|with|to|by|about|on)\s+(?:the\s+)?)$/i;

/** What may open source words before the name that heads them: an honorific or title. */
const SOURCE_OPENING = new RegExp(`^(?:(?:${HONORIFICS})\\.?\\s+)?$`);

/** Whether a person named inside source words only qualifies the source (a modifier, or governed by a preposition or prefix). */
function modifies(ctx: QuoteContext, person: SpeakerCandidate, source: { start: number; end: number }): boolean {
  const before = ctx.text.slice(source.start, person.start);
  if (GOVERNED_BEFORE.test(before)) return true;
  // Words after a name opening the source are more often a verb the tagger ran into ("Ms. Hughes avoids") than a noun it qualifies.
  return !SOURCE_OPENING.test(before) && !/[,(]/.test(before) && NOUN_AFTER.test(ctx.text.slice(person.end, source.end));
}

/** Speech when the cue holds a verb or noun of saying or a speech act; anything else is a held view ("was skeptical that"). */
function stanceOf(cue: string | null): QuoteStance {
  return cue?.split(/\s+/).some((w) => SPEECH.has(w)) === true ? 'speech' : 'belief';
}

/** A relative pronoun as source stands for the words before it ("Sarandon, who said …"). */
const RELATIVE = /^(?:who|which|that)$/i;
/** Source words that are only a title stop before the name. */
const HONORIFIC_ONLY = new RegExp(`^(?:${HONORIFICS})\\.?$`);
/** How far after a lone title its name is looked for. */
const NAME_AFTER_TITLE = 40;
/** Candidates that can be the subject speaking when the tagger found no source. */
const SUBJECT_KINDS = new Set<SpeakerCandidate['kind']>(['person', 'pronoun', 'name']);
/** Source words must hold a word of two letters: a stray mark or "’s" names nobody. */
const WORDS = /\p{L}{2}/u;

/** Between a possessive owner and a noun cue: the mark and up to two modifiers ("’s controversial", "'s fire-breathing"). */
const OWNER_TO_CUE = /^['’]s?\s+(?:(?!(?:and|or|but|then)\s)[\p{Ll}-]+\s+){0,2}$/u;

/** The person or organisation whose possessive opens the cue's noun phrase, if any. */
function ownerBefore(ctx: QuoteContext, from: number, cueStart: number): SpeakerCandidate | null {
  // The last mention inside [from, cueStart), read from the end without copying the list.
  let m: (typeof ctx.mentions)[number] | undefined;
  for (let i = ctx.mentions.length - 1; i >= 0 && m === undefined; i -= 1) {
    const x = ctx.mentions[i]!;
    if (x.end <= cueStart && x.start >= from) m = x;
  }
  // A country holds claims and warnings as a government does ("North Korea's claims about").
  if (m === undefined || m.type === 'other' || !possessiveAt(ctx.text, m.end)) return null;
  return OWNER_TO_CUE.test(ctx.text.slice(m.end, cueStart)) ? { start: m.start, end: m.end, text: m.text, kind: m.type === 'place' ? 'organization' : m.type, name: m.name } : null;
}

/** Whether only the appositive's closing comma or parenthesis lies between source words and the cue after them. */
function closesBefore(ctx: QuoteContext, c: SpeakerCandidate, cue: { start: number } | null): boolean {
  return cue !== null && cue.start >= c.end && /^[\s,.)]*$/.test(ctx.text.slice(c.end, cue.start));
}

/** The sentence around an offset, or the whole text. */
function sentenceAround(ctx: QuoteContext, pos: number): { start: number; end: number } {
  const s = ctx.sentences[sentenceIndexAt(ctx, pos)];
  return s === undefined ? { start: 0, end: ctx.text.length } : s;
}

/**
 * Whether source words belong to another attribution than the cue's: they lie in a later sentence
 * ("Williamson concludes: “…” Liberal writers are …"), or in an earlier one while the cue's own
 * sentence names someone before it ("He also argued … Bush, however, interjected by hitting Trump")
 * or the cue is "according to".
 */
function elsewhere(ctx: QuoteContext, source: { start: number; end: number }, cue: { start: number; end: number } | null): boolean {
  if (cue === null) return false;
  // A name in an aside between parentheses closed before the cue ("a swipe at one Republican (presumably Sen. John McCain)") is no source of it.
  if (source.end <= cue.start && inClosedParentheses(ctx.text, source, cue.start)) return true;
  const sourceAt = sentenceIndexAt(ctx, source.start);
  const cueAt = sentenceIndexAt(ctx, cue.start);
  if (sourceAt > cueAt) return source.start >= cue.end;
  if (sourceAt === cueAt || source.end > cue.start) return false;
  // "according to" names its source after it, never in an earlier sentence.
  if (ACCORDING.test(ctx.text.slice(cue.start, cue.end))) return true;
  // Source words running over a whole clause of an earlier sentence ("swipe at one Republican (…) for admiring …") name no one source.
  if (ctx.text.slice(source.start, source.end).split(/\s+/).length > MAX_EARLIER_SOURCE_WORDS) return true;
  const sentence = ctx.sentences[cueAt];
  return sentence !== undefined && findCandidates(ctx, sentence.start, cue.start).some((c) => SUBJECT_KINDS.has(c.kind) && namesSomeone(c));
}

/** Whether `span` sits inside parentheses that close before `limit`. */
function inClosedParentheses(text: string, span: { start: number; end: number }, limit: number): boolean {
  const open = text.lastIndexOf('(', span.start);
  if (open < 0 || text.lastIndexOf(')', span.start - 1) > open || span.start - open > MAX_ASIDE_CHARS) return false;
  const close = text.indexOf(')', span.end);
  return close >= 0 && close < limit;
}
const MAX_ASIDE_CHARS = 80;
/** Source words in a sentence before their cue's longer than this are a clause, not a source. */
const MAX_EARLIER_SOURCE_WORDS = 8;

/**
 * Right before source words, a preposition that makes them a place, a listener or an object of the
 * clause ("took the stage at the Grand Hotel and called …", "spoke to Breitbart News about …", "in an
 * interview with CNN"), not the one speaking. "from", "by" and "according to" name the source.
 */
const PLACE_OR_OBJECT_BEFORE = new RegExp(String.raw`(?:^|\s)(?:at|in|on|with|to|of|about|against|over|into|after|during|under|between|toward|towards)\s+(?:the\s+|a\s+|an\s+)?${TITLE_BEFORE_OBJECT}(?<!according\s+to\s+)$`, 'i');
/** Where a preposition before the source words is looked for. */
const PREPOSITION_WINDOW = 20;
/** Candidates that name one person (a pronoun resolves to one). */
const PERSON_KINDS: ReadonlySet<SpeakerCandidate['kind']> = new Set(['person', 'pronoun']);

/** Source words opening with a common noun and a preposition before a capitalised name ("a shot at President Obama"): an object, not a source. */
const GOVERNED_INSIDE = /^(?:an?|the)\s+\p{Ll}+\s+(?:at|on|against|to|with|about|over)\s+(?:the\s+)?\p{Lu}/u;

/** Whether the source words follow a preposition of place, listener or object in their sentence (`PLACE_OR_OBJECT_BEFORE`). */
function afterPreposition(ctx: QuoteContext, source: { start: number; end: number }): boolean {
  return PLACE_OR_OBJECT_BEFORE.test(ctx.text.slice(Math.max(sentenceAround(ctx, source.start).start, source.start - PREPOSITION_WINDOW), source.start));
}

/**
 * The speaker of a tagged attribution: its source words (a relative pronoun's antecedent), else the
 * words the rules would take as the speaker of its cue. Source words after a preposition of place or
 * listener give way to the person the cue names for its own clause, when it names one.
 */
function speakerOf(ctx: QuoteContext, a: ModelAttribution): SpeakerCandidate | null {
  // A noun cue owned by a named one ("North Korea's claims about …") is that one's, whatever source
  // the tagger found after the cue ("…, experts say …" is the next clause's).
  const ownerFirst = a.cue !== null && (a.source === null || a.source.start >= a.cue.end);
  if (ownerFirst) {
    const owner = ownerBefore(ctx, sentenceAround(ctx, a.cue!.start).start, a.cue!.start);
    if (owner !== null) return owner;
  }
  if (a.source !== null && a.cue !== null) {
    // A participle hangs on the clause's subject, never on an object: source words holding one
    // ("took a shot at President Obama and the first lady, writing") give way to the clause, which may leave the speaker unnamed.
    const participle = PARTICIPLE_AFTER_COMMA.test(ctx.text.slice(Math.max(0, a.cue.start - 3), a.cue.end));
    // The speaker the cue names for its own clause, without the source words: found once, when asked for.
    let clause: SpeakerCandidate | null | undefined;
    const clauseSpeaker = (): SpeakerCandidate | null => (clause === undefined ? (clause = speakerOf(ctx, { ...a, source: null })) : clause);
    if (participle && GOVERNED_INSIDE.test(ctx.text.slice(a.source.start, a.source.end))) return clauseSpeaker();
    if (participle && !ACCORDING.test(ctx.text.slice(a.cue.start, a.cue.end))) {
      // Source words after the clause's own subject are an object of its verb ("took aim at … Republicans and conservatives -- saying").
      const subject = clauseSpeaker();
      if (subject !== null && PERSON_KINDS.has(subject.kind) && subject.end <= a.source.start) return subject;
    }
    if (afterPreposition(ctx, a.source)) {
      // The clause's own speaker when the cue names a person for it; else the source words as found.
      const subject = clauseSpeaker();
      if (subject !== null && PERSON_KINDS.has(subject.kind)) return subject;
      if (participle) return subject;
    }
  }
  if (a.source !== null && !elsewhere(ctx, a.source, a.cue)) {
    const text = ctx.text.slice(a.source.start, a.source.end);
    if (RELATIVE.test(text)) {
      const sentenceStart = sentenceAround(ctx, a.source.start).start;
      const before = findCandidates(ctx, sentenceStart, a.source.start);
      const antecedent = before[before.length - 1];
      // "Sen. Bernie Sanders (Vt.), who …": a tag or place after the person stands for the person.
      if (antecedent !== undefined) return describedPerson(ctx, sentenceStart, antecedent) ?? antecedent;
    } else if (HONORIFIC_ONLY.test(text)) {
      // The tagger stopped at the title ("Mr."): the name follows it, a possessive one too ("Mr. Trump's decision").
      const end = a.source.end;
      const mention = ctx.mentions.find((m) => m.type === 'person' && m.start >= end && m.start <= end + 2);
      if (mention !== undefined) return { start: mention.start, end: mention.end, text: mention.text, kind: 'person', name: mention.name };
      const named = findCandidates(ctx, a.source.start, Math.min(ctx.text.length, a.source.end + NAME_AFTER_TITLE))[0];
      if (named !== undefined) return named;
    } else if (WORDS.test(text)) {
      const named = candidateOf(ctx, a.source);
      if (named !== null) {
        return appositiveOwner(ctx, named) ?? listOpener(ctx, sentenceAround(ctx, named.start).start, named)
          ?? (closesBefore(ctx, named, a.cue) ? describedPerson(ctx, sentenceAround(ctx, named.start).start, named) : null)
          ?? (a.cue !== null && a.cue.start > named.end ? namedInApposition(ctx, named, a.cue.start) : null) ?? named;
      }
    }
  }
  if (a.cue === null) {
    // No cue tagged: a content span running over its own attribution ("‘…,’ said Mr. Pike, who … ‘…’") names its speaker at the cue inside it.
    for (const cue of findCues(ctx, a.start, a.end)) {
      const around = sentenceAround(ctx, cue.start);
      const inside = speakerAfter(ctx, cue.end, around.end) ?? speakerBefore(ctx, around.start, cue.start, cue.form, false);
      if (inside !== null && namesSomeone(inside)) return inside;
    }
  }
  const sentence = sentenceAround(ctx, a.cue?.start ?? a.start);
  if (a.cue !== null) {
    // A noun cue owned by a named one holds the source: "Trump's decision to", "Mr. Rubio's claim that"
    // (already asked above when the source words do not come before the cue).
    const owner = ownerFirst ? null : ownerBefore(ctx, sentence.start, a.cue.start);
    if (owner !== null) return owner;
    // After "told" or "asked" comes the listener ("…,'' he told Chris Cuomo of CNN"), not the speaker.
    const after = a.cue.start >= a.end && !LISTENER_CUE.test(ctx.text.slice(a.cue.start, a.cue.end)) ? speakerAfter(ctx, a.cue.end, sentence.end)
      // "According to her “clawback” plan, …": the source follows the cue, before the content.
      : a.cue.end <= a.start && ACCORDING.test(ctx.text.slice(a.cue.start, a.cue.end)) ? speakerAfter(ctx, a.cue.end, a.start) : null;
    // A participle after a comma hangs on the clause's subject ("Trump went after Bush, calling him …").
    const form = PARTICIPLE_AFTER_COMMA.test(ctx.text.slice(Math.max(sentence.start, a.cue.start - 3), a.cue.end)) ? 'participle' : 'finite';
    const found = after ?? speakerBefore(ctx, sentence.start, a.cue.start, form, a.cue.start >= a.end);
    if (found !== null && namesSomeone(found)) return found;
    // A participle whose clause has no subject to name leaves the speaker unnamed: the names before it are its objects.
    if (form === 'participle' && found === null && after === null) return null;
  }
  // No source words: the sentence's subject before the content, else the speaker named after it ("…, he said").
  return findCandidates(ctx, sentence.start, a.start).find(isSubjectSpeaker) ?? findCandidates(ctx, a.end, sentence.end).find(isSubjectSpeaker)
    ?? (a.cue === null ? betweenQuotes(ctx, a.start) : null) ?? (a.cue !== null ? subjectWords(ctx, sentence.start, a.cue.start) : null);
}

/** A candidate that may be the subject speaking. */
function isSubjectSpeaker(c: SpeakerCandidate): boolean {
  return SUBJECT_KINDS.has(c.kind) && namesSomeone(c);
}

/** Cues whose object is the one spoken to. */
const LISTENER_CUE = /^(?:told|tells|tell|asked|asks|ask|assured|assures|informed|informs|reminded|reminds)\b/i;

/** A cue opening with a participle right after a comma or dash ("…, calling", "… -- saying"). */
const PARTICIPLE_AFTER_COMMA = /(?:,|--|[\u2014\u2013])\s*\p{Ll}+ing\b/u;
/** "according to": its source follows it. */
const ACCORDING = /^according\b/i;

/** A short attribution between two quotes: the name and a verb or two ("“…,” Trump answered. “…”", "Trump went on"). */
const BETWEEN_QUOTES = /^[\s,.!?]*$/;
const AFTER_NAME = /^\s+\p{Ll}+(?:\s+\p{Ll}+){0,3}[\s,.:;]*$/u;

/** The speaker named between the quote before a content span that opens with a mark and the content, in one paragraph. */
function betweenQuotes(ctx: QuoteContext, start: number): SpeakerCandidate | null {
  const mark = ctx.marks.find((m) => m.open <= start && start <= m.start);
  const previous = mark === undefined ? undefined : [...ctx.marks].reverse().find((m) => m.close < mark.open && m.paragraph === mark.paragraph);
  if (mark === undefined || previous === undefined) return null;
  const name = findCandidates(ctx, previous.close + 1, mark.open)[0];
  if (name === undefined || !SUBJECT_KINDS.has(name.kind) || !namesSomeone(name)) return null;
  return BETWEEN_QUOTES.test(ctx.text.slice(previous.close + 1, name.start)) && AFTER_NAME.test(ctx.text.slice(name.end, mark.open)) ? name : null;
}

/** A short capitalised subject phrase right before the cue ("Jewish groups also condemned", "Organizers of both conventions insist"). */
const SUBJECT_WORDS = /^\s*(?:(?:But|And|Yet|Still|Now)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|in|at)?\s*[\p{L}'’-]+){0,4}?)\s+(?:(?:also|still|now|often|widely|long|have|has|had|will|would|all)\s+)*$/u;

/** When nothing else names the source, the words of the clause's subject phrase, as a group. */
function subjectWords(ctx: QuoteContext, from: number, cueStart: number): SpeakerCandidate | null {
  const match = SUBJECT_WORDS.exec(ctx.text.slice(from, cueStart));
  const phrase = match?.[1];
  if (match === null || phrase === undefined) return null;
  const start = from + match[0].indexOf(phrase);
  // A time or a verb is no part of who speaks ("Greece on Monday warned", "Authorities are acting on").
  const words = speakerWords(ctx, start, start + phrase.length);
  // A pronoun, possessive or quantifier ("His", "Their", "Most", "Both") names no one by itself.
  if (words === null || insideMarks(ctx, from) || NON_NAME_WORDS.has(words.split(/\s/)[0] ?? '')) return null;
  return { start, end: start + words.length, text: words, kind: 'group', name: words };
}

/** Words a group match may open with that are not part of the group ("and Democrats", "had Republicans"). */
const GROUP_LEAD = /^(?:(?:and|or|but|had|has|have|the)\s+)+/i;

/**
 * A group source ("Senior officials", "Critics") is who the attribution is given to: its words become
 * the speaker as written, as the resolver does for the rules' own groups.
 */
function asGroupName(c: SpeakerCandidate | null): SpeakerCandidate | null {
  return c?.kind === 'group' ? { ...c, name: c.text.replace(GROUP_LEAD, '') } : c;
}

/** The speaker words of a tagged attribution, for the resolver (a group keeps its words as its name). */
export function attributionSpeaker(ctx: QuoteContext, a: ModelAttribution): SpeakerCandidate | null {
  return asGroupName(speakerOf(ctx, a));
}

/**
 * Runs the tagger over the article and returns its attributions as indirect quote drafts (with a
 * stance, so the quote ledger leaves them out). `needsSpeaker` says which attributions will be used
 * (the others are left without a speaker: finding one is most of the cost after tagging).
 */
export function findModelDrafts(ctx: QuoteContext, rules: readonly RuleSpan[], model: NerModel, needsSpeaker: (span: { start: number; end: number }) => boolean = () => true): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const seq of attributionSequences(ctx, rules)) {
    const margins = new Float64Array(seq.tokens.length);
    const tags = tagSequence(model, seq, margins);
    for (const a of assembleAttributions(seq, tags, margins)) {
      if (a.confidence < MIN_CONFIDENCE) continue;
      const cue = a.cue === null ? null : ctx.text.slice(a.cue.start, a.cue.end).toLowerCase().replace(/\s+/g, ' ');
      const speaker = needsSpeaker(a) ? attributionSpeaker(ctx, a) : null;
      out.push({ kind: 'indirect', start: a.start, end: a.end, speaker, cue, explicit: speaker !== null, implied: null, mark: null, stance: stanceOf(cue) });
    }
  }
  return out;
}
