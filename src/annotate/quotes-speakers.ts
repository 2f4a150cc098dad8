/**
 * Finds the words that name a speaker around a cue: entity mentions, pronouns, role descriptions
 * ("the spokesman"), groups ("Experts") and capitalised names the entity list missed; and, for a
 * quote with no cue of its own, where it is introduced (a transcript label, a sentence ending with a
 * colon, a dash signature, the sentence reporting someone just before a quote paragraph).
 */
import type { EntityMention, EntityType } from '../types.js';
import { type QuoteContext, cachedPerRange, insideMarks, sentenceIndexAt } from './quotes-context.js';
import { findCues } from './quotes-cues.js';
import { ADVERBS_RE, AUXILIARIES, FINITE_CUES, GROUP_NOUNS, INVERTED_ASIDE_CUE, NON_NAME_WORDS, PARTICIPLE_CUES, PARTY_TAG_AFTER_NAME, ROLE_NOUNS, alternation } from './quotes-lexicon.js';
import { partitionPoint } from './partition-point.js';
import { holdsWord } from './tokens.js';
import { DEMONYMS } from './gazetteer/words.js';

export type CandidateKind = EntityType | 'pronoun' | 'description' | 'group' | 'name';

/** Words in the text that may name a speaker. */
export interface SpeakerCandidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: CandidateKind;
  /** The entity name when the words are an entity mention; for a group the attribution tagger gives as a source, its words. */
  readonly name: string | null;
}

/** How a cue links to its speaker: a finite verb follows its subject, a participle hangs on the clause. */
export type CueForm = 'finite' | 'participle' | 'view' | 'according';

/** Organisation nouns that describe a speaker ("the ministry said", "Xinhua news agency reported"). */
const ORG_NOUNS = ['ministry', 'agency', 'government', 'office', 'council', 'committee', 'newspaper', 'embassy', 'department', 'commission', 'bureau', 'company', 'spokesman’s office',
  'campaign', 'report', 'poll', 'survey', 'study', 'statement', 'group', 'party', 'organization', 'organisation', 'firm', 'institute', 'foundation', 'administration', 'union', 'court', 'magazine', 'network', 'website', 'memo', 'lawsuit', 'complaint', 'release', 'resolution', 'cabinet', 'army', 'military', 'navy', 'legislature', 'parliament'];

/** An organisation name followed by the noun saying what it is ("Xinhua news agency"). */
export const ORG_HEAD_AFTER = new RegExp(`^\\s+(?:news\\s+|state\\s+)?(?:${ORG_NOUNS.join('|')})\\b`, 'i');
/** What follows a description's determiner or possessive: up to four words, then the role or organisation noun, and a role it owns ("the congressman’s spokesman"). */
const DESCRIPTION_TAIL = `(?:(?!(?:the|a|an|of|for|in|at|to|on|and|with|by|as|who|said)\\b)[\\p{L}\\d-]+\\s+){0,4}?(?:${alternation([...ROLE_NOUNS, ...ORG_NOUNS])})\\b(?:\\s+(?:${alternation([...ROLE_NOUNS, ...ORG_NOUNS])})\\b)*(?:['’]s\\s+(?:${alternation([...ROLE_NOUNS])})\\b)?`;
/**
 * A role description needs a determiner or possessive, else "spokesman Lu Kang" is a title. The
 * possessive is a whole word (where a word starts, so the scan does not try it again at every letter).
 */
const DESCRIPTION_RE = new RegExp(`(?:\\b(?:the|a|an|its|his|her|their)\\s+|(?<!\\p{L})[\\p{L}]+(?:['’]s|(?<=s)['’])\\s+)${DESCRIPTION_TAIL}`, 'giu');
/**
 * The same after a determiner only: a region without a possessive mark (`POSSESSIVE_S`, most of them)
 * holds no match of the possessive branch, whose try at every word is most of the pattern's cost.
 */
const DETERMINER_DESCRIPTION_RE = new RegExp(`\\b(?:the|a|an|its|his|her|their)\\s+${DESCRIPTION_TAIL}`, 'giu');
/** The possessive of `DESCRIPTION_RE` (same flags, so the same letters match). */
const POSSESSIVE_S = /['’]s\s|s['’]\s/iu;
/**
 * Words before a group noun that are no part of the group: prepositions, relative and subordinating
 * words ("against Republicans", "what officials called", "after Democrats had called"), adverbs and
 * pronouns ("now officials say", "something Republicans blasted") and verbs whose object the group is
 * ("didn’t sway lawmakers, who say", "enabled officials to", "suggesting investors believe",
 * "including liberals"). Other words in -ing name a kind of group ("restructuring experts", "Right-wing politicians").
 */
const NOT_GROUP_MODIFIER = String.raw`(?!(?:against|for|with|from|by|to|of|on|at|in|among|between|about|like|after|before|what|which|whose|whom|who|that|while|as|when|because|if|although|though|since|where|whether|and|or|but|than|so|now|then|even|also|just|still|only|not|never|something|give|gave|giving|sway|swayed|enabled|let|made|helped|urged|told|asked|including|suggesting|uniting|leaving|prompting|forcing|allowing|telling|asking|urging|sending|angering|pushing)\s)`;
/** Words that qualify a group's own qualifier ("law enforcement officials", "Republican primary voters", "American intelligence officials"). */
const GROUP_OUTER_MODIFIER = '(?:law|civil|human|gay|top|senior|federal|state|election|party|campaign|intelligence|primary|Republican|Democratic|GOP|American|conservative|liberal|progressive|evangelical|black|Hispanic|Latino|white|young|House|Senate|congressional|administration|government|military|security|health|business|industry|union|news|media)';
/** Plural groups speak without a determiner ("Experts stated", "observers also cautioned", "law enforcement officials said"); words before one that are no part of it are left out (`NOT_GROUP_MODIFIER`). */
const GROUP_RE = new RegExp(`\\b(?:(?:the|some|many|several|other|most|both|all|few|western|foreign|chinese|local|(?:his|her|their|its|our)(?:\\s+own)?)\\s+)?(?:${GROUP_OUTER_MODIFIER}\\s+(?!\\p{L}+(?:ed|ly)\\s))?(?:${NOT_GROUP_MODIFIER}\\p{Ll}[\\p{L}-]+\\s+)?(?:${alternation(GROUP_NOUNS)})\\b`, 'giu');
/** The nouns a group ends with, anywhere (same flags, no word boundaries): a region without one holds no match of `GROUP_RE`. */
const GROUP_NOUN = new RegExp(alternation(GROUP_NOUNS), 'iu');
/** The verbs of saying after which "it" speaks for a body ("It said …", "“…,” it added"); not "it is not clear", "it seems". */
const IT_SPEAKS_VERBS = String.raw`(?:[a-z]+ly\s+|also\s+)?(?:said|says|added|adds|stated|states|wrote|writes|noted|notes|announced|announces|reported|warned|argued|claimed|told|insisted|explained|recommended|concluded)\b`;
/**
 * Pronouns that may be a speaker; not the "I" of a party tag ("Sen. Bernie Sanders (I-Vt.)"); "it"
 * before a verb of saying, or at the region's end (the cue a region ends at: `IT_SPEAKS` then reads past it).
 */
const PRONOUN_RE = new RegExp(String.raw`\b(?:he|she|they|we|you|He|She|They|We|You|I(?!-)|(?:it|It)(?=\s*$|\s+${IT_SPEAKS_VERBS}))\b`, 'g');
/** A verb of saying right after "it" in the text. */
const IT_SPEAKS = new RegExp(String.raw`^\s+${IT_SPEAKS_VERBS}`);
/** A preposition governing "it", which is then no subject ("several included on it told POLITICO"). */
const PREPOSITION_BEFORE_IT = /\b(?:on|in|of|to|for|with|about|from|by|at|into|onto|under|over|against|behind)\s+$/i;
/** How far past "it" `IT_SPEAKS` reads, and before it `PREPOSITION_BEFORE_IT`. */
const IT_SPEAKS_CHARS = 40;
/** The words of a match, one at a time (`exec` from 0 each time: a loop may stop early). */
const WORD_RE = /\S+/g;
/** Capitalised words, joined by the particles names carry ("Ministry of Foreign Affairs", "al-Assad"). */
const NAME_RE = /\b[A-Z][\p{L}\d-]*(?:[’'][A-Z][\p{L}-]*)?(?:\s+(?:(?:of|for|and|de|van|von|da|bin|al-)\s+)?[A-Z][\p{L}\d-]*)*/gu;
/** A role word followed by a capitalised name is a title ("spokesman Lu Kang"), not a speaker. */
const TITLE_AFTER = /^\s+\p{Lu}/u;
/** A capitalised "description" is a proper name ("the Chinese Foreign Ministry"): the name scan takes it. */
const PROPER_DESCRIPTION = /^(?:the\s+|[\p{L}]+['’]s\s+)?(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*$/u;
/** A possessive names an owner, not a speaker ("Trump’s threats", "Sanders’ aides"). */
const POSSESSIVE_AFTER = /^['’](?:s\b|(?!\p{L}))/u;

/** Whether the words ending at `end` are a possessive: "’s", or a bare mark after a final s ("Sanders’"). */
export function possessiveAt(text: string, end: number): boolean {
  const after = text.slice(end, end + 2);
  return /^['’]s\b/.test(after) || (/s$/i.test(text.slice(end - 1, end)) && POSSESSIVE_AFTER.test(after));
}
/** Words opening an appositive or relative clause after a comma ("Li Xing, a Russia expert, said"). */
const APPOSITIVE_OPENER = new RegExp(`^\\s*(?:a|an|the|who|whose|which|formerly|himself|herself|speaking|one of|also|like|former|\\d+|${alternation(ROLE_NOUNS)})\\b`, 'i');

/** A lower-case word that is not a preposition, right before a name: "relationship Xi" (a title such as "then-President" is no such word). */
const RELATIVE_BEFORE = /\b(?!(?:of|at|for|from|with|in|on|to|by|and|or|the|a|an|against|about|over|under|after|before|like|than|into|behind|toward|towards)\b)\p{Ll}[\p{Ll}-]*\s+$/u;
/** A relative clause without commas between subject and cue ("officials who spoke with The Post said"). */
const RELATIVE_GAP = /^\s+(?:who|that)\s/i;
/**
 * Titles written before a name after an inverted cue ("said Sen. Chris Murphy", "said Democratic
 * pollster Geoff Garin", "said U.S. Embassy spokesman Bill Palmer", "tweeted former Housing and Urban
 * Development Secretary Julián Castro"), or set off by a comma before
 * it ("said the NBA commissioner, David Stern").
 */
const TITLE_LEAD = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Maj|Adm|Cmdr|Brig|Cpl|Pvt|Supt|Insp)\.\s+|(?:former|then-|top|senior|\p{Lu}[\p{L}-]*|\p{Lu}(?:\.\p{Lu})+\.|(?<=\p{Lu}[\p{L}-]*\.?\s)(?:and|of|for)(?=\s+\p{Lu}))\s+)*(?:(?:\p{Ll}[\p{L}-]*\s+){0,3}|(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}-]*,\s+)$/u;

/** A relation of someone's, then the person's name in apposition, a description before it ("his brother, exiled democracy campaigner| Liu Qing"). */
const OWNED_LEAD = /^(?:his|her|their)\s+(?:\p{Ll}+\s+)?\p{Ll}+,\s+(?:(?:a|an|the)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,4}$/u;

/** Words that end a subject noun phrase: a verb, a relative or a conjunction ("the report that …"). */
const NOT_IN_SUBJECT = '(?!(?:is|was|are|were|be|has|have|had|that|which|who|whom|whose|to|will|would|did|does|do|not|if|when|because|said|says)\\b)';
/**
 * A determiner-led noun phrase opening the clause right before a cue, when no name, pronoun or known
 * role is found ("the letter says", "That person said", "One protest organizer says").
 */
const SUBJECT_PHRASE = new RegExp(
  `^\\s*(?:(?:But|And|Yet|So|Still|Now|Instead|Meanwhile),?\\s+)?((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|${NOT_IN_SUBJECT}[\\p{L}]+['’]s)\\s+(?:${NOT_IN_SUBJECT}[\\p{L}\\d’'&.-]+\\s+){0,5}?${NOT_IN_SUBJECT}\\p{Ll}[\\p{L}\\d-]+)`,
  'u',
);

/** The subject phrase of `[clauseStart, cueStart)` when only adverbs follow it, as a description. */
export function subjectPhrase(ctx: QuoteContext, clauseStart: number, cueStart: number): SpeakerCandidate | null {
  const match = SUBJECT_PHRASE.exec(ctx.text.slice(clauseStart, cueStart));
  const words = match?.[1];
  if (match === null || words === undefined) return null;
  const end = clauseStart + match[0].length;
  if (!ADVERBS_RE.test(ctx.text.slice(end, cueStart)) || insideMarks(ctx, end - 1)) return null;
  return { start: end - words.length, end, text: words, kind: 'description', name: null };
}

function overlaps(a: { start: number; end: number }, list: readonly { start: number; end: number }[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

/**
 * Capitalised words that name nobody on their own: party and group adjectives, quantifiers
 * ("Republican presidential candidate …", "Several", "Hispanic").
 */
export const NOT_A_NAME = /^(?:GOP|Republicans?|Democrats?|Democratic|Conservative|Liberal|Several|Many|Most|Some|Just|Both|All|Each|Nine|Two|Three|Four|Five|Six|Seven|Eight|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Fifty|Hundreds|Thousands|Dozens|Already|Likewise|Besides|Nor|No|Real|More|Former|New|Other|One|Bills?|Hispanic|Latino|Latina|Asian|Muslim|Christian|Jewish|Evangelical|American|African-American|Syrian|Mexican|European|Progressive)$/;

/**
 * Verbs a title-cased headline puts right after a name ("Mike Pence Calls for …", "Chuck Grassley
 * Compares Trump to …"): the name stops before them.
 */
const HEADLINE_VERBS = new Set<string>([
  ...FINITE_CUES, ...PARTICIPLE_CUES,
  'calls', 'compares', 'speaks', 'blasts', 'slams', 'questions', 'questioned', 'debunks', 'reveals', 'unleashed', 'rips', 'mocks',
  'praises', 'endorses', 'wants', 'defends', 'attacks', 'accuses', 'denies', 'admits', 'urges', 'described', 'describes', 'is', 'was',
  'will', 'has', 'who', 'hits', 'jabs', 'knocks', 'pans', 'trashes', 'dismisses', 'doubles', 'backs', 'rejects', 'responds', 'fires',
]);

/** A quick test for a title-case headline verb after the first word (the word list is checked exactly after it). */
const HEADLINE_VERB_RE = new RegExp(`\\s(?:${[...HEADLINE_VERBS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})(?=\\s|$)`);

/** Cuts a name before a headline verb written in title case ("Mike Pence Calls" → "Mike Pence", "Officeholders Who …"). */
export function withoutHeadlineVerb(name: string): string {
  if (!HEADLINE_VERB_RE.test(name)) return name;
  const words = name.split(' ');
  const at = words.findIndex((w, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(w) && HEADLINE_VERBS.has(w.toLowerCase()));
  return at > 0 ? words.slice(0, at).join(' ') : name;
}

/** A plural common noun ("Delegates", "Applicants"), not a possessive or an adverb. */
const PLURAL_NOUN = /^\p{Lu}\p{Ll}+[^s’']s$/u;

/** Per context, whether a word occurs in lower case: a capitalised word the article also writes in lower case is a common word. */
const lowerWordsCache = new WeakMap<QuoteContext, Map<string, boolean>>();

export function writtenLower(ctx: QuoteContext, lower: string): boolean {
  let seen = lowerWordsCache.get(ctx);
  if (seen === undefined) lowerWordsCache.set(ctx, (seen = new Map()));
  const known = seen.get(lower);
  if (known !== undefined) return known;
  const found = holdsWord(ctx.text, lower);
  seen.set(lower, found);
  return found;
}

/** Sentence openers that are never a subject ("During", "Inside", "What", "Ahead of the vote", "Rather than …", "Breaking: …", "First, she …"). */
const OPENERS = new Set(['what', 'during', 'inside', 'outside', 'back', 'like', 'unlike', 'despite', 'among', 'amid', 'until', 'unless', 'whether', 'ahead', 'following', 'upon', 'without', 'within', 'throughout',
  'why', 'how', 'where', 'who', 'which', 'then', 'now', 'just', 'only', 'also', 'instead', 'perhaps', 'maybe', 'indeed', 'today', 'tonight',
  'yesterday', 'tomorrow', 'thus', 'once', 'about', 'under', 'over', 'through', 'against', 'toward', 'towards', 'beyond', 'given', 'regardless', 'latest',
  'rather', 'further', 'multiple', 'breaking', 'first', 'second', 'third', 'finally', 'lastly', 'next', 'last', 'later', 'earlier',
  'again', 'still']);
/** Word forms that open a sentence as a participle, adverb or superlative ("Having", "Shortly", "Latest", "Reached"). */
const NOT_A_NOUN = /(?:ing|ly|ed|est)$/;

/**
 * Capitalised words that end in an adjective's suffix or pair two nationalities qualify a noun and
 * name nobody ("New York-based group", "Democratic-leaning states", "Europe-wide exchange",
 * "Israeli-Palestinian accord").
 */
const COMPOUND_ADJECTIVE = /(?:-(?:based|born|led|backed|leaning|wide|style|owned|run|funded|affiliated|aligned|controlled|linked|friendly|oriented|sponsored|brokered|made)|^\p{Lu}\p{Ll}+(?:an|ese|ish|i)-\p{Lu}\p{Ll}+(?:an|ese|ish|i))$/u;
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
const DAY_NEXT = /^\.?\s+\d/;

/** A verb in the past right after a subject, maybe after an adverb ("stepped up", "quickly denied", "said"). */
const PAST_VERB_NEXT = /^\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|said|told|took|made|gave|sent|held|kept|put|met|left|won|lost|began|became|went|came|struck|sought)\b/u;

/** A military or police rank's abbreviation, whose stop the name scan leaves out. */
const RANK_ABBREVIATION = /^(?:Maj|Gen|Lt|Col|Sgt|Capt|Adm|Cmdr|Brig|Cpl|Pvt|Lieut|Supt|Insp)$/;

/**
 * How capitalised words the entity list did not know may speak: a compound adjective, a lone initial or a word of the
 * list above names nobody; one word the article also writes in lower case is a common word — a
 * participle, adverb or opener names nobody ("Having", "Shortly", "During"), a plural is a group
 * ("Delegates"), any other noun stays as written ("Poll: …").
 */
function nameKind(ctx: QuoteContext, words: string, start: number): 'name' | 'group' | null {
  if (COMPOUND_ADJECTIVE.test(words)) return null;
  if (words.includes(' ')) return 'name';
  const lower = words.toLowerCase();
  // Nor does a rank's abbreviation ("said Maj. Gen. Chanvut Vajrabukka").
  if (words.length < 2 || NOT_A_NAME.test(words) || OPENERS.has(lower) || RANK_ABBREVIATION.test(words)) return null;
  const next = ctx.text.slice(start + words.length, start + words.length + 20);
  // A month before a day is a date ("PARIS, Aug 31 (Reuters) -"), though "Jan" alone may be a name.
  if (MONTH_ABBREVIATION.test(words) && DAY_NEXT.test(next)) return null;
  // An introductory phrase opening the sentence ("Facing mounting criticism, …", "Hours later, …", "Reached by phone, …").
  if (opensSentence(ctx, start) && ((NOT_A_NOUN.test(lower) && INTRODUCTORY_NEXT.test(next)) || (PLURAL_NOUN.test(words) && TIME_NEXT.test(next)))) return null;
  if (!writtenLower(ctx, lower)) return 'name';
  if (NOT_A_NOUN.test(lower)) return null;
  return PLURAL_NOUN.test(words) ? 'group' : 'name';
}

/** What follows the first word of an introductory phrase: a lower-case word that is not a verb of saying. */
const INTRODUCTORY_NEXT = /^\s+(?!(?:said|says|told|tells|added|adds|wrote|writes|noted|notes|argued|argues)\b)\p{Ll}/u;

/** A plural opening a time phrase ("Hours later", "Days after"). */
const TIME_NEXT = /^\s+(?:later|earlier|after|before|ago)\b/;

/** Whether an offset starts a sentence or paragraph (after a stop and space, or at the text's start). */
function opensSentence(ctx: QuoteContext, pos: number): boolean {
  return pos === 0 || /(?:[.!?]["”’']?\s+|\n\s*|^\s*)$/.test(ctx.text.slice(Math.max(0, pos - 4), pos));
}

/** A determiner right before a name: the name qualifies what follows it ("the Obama campaign"). */
export const DETERMINER_BEFORE = /\b(?:the|an?)\s+$/i;

/**
 * Whether a mention only heads a body named after it: an organisation before the noun saying what
 * it is ("Xinhua news agency"), or a person between a determiner and such a noun ("the Obama campaign").
 */
export function headsBody(ctx: QuoteContext, m: EntityMention): boolean {
  if (m.type === 'organization') return ORG_HEAD_AFTER.test(ctx.text.slice(m.end, m.end + 30));
  if (m.type !== 'person' || !DETERMINER_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 4), m.start))) return false;
  // Not when a noun of its own follows the body's ("a Clinton campaign spokesman", "a Clinton campaign memo"): that one speaks.
  const head = ORG_HEAD_AFTER.exec(ctx.text.slice(m.end, m.end + 30));
  return head !== null && !NOUN_AFTER_BODY.test(ctx.text.slice(m.end + head[0].length, m.end + head[0].length + 30));
}

/** A role, group or body noun right after a body's noun. */
const NOUN_AFTER_BODY = new RegExp(`^\\s+(?:${alternation([...ROLE_NOUNS, ...GROUP_NOUNS, ...ORG_NOUNS, 'staff', 'staffers', 'manager', 'chairman', 'official'])})\\b`, 'i');

/** Per context, the mentions that may name a speaker, in the order of `ctx.mentions` (sorted by start). */
const speakerMentionsCache = new WeakMap<QuoteContext, readonly EntityMention[]>();

function speakerMentions(ctx: QuoteContext): readonly EntityMention[] {
  let found = speakerMentionsCache.get(ctx);
  if (found === undefined) {
    // "Xinhua news agency", "the Obama campaign": the description around the name is the speaker phrase.
    found = ctx.mentions.filter((m) => !headsBody(ctx, m));
    speakerMentionsCache.set(ctx, found);
  }
  return found;
}

/** The index of the first mention starting at or after `pos` (mentions sorted by start). */
function firstStartingAt(mentions: readonly EntityMention[], pos: number): number {
  return partitionPoint(mentions.length, (i) => mentions[i]!.start < pos);
}

/** Speaker candidates inside `[from, to)`, outside quote marks, possessives left out (a fresh array the caller may reorder). */
export const findCandidates = cachedPerRange(scanCandidates);

function scanCandidates(ctx: QuoteContext, from: number, to: number): SpeakerCandidate[] {
  const out: SpeakerCandidate[] = [];
  const region = ctx.text.slice(from, to);
  const mentions = speakerMentions(ctx);
  for (let i = firstStartingAt(mentions, from); i < mentions.length && mentions[i]!.start < to; i += 1) {
    const m = mentions[i]!;
    // A name qualifying a campaign's role after an article is the description's, not a speaker ("A Romney| campaign
    // aide", "a Clinton| campaign official").
    if (ARTICLE_BEFORE_NAME.test(ctx.text.slice(Math.max(0, m.start - 10), m.start)) && ROLE_AFTER_NAME.test(ctx.text.slice(m.end, m.end + 40))) continue;
    if (m.end <= to) pushCandidate(ctx, to, out, { start: m.start, end: m.end, text: m.text, kind: m.type, name: m.name });
  }
  scanPattern(ctx, from, to, region, out, POSSESSIVE_S.test(region) ? DESCRIPTION_RE : DETERMINER_DESCRIPTION_RE, 'description');
  // A region without a group noun holds no group: its scan is skipped.
  if (GROUP_NOUN.test(region)) scanPattern(ctx, from, to, region, out, GROUP_RE, 'group');
  scanPattern(ctx, from, to, region, out, PRONOUN_RE, 'pronoun');
  // "it" speaks only before a verb of saying, which may lie past the region (the cue it ends at).
  for (let k = out.length - 1; k >= 0; k -= 1) {
    const c = out[k]!;
    if (c.kind === 'pronoun' && (c.text === 'it' || c.text === 'It')
      && (!IT_SPEAKS.test(ctx.text.slice(c.end, c.end + IT_SPEAKS_CHARS)) || PREPOSITION_BEFORE_IT.test(ctx.text.slice(Math.max(0, c.start - IT_SPEAKS_CHARS), c.start)))) out.splice(k, 1);
  }
  scanPattern(ctx, from, to, region, out, NAME_RE, 'name');
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Adds a candidate found in a region ending at `to` to the region's `out`, unless it runs past the
 * region, sits inside quote marks, is a possessive (but for a description) or overlaps one found before.
 * (Module-level helpers here and below, not closures: the range scans are frequent.)
 */
function pushCandidate(ctx: QuoteContext, to: number, out: SpeakerCandidate[], cand: SpeakerCandidate): void {
  if (cand.end > to || insideMarks(ctx, cand.start)) return;
  if (possessiveAt(ctx.text, cand.end) && cand.kind !== 'description') return;
  if (overlaps(cand, out)) return;
  out.push(cand);
}

/** "campaign aide", "campaign's spokesman" after a name: a role of the name's campaign. */
const ROLE_AFTER_NAME = new RegExp(`^\\s+campaign(?:['’]s)?\\s+(?:${alternation(ROLE_NOUNS)})\\b`, 'i');
/** An article right before a name. */
const ARTICLE_BEFORE_NAME = /\b(?:a|an|the|one|another)\s+$/i;

/** A party and state tag as words ("R-TX", "D-Calif."). */
const PARTY_TAG_WORDS = /^[RDI]-\p{Lu}[\p{L}.]{0,12}$/u;

/** A title's abbreviation closing capitalised words (its stop follows). */
const TITLE_ABBREVIATION_LAST = /(?:^|\s)(?:Gov|Sen|Sens|Rep|Reps|Gen|Lt|Col|Capt|Sgt|Adm|Cmdr|Maj|Dr|Rev|Atty|Supt|Amb)$/;

/** A capitalised adverb opening a sentence ("Interestingly,", "Domestically,", "Previously,"), never a name ("Kelly", "Beverly" are not these endings). */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}{2,}(?:ally|ously|ively|edly|ingly|ently|antly|arly|ably|ibly|fully|lessly|ately)$/u;

/** Adds the candidates of one kind that `re` finds in `region` (`ctx.text` from `from` to `to`). */
function scanPattern(ctx: QuoteContext, from: number, to: number, region: string, out: SpeakerCandidate[], re: RegExp, kind: CandidateKind): void {
  // `exec` on the shared global pattern (none matches empty): the same matches as `matchAll`, without its iterator.
  re.lastIndex = 0;
  for (let match = re.exec(region); match !== null; match = re.exec(region)) {
    const base = from + match.index;
    const end = base + match[0].length;
    let start = base;
    if (kind === 'name' || kind === 'group') {
      // Sentence-opening words ("But Pang") are not part of the name.
      const words = match[0];
      WORD_RE.lastIndex = 0;
      for (let token = WORD_RE.exec(words); token !== null; token = WORD_RE.exec(words)) {
        if (!NON_NAME_WORDS.has(token[0]) && !SENTENCE_ADVERB.test(token[0])) break;
        start = base + token.index + token[0].length;
      }
      while (start < end && /\s/.test(ctx.text[start] ?? '')) start += 1;
      if (start >= end) continue;
    }
    if (kind === 'group' && overlaps({ start, end }, out)) {
      // A group whose qualifier a name holds is the group without its first word, as before that word was read
      // ("GOP| primary voters"); a name qualifying one word of a group is the candidate ("White House officials").
      const space = ctx.text.indexOf(' ', start);
      const next = space < 0 ? -1 : ctx.text.indexOf(' ', space + 1);
      if (next > 0 && next < end) start = space + 1;
    }
    if (kind === 'name') {
      // Words closed by a title's abbreviation qualify the name after it ("ex-Maryland Gov.| Martin O'Malley",
      // "Top Republican Sen.| John Thune"): no one of their own.
      if (TITLE_ABBREVIATION_LAST.test(ctx.text.slice(start, end)) && /^\.\s+\p{Lu}/u.test(ctx.text.slice(end, end + 3))) continue;
      const words = withoutHeadlineVerb(ctx.text.slice(start, end));
      // A party and state tag names no one ("Sen. John Cornyn, R-TX, who heads …").
      if (PARTY_TAG_WORDS.test(words)) continue;
      const as = nameKind(ctx, words, start);
      if (as !== null) pushCandidate(ctx, to, out, { start, end: start + words.length, text: words, kind: as, name: null });
      continue;
    }
    if (kind === 'description' && (TITLE_AFTER.test(ctx.text.slice(end, end + 3)) || PROPER_DESCRIPTION.test(match[0]))) continue;
    // A role's "of" or "for" complement belongs to the description ("the former secretary of state", "a spokesman for the State Department").
    const complement = kind === 'description' && PERSON_ROLE_END.test(match[0]) ? OF_COMPLEMENT.exec(ctx.text.slice(end, Math.min(to, end + MAX_COMPLEMENT_CHARS))) : null;
    let last = complement === null ? end : end + complement[0].length;
    // A person named there is not a role's complement ("a representative for the Ivanka Trump brand").
    if (last > end && ctx.mentions.some((m) => m.type === 'person' && m.start < last && end < m.end)) last = end;
    if (last > end) {
      // The place or body the complement names is part of the description, not a speaker of its own.
      for (let k = out.length - 1; k >= 0; k -= 1) if (out[k]!.start >= end && out[k]!.end <= last && COMPLEMENT_KINDS.has(out[k]!.kind)) out.splice(k, 1);
    }
    pushCandidate(ctx, to, out, { start, end: last, text: ctx.text.slice(start, last), kind, name: null });
  }
}

/** The "of" or "for" complement of a role ("the governor of Ohio", "a spokesman for the State Department"): a capitalised name or one of the departments written in lower case. Case-sensitive. */
const OF_COMPLEMENT = /^\s+(?:of|for)\s+(?:the\s+)?(?:state|defense|staff|homeland security|\p{Lu}[\p{L}.&-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}.&-]*)*)(?![\p{L}'’])/u;
/** A description ending with a person's role noun ("the former secretary"), which may take an "of" complement. */
const PERSON_ROLE_END = new RegExp(`(?:${alternation([...ROLE_NOUNS])})$`, 'iu');
const MAX_COMPLEMENT_CHARS = 60;
const COMPLEMENT_KINDS = new Set<CandidateKind>(['place', 'organization', 'other', 'name']);

const PERSONLIKE = new Set<CandidateKind>(['person', 'pronoun', 'description', 'group', 'name']);

/** What may follow a name before its appositive's comma: a suffix, a party tag, an "of" place ("John Kasich of Ohio"). */
const HEAD_TAIL = /^(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?|\s*\([^()]*\)|\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)*\s*$/u;

/** The speaker-like candidate whose name (and tail) ends right before the comma at `at`. */
function headBefore(ctx: QuoteContext, cands: readonly SpeakerCandidate[], at: number): SpeakerCandidate | undefined {
  // A name ending an opening prepositional phrase heads no appositive ("At a press conference in Chelsea, the mayor said").
  return cands.find((c) => c.end <= at && PERSONLIKE.has(c.kind) && HEAD_TAIL.test(ctx.text.slice(c.end, at))
    && !endsOpeningPhrase(ctx, c.start)
    && !cands.some((d) => d !== c && d.start >= c.end && d.end <= at && PERSONLIKE.has(d.kind)));
}

/** A sentence opening with a prepositional phrase, up to a name inside it ("At a press conference in |Chelsea"). */
const OPENING_PHRASE = /^[\s"“]*(?:at|in|on|during|after|before|from|with|inside|outside|near|across|throughout|within)\s[^,;:.!?]*$/iu;

/** Whether the name at `pos` lies in the prepositional phrase that opens its sentence: what follows its comma is the clause, no appositive. */
export function endsOpeningPhrase(ctx: QuoteContext, pos: number): boolean {
  const sentence = ctx.sentences[sentenceIndexAt(ctx, pos)];
  return sentence !== undefined && sentence.start <= pos && OPENING_PHRASE.test(ctx.text.slice(sentence.start, pos));
}

/** The candidate ending just before the comma that opens an appositive holding `pos`, if any. */
function appositiveHead(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number, pos: number, cueStart: number): SpeakerCandidate | undefined {
  const before = ctx.text.slice(clauseStart, pos);
  const closedByComma = /,\s*$/.test(ctx.text.slice(pos, cueStart).replace(/\s*(?:also|later|then)\s*$/, ''));
  // An appositive may hold commas of its own ("Paul Porter, a truck driver from Ava, Mo., who …, said"):
  // when the comma nearest the words has no person before it, the ones before it are tried.
  let comma = before.lastIndexOf(',');
  for (let tries = 0; comma >= 0 && tries < MAX_APPOSITIVE_COMMAS; tries += 1, comma = comma > 0 ? before.lastIndexOf(',', comma - 1) : -1) {
    const at = clauseStart + comma;
    const region = ctx.text.slice(at + 1, cueStart);
    if (!APPOSITIVE_OPENER.test(region) && !closedByComma) return undefined;
    // A titled name right before the cue is the subject, not an appositive ("about Trump, President Barack Obama said").
    if (!closedByComma && TITLED_SUBJECT.test(ctx.text.slice(at + 1, pos)) && cands.some((c) => c.start === pos && c.kind === 'person')) return undefined;
    const head = headBefore(ctx, cands, at);
    if (head !== undefined || tries === 0 && !closedByComma) return head;
  }
  return undefined;
}

/** Capitalised title words alone between a comma and a name ("President", "Former Gov."). */
const TITLED_SUBJECT = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u;

/** How many commas back an appositive's head is looked for. */
const MAX_APPOSITIVE_COMMAS = 4;

/**
 * The clause's subject when an appositive's head sits in an appositive itself ("Evan Wolfson, the
 * founder of Freedom to Marry, a gay rights organization, said": "Marry" heads the last appositive,
 * Evan Wolfson the one holding it). Every appositive between subject and cue describes the subject.
 */
function outermostHead(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number, head: SpeakerCandidate, cueStart: number): SpeakerCandidate {
  let outer = head;
  for (let depth = 0; depth < MAX_APPOSITIVE_COMMAS; depth += 1) {
    const next = appositiveHead(ctx, cands, clauseStart, outer.start, cueStart);
    if (next === undefined || next.start >= outer.start) break;
    outer = next;
  }
  // Only a person opening the clause is its subject ("Of Carson, Levine, who …, said"; "aides to Gov. Chris Christie …, and Gov. John R. Kasich …, said").
  return outer !== head && outer.kind === 'person' && CLAUSE_OPENING.test(ctx.text.slice(clauseStart, outer.start)) ? outer : head;
}

function inAppositive(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number, cand: SpeakerCandidate, cueStart: number): boolean {
  return appositiveHead(ctx, cands, clauseStart, cand.start, cueStart) !== undefined;
}

/** Kinds that may sit in a person's appositive or title tail without being the speaker. */
const OWNED_KINDS = new Set<CandidateKind>(['organization', 'place', 'name', 'description']);
/**
 * What may lie between a person and an organisation, place or stray name that only describes them:
 * a suffix, a party tag, then an appositive (", founder of the "), an "of"/"at" phrase or an opening
 * parenthesis ("Gov. John Kasich (R-OH)", "Senator John Cornyn of Texas, the No. 2 Republican in the Senate").
 */
const DESCRIBES_PERSON = /^(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?(?:\s*\([^()]*\))?(?:,\s+|\s+(?:of|at|from)\s+|\s*\(\s*)[^,;:()"\u201c\u201d]{0,90}(?:,\s[^,;:()"\u201c\u201d]{0,60})?$/u;

/** A title between a preposition and the name it governs ("at President Obama"), as a pattern's source. */
export const TITLE_BEFORE_OBJECT = String.raw`(?:(?:President|Vice President|Sen|Senator|Rep|Gov|Governor|Mr|Mrs|Ms|Dr|Gen)\.?\s+)?`;
/** A preposition (and determiner, a country's initials and a title) right before a name: the name is an object, not a subject ("by the U.S. Embassy"). */
const OBJECT_BEFORE = new RegExp(String.raw`\b(?:to|in|on|at|with|for|about|from|by|against|over|of|into|after|before)\s+(?:the\s+)?(?:\p{Lu}\.(?:\p{Lu}\.)+\s+)?${TITLE_BEFORE_OBJECT}$`, 'iu');

/** Candidates a preposition governs ("at President Obama"), and those joined to one by "and" or "or" ("… and the first lady"). */
function prepositionObjects(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number): Set<SpeakerCandidate> {
  const objects = new Set<SpeakerCandidate>();
  cands.forEach((c, i) => {
    const previous = cands[i - 1];
    if (OBJECT_BEFORE.test(ctx.text.slice(clauseStart, c.start))
      || (previous !== undefined && objects.has(previous) && /^\s+(?:and|or)\s+$/.test(ctx.text.slice(previous.end, c.start)))) objects.add(c);
  });
  return objects;
}

/** A comma, then a title at most, right before a name ("…, Mr. |Santorum"). */
const COMMA_THEN_TITLE = new RegExp(String.raw`,\s*${TITLE_BEFORE_OBJECT}$`, 'iu');

/** A clause opening with a participle or a subordinator, which ends at a comma before the main clause's subject. */
const OPENING_CLAUSE = /^[\s"“]*(?:Asked|Pressed|Questioned|Told|Speaking|Responding|Reacting|Referring|Appearing|Challenged|Confronted|When|While|Although|Though|Because|If|Since|Unless|Whereas)\s/u;

/**
 * The candidates of an opening participle or subordinate clause ("Asked whether Mr. Obama lacked
 * sympathy, | Mr. Santorum …"): everything before the first comma that a person-like candidate
 * follows as the main clause's subject (then a word, not another comma).
 */
function openingClauseCandidates(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number): SpeakerCandidate[] {
  if (!OPENING_CLAUSE.test(ctx.text.slice(clauseStart, clauseStart + 40))) return [];
  for (const subject of cands) {
    if (!PERSONLIKE.has(subject.kind) || !COMMA_THEN_TITLE.test(ctx.text.slice(clauseStart, subject.start)) || !/^\s+\p{Ll}/u.test(ctx.text.slice(subject.end, subject.end + 3))) continue;
    return cands.filter((c) => c.end <= subject.start && c !== subject);
  }
  return [];
}

/**
 * The person whose appositive, title tail or party tag holds a non-person candidate (the "Media
 * Research Center" of "Brent Bozell III, founder of the Media Research Center, said"), if any: the last
 * person named in the clause before it, with no other "and"-joined subject between.
 */
export function describedPerson(ctx: QuoteContext, clauseStart: number, cand: SpeakerCandidate): SpeakerCandidate | null {
  if (!OWNED_KINDS.has(cand.kind)) return null;
  const before = findCandidates(ctx, clauseStart, cand.start);
  // A description also describes an organisation or a name the entity list missed ("America Rising, a conservative political action committee,").
  const owner = [...before].reverse().find((c) => c.kind === 'person' || (cand.kind === 'description' && (c.kind === 'organization' || c.kind === 'name')));
  // A person after a preposition is an object ("When talk turned to Compaq, Fiorina declared").
  // Nor does a name ending an opening phrase own what follows its comma ("Before approaching Mac and Cheese, the president remarked").
  if (owner === undefined || OBJECT_BEFORE.test(ctx.text.slice(clauseStart, owner.start)) || endsOpeningPhrase(ctx, owner.start)) return null;
  const between = ctx.text.slice(owner.end, cand.start);
  return DESCRIBES_PERSON.test(between) && !/\s(?:and|or)\s/.test(between) ? owner : null;
}

/** "quoted X as" right before a participle cue ("The agency quoted Foreign Minister Farouq al-Sharaa as saying"). */
const QUOTED_AS = /\bquot(?:ed|es|ing)\s+([^.;:"“”]{2,160}?)\s+as\s*$/;

/**
 * The one "quoted … as saying" names: the person quoted, not the agency quoting ("The agency also
 * quoted Syrian Foreign Minister Farouq al-Sharaa as saying", "quoted an unnamed official in the
 * Foreign Liaison Secretariat as saying").
 */
function quotedAs(ctx: QuoteContext, clauseStart: number, cueStart: number): SpeakerCandidate | null {
  const before = ctx.text.slice(clauseStart, cueStart);
  const m = QUOTED_AS.exec(before);
  if (m === null) return null;
  const from = clauseStart + m.index + m[0].indexOf(m[1]!);
  const cands = findCandidates(ctx, from, from + m[1]!.length).filter((c) => PERSONLIKE.has(c.kind) || c.kind === 'organization');
  return cands.find((c) => c.kind === 'person') ?? cands[0] ?? null;
}

/**
 * A person named in apposition after speaker words that only describe (", said the spokesman,
 * Peter Carr.", "said the statement from Grimm's attorney, William McGinley."): the person speaks.
 */
export function apposedPerson(ctx: QuoteContext, cand: SpeakerCandidate, limit: number): SpeakerCandidate | null {
  if (cand.kind === 'person' || cand.kind === 'pronoun') return null;
  const m = ctx.mentions.find((x) => x.type === 'person' && x.start > cand.end && x.start <= cand.end + APPOSED_CHARS && x.end <= limit
    && APPOSED_GAP.test(ctx.text.slice(cand.end, x.start)));
  if (m === undefined || !/^\s*(?:[.,;]|$)/.test(ctx.text.slice(m.end, m.end + 3))) return null;
  return { start: m.start, end: m.end, text: m.text, kind: 'person', name: m.name };
}
/** Between described speaker words and the name apposed to them: a comma, after an optional "from …" ("the statement from Grimm's attorney, "). */
const APPOSED_GAP = /^(?:\s+(?:from|of|for|at)\s+[^,.;]{1,60})?,\s+$/;
const APPOSED_CHARS = 80;

/**
 * The speaker of a cue from the words before it, `[clauseStart, cueStart)`. `lenient` also accepts
 * the nearest person anywhere in the clause (for a cue that frames a quote in its own sentence).
 * An organisation or place that only describes a person named before it stands for that person.
 */
export function speakerBefore(ctx: QuoteContext, clauseStart: number, cueStart: number, form: CueForm, lenient: boolean): SpeakerCandidate | null {
  const quoted = form === 'participle' ? quotedAs(ctx, clauseStart, cueStart) : null;
  if (quoted !== null) return quoted;
  const found = subjectBefore(ctx, clauseStart, cueStart, form, lenient);
  return found === null ? null : describedPerson(ctx, clauseStart, found) ?? namedInApposition(ctx, found, cueStart) ?? found;
}

/** What joins a person to the next one of a list: a tail ("(Vt.)", "of Texas"), a comma or "and", then up to three words of title ("former Maryland governor"). */
const LIST_JOINT = /^(?:\s*\([^()]*\)|\s+of\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)?(?:\s*,\s*|\s*,?\s+and\s+)(?:[\p{L}.’'-]+\s+){0,3}$/u;

/**
 * The first person of a list ending with the person found ("Carson, Fiorina and Huckabee have all
 * characterized", "Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez argued"): the list speaks,
 * and it is named by its first member. Null when the person does not close such a list of three or more.
 */
export function listOpener(ctx: QuoteContext, clauseStart: number, found: SpeakerCandidate): SpeakerCandidate | null {
  if (found.kind !== 'person' || !/\sand\s/.test(ctx.text.slice(Math.max(clauseStart, found.start - 40), found.start))) return null;
  const before = findCandidates(ctx, clauseStart, found.start);
  let first: SpeakerCandidate | null = null;
  let next = found;
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const c = before[i]!;
    const joint = ctx.text.slice(c.end, next.start);
    if (c.kind !== 'person' || !LIST_JOINT.test(joint) || (next === found) !== /\sand\s/.test(joint)) break;
    first = c;
    next = c;
  }
  // "Xi and Putin" is named by either; only a longer list is named by its first member alone.
  return first !== null && /,/.test(ctx.text.slice(first.end, found.start)) ? first : null;
}

/** A description's head noun, then the comma opening a name in apposition ("… party leader, Marine Le Pen,"). */
const BEFORE_APPOSED_NAME = /^(?:(?:\s+\p{Ll}[\p{L}-]*){0,2}|\s+and\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+),\s+$/u;

/**
 * The person a description names in apposition ("France’s far-right National Front party leader,
 * Marine Le Pen, voiced support …, saying"): the description's words are the role, the name the speaker.
 */
export function namedInApposition(ctx: QuoteContext, found: SpeakerCandidate, cueStart: number): SpeakerCandidate | null {
  if (found.kind !== 'description') return null;
  const after = findCandidates(ctx, found.end, cueStart);
  // A second role joined by "and" may name a body first ("the president and Communist Party chief, Jiang Zemin,").
  const person = after.find((c) => c.kind === 'person');
  if (person === undefined || after.some((c) => c.start < person.start && PERSONLIKE.has(c.kind))) return null;
  return BEFORE_APPOSED_NAME.test(ctx.text.slice(found.end, person.start)) && /^,/.test(ctx.text.slice(person.end, person.end + 1)) ? person : null;
}

/** After the commas closing an aside: at most a few words (adverbs, an auxiliary) before the cue. */
const AFTER_ASIDE = /^,\s+(?:[\p{Ll}]+\s+){0,2}$/u;

/**
 * A person opening the clause, then an aside between commas, then the cue ("Mary Cheney, openly
 * lesbian and married to Heather Poe since 2012, reportedly posted"): the person opening it speaks,
 * not a name inside the aside.
 */
/** Who may open a clause before an aside set off by commas ("The Palestinian cabinet, in a statement issued …, accused"). */
const ASIDE_SUBJECT_KINDS: ReadonlySet<CandidateKind> = new Set(['person', 'description', 'organization']);

function openingSubject(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number, cueStart: number): SpeakerCandidate | null {
  const first = cands[0];
  if (first === undefined || !ASIDE_SUBJECT_KINDS.has(first.kind) || !/^[\s"“]*$/.test(ctx.text.slice(clauseStart, first.start)) || ctx.text[first.end] !== ',') return null;
  const close = ctx.text.lastIndexOf(',', cueStart - 1);
  return close > first.end && AFTER_ASIDE.test(ctx.text.slice(close, cueStart)) ? first : null;
}

/** Between a body's name in apposition and the cue: its closing comma and at most two adverbs. */
const APPOSED_BODY_TO_CUE = /^,\s+(?:\p{Ll}+ly\s+){0,2}$/u;

/**
 * A body's name in apposition to a description of it, right before the cue ("Libya's official news
 * agency, JANA, initially reported"): the body speaks, not a person named earlier in the clause.
 */
function apposedBody(ctx: QuoteContext, cands: readonly SpeakerCandidate[], cueStart: number): SpeakerCandidate | null {
  const name = cands[cands.length - 1];
  const head = cands[cands.length - 2];
  if (name === undefined || head === undefined || head.kind !== 'description' || !BODY_KINDS.has(name.kind)) return null;
  // The description may stop at a role noun its body's noun follows ("Libya's official| news agency").
  const described = /^((?:\s+\p{Ll}+){0,2}),\s+$/u.exec(ctx.text.slice(head.end, name.start));
  if (described === null || !ORG_NOUN_END.test(head.text + described[1]!) || !APPOSED_BODY_TO_CUE.test(ctx.text.slice(name.end, cueStart))) return null;
  return { ...name, kind: 'organization' };
}
const BODY_KINDS = new Set<CandidateKind>(['organization', 'place', 'name']);
/** A description ending with a body's noun ("Libya's official news agency"). */
const ORG_NOUN_END = new RegExp(`(?:${alternation(ORG_NOUNS)})$`, 'iu');

/** ", which said", ", who told": a relative pronoun after a comma, right before the cue. */
const COMMA_RELATIVE = /,\s+(?:which|who)\s+(?:\p{Ll}+ly\s+|also\s+|later\s+)?$/u;
/** A comma and an appositive opening with an article, which may hold a place's comma ("…, a gynecologist from Englewood, New Jersey"). */
const APPOSITIVE = String.raw`,\s+(?:a|an|the)\s[^;:.]{1,100}`;
/** An appositive of a person running to the relative's comma. */
const WHO_APPOSITIVE = new RegExp(`${APPOSITIVE}$`);
/** A preposition right before a name, other than the agent's "by". */
const NON_AGENT_BEFORE = /\b(?:of|on|at|in|with|to|for|from|into|about|against|over)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
/** Between an antecedent and the relative's comma: nothing, or an appositive describing it (", a gay men and lesbian group", ", a gynecologist from Englewood, New Jersey"). */
const ANTECEDENT_GAP = new RegExp(`^(?:${APPOSITIVE})?$`);

/** A written text and who signed, wrote or sent it, up to a relative clause's comma ("a letter signed by all 42 Senate Republicans"). */
const SIGNED_TEXT = /\b(?:letter|statement|memo|note|e-?mail|petition|op-ed|declaration)\s+(?:(?:signed|written|sent|issued|released)\s+(?:jointly\s+)?by|from)\s+[^,;:.]{2,80}$/;

/** After "by": a quantifier or number, then capitalised words closing with a plural ("all 42 | Senate Republicans"). */
const SIGNERS = /^(?:by|from)\s+(?:(?:all|the|some|several|many|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+)*((?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}\p{Ll}+s)$/u;

/**
 * The one a relative clause right before the cue is about ("denounced by the Log Cabin Republicans, a
 * gay men and lesbian group, which said"): the last name before its comma, across an appositive.
 */
function relativeAntecedent(ctx: QuoteContext, cands: readonly SpeakerCandidate[], cueStart: number): SpeakerCandidate | null {
  const before = ctx.text.slice(Math.max(0, cueStart - 40), cueStart);
  const m = COMMA_RELATIVE.exec(before);
  if (m === null) return null;
  const comma = cueStart - m[0].length;
  // "a letter signed by all 42 Senate Republicans, which stated": the text's signers speak.
  const signed = /which/.test(m[0]) ? SIGNED_TEXT.exec(ctx.text.slice(Math.max(0, comma - 120), comma)) : null;
  if (signed !== null) {
    const by = comma - signed[0].length + signed[0].search(/\s(?:by|from)\s/) + 1;
    const phrase = SIGNERS.exec(ctx.text.slice(by, comma));
    // People counted by a plural ("all 42 Senate Republicans") are the group; else the one named first.
    if (phrase !== null && !cands.some((c) => c.kind === 'person' && c.start >= by && c.end <= comma)) {
      const start = comma - phrase[1]!.length;
      return { start, end: comma, text: phrase[1]!, kind: 'group', name: null };
    }
    const signer = cands.find((c) => c.start >= by && c.end <= comma && c.kind !== 'pronoun' && c.kind !== 'place');
    if (signer !== undefined) return signer;
  }
  for (let i = cands.length - 1; i >= 0; i -= 1) {
    const c = cands[i]!;
    if (c.end > comma) continue;
    // "Alan Berger, a gynecologist from Englewood, New Jersey, who said": a place inside the person's appositive is not who speaks.
    if (/who/.test(m[0]) && (c.kind === 'place' || c.kind === 'organization') && WHO_APPOSITIVE.test(ctx.text.slice(Math.max(0, c.start - 120), comma))) continue;
    // An object of a preposition other than "by" is a place or body in a description ("the top Democrat on the Senate Intelligence Committee, who").
    const object = NON_AGENT_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 40), c.start));
    const gap = ctx.text.slice(c.end, comma);
    // "which" may be about a thing named earlier ("an analysis, first reported by the Boston Globe, which concluded"):
    // only a body described in apposition right before it is surely its antecedent.
    const fits = /who/.test(m[0]) || gap !== '';
    return c.kind !== 'pronoun' && !object && fits && ANTECEDENT_GAP.test(gap) ? c : null;
  }
  return null;
}

/**
 * A written text a restrictive relative clause before the cue is about: "the part of the U.S. code that
 * says: “…”", "a sign that read". Not a statement, letter or post, which speak for their author.
 */
const TEXT_THAT = /\b((?:the|a|an|this|its|their)\s+(?:[\p{L}.’'-]+\s+){0,4}?(?:code|law|statute|provision|section|clause|rule|regulation|ordinance|sign|banner|placard|poster|headline|caption|label|plaque|inscription|bill|amendment|resolution|policy|treaty|agreement|contract|constitution|charter|ad|advertisement|slogan|motto))\s+(?:that|which)\s+(?:also\s+)?$/u;

/** Between a speaker and the place where it is ("… Service| in |Miami"). */
const LOCATED_IN = /^\s+(?:in|at)\s+(?:the\s+)?$/;

/** A clause ending on a relative pronoun, which `TEXT_THAT` needs. */
const RELATIVE_END = /\b(?:that|which)\s+(?:also\s+)?$/;

function subjectBefore(ctx: QuoteContext, clauseStart: number, cueStart: number, form: CueForm, lenient: boolean): SpeakerCandidate | null {
  // Most clauses do not end on "that" or "which": checked on the last characters before the pattern's scan.
  const written = form === 'finite' && RELATIVE_END.test(ctx.text.slice(Math.max(clauseStart, cueStart - 16), cueStart)) ? TEXT_THAT.exec(ctx.text.slice(clauseStart, cueStart)) : null;
  if (written !== null) {
    const start = clauseStart + written.index;
    return { start, end: start + written[1]!.length, text: written[1]!, kind: 'description', name: null };
  }
  const cands = findCandidates(ctx, clauseStart, cueStart);
  if (cands.length === 0) return lenient ? null : subjectPhrase(ctx, clauseStart, cueStart);
  const antecedent = relativeAntecedent(ctx, cands, cueStart);
  if (antecedent !== null) return antecedent;
  let adjacent = [...cands].reverse().find((c) => ADVERBS_RE.test(ctx.text.slice(c.end, cueStart).replace(PARTY_TAG_AFTER_NAME, '')));
  // A place where the speaker is is no speaker ("The U.S. National Weather Service in Miami said", "observers in Kosovo reported").
  if (adjacent?.kind === 'place') {
    const at = cands.indexOf(adjacent);
    const located = cands[at - 1];
    if (located !== undefined && (PERSONLIKE.has(located.kind) || located.kind === 'organization') && LOCATED_IN.test(ctx.text.slice(located.end, adjacent.start))) adjacent = located;
  }
  if (adjacent !== undefined) {
    const at = cands.indexOf(adjacent);
    const subject = cands.slice(0, at).reverse().find((c) => PERSONLIKE.has(c.kind) && RELATIVE_GAP.test(ctx.text.slice(c.end, c.end + 6))
      && !/[,;:\u2014\u2013]|--/.test(ctx.text.slice(c.end, adjacent?.start ?? c.end)));
    if (subject !== undefined) adjacent = subject;
  }
  if (form === 'finite') {
    const coordinated = coordinatedSubject(ctx, cands, clauseStart, cueStart);
    if (coordinated !== null) return coordinated;
  }
  // A participle hangs on the clause's subject, not on the object right before it ("attacked Rubio, saying").
  if (form === 'participle') {
    // "with Chairman Trey Gowdy saying": the participle's subject is the one "with" introduces.
    if (adjacent !== undefined && PERSONLIKE.has(adjacent.kind) && /^\s+$/.test(ctx.text.slice(adjacent.end, cueStart))
      && WITH_SUBJECT_BEFORE.test(ctx.text.slice(clauseStart, adjacent.start))) return adjacent;
    // After a reporting clause of its own ("…, Nefzi said, adding"), the participle is that clause's.
    const reporter = reporterBefore(ctx, cands, cueStart);
    if (reporter !== null) return reporter;
    // A body or country opening the clause before its verb is its subject ("Turkey stepped up pressure on Italy for the
    // extradition of … Abdullah Ocalan, saying"), whoever the clause names after it.
    const opener = cands[0];
    if (opener !== undefined && (opener.kind === 'place' || opener.kind === 'organization') && /^[\s"“]*$/.test(ctx.text.slice(clauseStart, opener.start))
      && PAST_VERB_NEXT.test(ctx.text.slice(opener.end, opener.end + 40))) return opener;
    // Not inside an opening prepositional phrase ("In a statement released Thursday, Rep. Jeffries reacted, saying"),
    // nor inside an opening participle or subordinate clause ("Asked whether Mr. Obama lacked sympathy, Mr. Santorum
    // did not back down, saying").
    const objects = prepositionObjects(ctx, cands, clauseStart);
    for (const c of openingClauseCandidates(ctx, cands, clauseStart)) objects.add(c);
    // A nationality qualifying a noun is no subject ("the extradition of captured Kurdish rebel leader Abdullah Ocalan, saying").
    const subject = cands.find((c) => PERSONLIKE.has(c.kind) && !inAppositive(ctx, cands, clauseStart, c, cueStart) && !objects.has(c)
      && !(c.kind === 'name' && DEMONYMS.has(c.text)));
    if (subject !== undefined) return subject;
    // Else a body opening the clause ("Apple defended the design, saying"; "Fiorina", a name the tagger
    // typed a body, "was upfront about her distaste for Donald Trump, saying").
    const body = cands[0];
    if (body?.kind === 'organization' && /^[\s"“]*$/.test(ctx.text.slice(clauseStart, body.start))) return body;
    // After a comma, every one a preposition's object ("took a shot at President Obama and the first
    // lady, writing"): the subject is words no candidate covers. Right after a name, with no comma,
    // the participle is that one's ("footage of Trump saying …").
    const afterComma = /,\s*$/.test(ctx.text.slice(clauseStart, cueStart));
    if (afterComma && cands.every((c) => !PERSONLIKE.has(c.kind) || objects.has(c))) return lenient ? null : subjectPhrase(ctx, clauseStart, cueStart);
  }
  if (adjacent !== undefined) {
    // "a relationship Xi views as": a name after a plain noun starts a relative clause, not an appositive tail.
    const relative = RELATIVE_BEFORE.test(ctx.text.slice(clauseStart, adjacent.start));
    const head = relative ? undefined : appositiveHead(ctx, cands, clauseStart, adjacent.start, cueStart);
    if (head !== undefined) return outermostHead(ctx, cands, clauseStart, head, cueStart);
    if (PERSONLIKE.has(adjacent.kind)) return adjacent;
  }
  // An appositive or relative clause between subject and cue: "Xi, who met Putin, said".
  const opener = openingSubject(ctx, cands, clauseStart, cueStart);
  if (opener !== null) return opener;
  const text = ctx.text.slice(clauseStart, cueStart);
  for (let i = text.lastIndexOf(','); i >= 0; i = i > 0 ? text.lastIndexOf(',', i - 1) : -1) {
    if (!APPOSITIVE_OPENER.test(text.slice(i + 1))) continue;
    const at = clauseStart + i;
    const head = headBefore(ctx, cands, at);
    if (head !== undefined) return head;
  }
  const agency = apposedBody(ctx, cands, cueStart);
  if (agency !== null) return agency;
  const free = cands.filter((c) => PERSONLIKE.has(c.kind) && !inAppositive(ctx, cands, clauseStart, c, cueStart));
  // A participle hangs on the clause's subject: "Li agreed, saying …", "He spoke about … stating".
  if (form === 'participle' && free[0] !== undefined) return free[0];
  if (lenient) {
    const nearest = [...free].reverse().find((c) => c.kind === 'person' || c.kind === 'pronoun' || c.kind === 'name');
    if (nearest !== undefined) return nearest;
  }
  return adjacent ?? (lenient ? null : subjectPhrase(ctx, clauseStart, cueStart));
}

/** "with" and at most a few capitalised title words before a participle's subject ("…, with House Chairman Trey Gowdy saying"). */
const WITH_SUBJECT_BEFORE = /(?:^|[,;\s])with\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;

/** "and" (after a comma or not, with an adverb) right before a cue: the cue is the clause's second verb. */
const COORDINATED_VERB_BEFORE = /,?\s+and\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?$/u;
/** What ends the clause before a coordinated verb's own: a comma, semicolon, colon or dash. */
const CLAUSE_BREAK = /[,;:\u2014\u2013]|\s-\s|--/g;

/**
 * The subject of a cue coordinated with its clause's first verb ("Clinton repeatedly invoked President
 * Obama and suggested", "Mrs. Clinton shook her head and said"): the first one named in the clause
 * after its last break, when that one is no preposition's object. The name right before "and" is the
 * first verb's object. Null when the clause names no one there (the default rules then decide).
 */
function coordinatedSubject(ctx: QuoteContext, cands: readonly SpeakerCandidate[], clauseStart: number, cueStart: number): SpeakerCandidate | null {
  const before = ctx.text.slice(clauseStart, cueStart);
  const and = COORDINATED_VERB_BEFORE.exec(before);
  if (and === null) return null;
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m !== null && m.index < and.index; m = CLAUSE_BREAK.exec(before)) from = m.index + m[0].length;
  const inClause = cands.filter((c) => c.start >= clauseStart + from && c.end <= clauseStart + and.index);
  const [subject, next] = inClause;
  if (subject === undefined || next === undefined || !(PERSONLIKE.has(subject.kind) || subject.kind === 'organization')) return null;
  // The subject opens the clause, and a verb follows it before the next one named (else that one may be its apposition).
  return CLAUSE_OPENING.test(ctx.text.slice(clauseStart + from, subject.start)) && VERB_WORD.test(ctx.text.slice(subject.end, next.start)) ? subject : null;
}
/** Before a clause's subject: at most a conjunction or an adverb ("and the", "But"). */
const CLAUSE_OPENING = /^[\s"“]*(?:(?:and|but|then|so|yet|later|however|still|\p{L}+ly)\s+)?$/iu;
/** A lower-case word that is no preposition, article or conjunction: a verb between the subject and its object. */
const VERB_WORD = /(?:^|\s)(?!(?:of|the|a|an|and|or|for|at|in|on|from|with|to|by)\b)\p{Ll}{2,}/u;

/** Verbs of saying that stand without an object in a reporting clause after what it reports ("…, Nefzi said,"). */
const BARE_REPORTING = '(?:said|says|added|adds|wrote|writes|explained|explains|noted|notes|continued|replied|responded|insisted|argued|argues|recalled|stressed)';
/** The reporting verb, an adverb, then the comma before the participle: the text after its subject. */
const REPORTER_THEN_COMMA = new RegExp(`^\\s+(?:\\p{Ll}+ly\\s+)?${BARE_REPORTING}(?:\\s+\\p{Ll}+ly)?,\\s*$`, 'u');
/** The reporting verb right before an inverted subject ("…, said Mr. Pike, noting"). */
const REPORTING_BEFORE_SUBJECT = new RegExp(`(?:^|[\\s,])${BARE_REPORTING}\\s+$`, 'u');

/**
 * The one a reporting clause right before a participle names, after or before its verb: "Mateen
 * didn't mingle …, Nefzi said, adding, “…”", "…, said Mr. Pike, noting that". The participle
 * continues that clause, so its subject speaks, not the subject of what it reported.
 */
function reporterBefore(ctx: QuoteContext, cands: readonly SpeakerCandidate[], cueStart: number): SpeakerCandidate | null {
  const last = cands[cands.length - 1];
  if (last === undefined || !PERSONLIKE.has(last.kind)) return null;
  const tail = ctx.text.slice(last.end, cueStart);
  if (REPORTER_THEN_COMMA.test(tail)) return last;
  return /^,\s*$/.test(tail) && REPORTING_BEFORE_SUBJECT.test(ctx.text.slice(Math.max(0, last.start - 20), last.start)) ? last : null;
}

/** A sentence opening with a time clause on a participle ("A day after telling reporters that", "While campaigning in Ohio,"). */
const OPENING_TIME_CLAUSE = /^(?:(?:[\p{L}\d-]+\s+){0,3}(?:after|before|while|since|upon|when)|after|before|while|since|upon|when)\s+$/iu;

/**
 * The subject of the main clause after what a participle in an opening time clause reports: "A day
 * after telling reporters that he's “not going to talk about this anymore,” Congressman Anthony Weiner
 * broke his silence". `sentenceStart` opens the sentence; `after` is where the reported words end.
 */
export function openingClauseSubject(ctx: QuoteContext, sentenceStart: number, cueStart: number, after: number): SpeakerCandidate | null {
  const sentence = ctx.sentences[sentenceIndexAt(ctx, cueStart)];
  if (sentence === undefined || sentence.start !== sentenceStart || !OPENING_TIME_CLAUSE.test(ctx.text.slice(sentenceStart, cueStart))) return null;
  const from = after + (/^[\s,”"’']*/.exec(ctx.text.slice(after, sentence.end))?.[0].length ?? 0);
  const found = speakerAfter(ctx, from, sentence.end);
  return found !== null && (found.kind === 'person' || found.kind === 'description') ? found : null;
}

/**
 * The person an inverted cue set off by a comma names, with an appositive after the name ("Her
 * comments, said Josh Earnest, the White House press secretary, are …", "…, said Michael O'Hanlon,
 * a senior fellow at …"): a cue of saying right after a comma in `[clauseStart, cue)`, then a person
 * and the appositive's comma, within `limit`. Null otherwise.
 */
export function invertedAsideSpeaker(ctx: QuoteContext, clauseStart: number, cue: { readonly start: number; readonly end: number; readonly text: string }, limit: number): SpeakerCandidate | null {
  if (!INVERTED_ASIDE_CUE.test(cue.text) || !/,\s*$/.test(ctx.text.slice(clauseStart, cue.start))) return null;
  const speaker = speakerAfter(ctx, cue.end, limit);
  return speaker !== null && speaker.kind === 'person' && /^\s*,/.test(ctx.text.slice(speaker.end, speaker.end + 2)) ? speaker : null;
}

/** Capitalised words after a place naming an office of it ("U.S.| Attorney’s Office", "Iraqi| Foreign Ministry"). */
const PLACE_OFFICE = /^(?:\s+\p{Lu}[\p{L}-]*(?:['’]s)?){0,3}\s+(?:Office|Department|Ministry|Agency|Embassy|Commission|Bureau|Service|Administration)\b/u;

/**
 * A verb right after the words an inverted cue seems to name: they are the subject of a new clause
 * the cue reports ("…, however, said they believed …", "… said the candidate could be …"), not its
 * speaker. Words that describe the speaker may follow ("says a source involved in …", "said the base
 * chief known as …").
 */
const NEW_CLAUSE_AFTER = new RegExp(String.raw`^\s+(?:(?:also|still|just|now|already|reportedly|previously|fully|only)\s+)?(?:${AUXILIARIES.join('|')}|do|(?:do|does|did|is|are|was|were|has|have|had|would|could|should|wo|ca)n[’']t|cannot|never|believed|believe|believes|thought|think|thinks|felt|feel|feels|knew|know|knows|expected|expect|expects|hoped|hope|hopes|wanted|want|wants|planned|plan|plans|agreed|agree|agrees|\p{Ll}{3,}ed\s+(?:the|a|an|that|to|his|her|their|its|it|him|them|this|these|those)\b)\b`, 'u');

/** Whether the words an inverted attribution names end its clause, rather than open a new one (`NEW_CLAUSE_AFTER`). */
export function closesInverted(ctx: QuoteContext, speakerEnd: number): boolean {
  return !NEW_CLAUSE_AFTER.test(ctx.text.slice(speakerEnd, speakerEnd + 30));
}

/** A role word for a person: a known role, or a word naming one by what they do ("pollster", "consultant", "historian", "activist"). */
const PERSON_ROLE_WORD = new RegExp(`(?:^|\\s)(?:${alternation(ROLE_NOUNS)}|\\p{Ll}+(?:ster|ant|ent|ian|ist|or|er))\\s+$`, 'u');

/** Whether an organisation candidate of two or three capitalised words follows a person's role word, so names a person. */
function personAfterRole(ctx: QuoteContext, c: SpeakerCandidate): boolean {
  return c.kind === 'organization' && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(c.text) && PERSON_ROLE_WORD.test(ctx.text.slice(Math.max(0, c.start - 30), c.start));
}

/** The speaker named right after a cue ("said Pang", "according to the ministry"), within `limit`. */
export function speakerAfter(ctx: QuoteContext, from: number, limit: number): SpeakerCandidate | null {
  const lead = /^\s*/.exec(ctx.text.slice(from, limit))?.[0].length ?? 0;
  const article = /^the\s+/i.exec(ctx.text.slice(from + lead, limit))?.[0].length ?? 0;
  const cands = findCandidates(ctx, from, limit);
  const first = cands[0];
  if (first === undefined) return null;
  // A person named after a title or description is the speaker, not the title's first word.
  const titled = [...cands].reverse().find((c) => (c.kind === 'person' || (c.kind === 'name' && c.text.includes(' ')) || personAfterRole(ctx, c))
    && (TITLE_LEAD.test(ctx.text.slice(from + lead + article, c.start)) || (c.kind === 'person' && OWNED_LEAD.test(ctx.text.slice(from + lead, c.start)))));
  // A name the tagger typed an organisation, right after a person's role word, is that person ("said pollster Stan Greenberg").
  if (titled !== undefined && first.kind !== 'pronoun') return titled.kind === 'organization' ? { ...titled, kind: 'person' } : titled;
  // Else the first candidate speaks when it opens the words after the cue (after "the").
  if (first.start !== from + lead && first.start !== from + lead + article) return null;
  // "the Brooklyn, N.Y., chapter of Indivisible": the body a local part belongs to speaks through it.
  const part = first.kind === 'place' || first.kind === 'organization' ? BODY_PART_OF.exec(ctx.text.slice(first.end, limit)) : null;
  const owner = part === null ? undefined : cands.find((c) => c.start === first.end + part[0].length && c.kind !== 'pronoun');
  if (owner !== undefined) return { ...owner, kind: 'organization' };
  // A place heading an office's name is part of it: "the U.S. Attorney’s Office", "the Iraqi Foreign Ministry".
  const office = first.kind === 'place' ? PLACE_OFFICE.exec(ctx.text.slice(first.end, limit)) : null;
  if (office === null) return first;
  const text = ctx.text.slice(first.start, first.end + office[0].length);
  return { start: first.start, end: first.end + office[0].length, text, kind: 'organization', name: text };
}

/** A local part of a body after a place or a body's name, up to the body it belongs to. */
const BODY_PART_OF = /^(?:,\s[^,]{1,25},)?\s+(?:local\s+)?(?:chapter|branch|affiliate|wing|arm)\s+of\s+(?:the\s+)?/;

/** A transcript's speaker label opening a quoted paragraph ("PENCE: Well, …", "Chris Matthews: …"). */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}):\s/u;
/** Words before a colon that introduce what follows without naming a speaker ("as follows:", "Wait, it gets better:"). */
const NO_SPEAKER_INTRO = /\b(?:follows|following|better|worse|this|these|here|below)\s*:\s*$/i;

/**
 * The speaker of a quote opening its paragraph without attribution of its own, named where it is
 * introduced: a transcript label at its start ("PENCE: …"), or the sentence before it ending with a
 * colon ("Cruz continued:", "As Joel Pollak observed, …:", "Stated Stone:"). The cue is the
 * introducer's verb, or null for a label.
 */
export function introducedSpeaker(ctx: QuoteContext, open: number, start: number): { speaker: SpeakerCandidate; cue: string | null } | null {
  const label = TRANSCRIPT_LABEL.exec(ctx.text.slice(start, start + 50));
  // One capitalised word the article also writes in lower case is a heading ("NOTE:", "UPDATE:"), not a name.
  if (label?.[1] !== undefined && !NON_NAME_WORDS.has(label[1]) && (label[1].includes(' ') || !writtenLower(ctx, label[1].toLowerCase()))) {
    const words = label[1];
    const mention = ctx.mentions.find((m) => m.start === start && m.type === 'person');
    const speaker: SpeakerCandidate = mention !== undefined
      ? { start, end: mention.end, text: mention.text, kind: 'person', name: mention.name }
      : { start, end: start + words.length, text: words, kind: 'name', name: null };
    return { speaker, cue: null };
  }
  const previous = ctx.sentences[sentenceIndexAt(ctx, open - 1)];
  if (previous === undefined || previous.end > open) return null;
  const intro = ctx.text.slice(previous.start, open);
  const colon = intro.search(/:\s*$/);
  if (colon < 0 || NO_SPEAKER_INTRO.test(intro)) return null;
  const colonAt = previous.start + colon;
  const cue = findCues(ctx, previous.start, colonAt).pop();
  if (cue !== undefined) {
    const speaker = cue.form === 'according' ? speakerAfter(ctx, cue.end, colonAt) : speakerBefore(ctx, previous.start, cue.start, cue.form, false) ?? speakerAfter(ctx, cue.end, colonAt);
    return speaker === null ? null : { speaker, cue: cue.text };
  }
  // No verb of saying ("More from Jones:", "President Clinton released the following statement:"): the person named there.
  const named = findCandidates(ctx, previous.start, colonAt).filter((c) => c.kind === 'person' || c.kind === 'name');
  // Of several, the one in the main clause after an opening one ("When Wallace died in 1998, President Clinton released …:").
  const comma = ctx.text.lastIndexOf(',', colonAt);
  const main = named.length > 1 && comma > previous.start ? named.filter((c) => c.start > comma) : named;
  return main.length === 1 && main[0] !== undefined ? { speaker: main[0], cue: null } : null;
}

/** A dash and a name after a closing mark sign the quote ("…” ― Martha Aguilar", "…" - Sanders.). */
const SIGNATURE_DASH = /^[\s.,]*[-\u2010-\u2015]+\s*/;
/** How far after the dash the signing name may reach. */
const SIGNATURE_CHARS = 60;

/** The name signing a quote after its closing mark with a dash, if any. */
export function signedSpeaker(ctx: QuoteContext, close: number): SpeakerCandidate | null {
  const dash = SIGNATURE_DASH.exec(ctx.text.slice(close + 1, close + 1 + SIGNATURE_CHARS));
  if (dash === null) return null;
  const from = close + 1 + dash[0].length;
  const first = findCandidates(ctx, from, Math.min(ctx.text.length, from + SIGNATURE_CHARS))[0];
  return first !== undefined && (first.kind === 'person' || first.kind === 'name') && /^(?:(?:President|Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\.?\s+)?$/.test(ctx.text.slice(from, first.start)) ? first : null;
}

/** Verbs of saying whose sentence may introduce the quote paragraph after it ("Then, in 2017, Kerry said that …"). */
const REPORTING_FORMS = new Set<CueForm>(['finite', 'participle']);

/**
 * The speaker of a paragraph that is only a quote, from the sentence ending the paragraph before it
 * when that sentence reports someone's words ("Trump shot back in a statement, saying …"): the quote
 * goes on with the same speaker; with `sameParagraph`, of a quote opening a sentence right after such
 * a sentence of its own paragraph ("Kerry said that 100,000 would be accepted. “That adds up to …”").
 * Null when that sentence is itself quoted or reports no one.
 */
export function precedingSpeaker(ctx: QuoteContext, open: number, sameParagraph = false): SpeakerCandidate | null {
  const previous = ctx.sentences[sentenceIndexAt(ctx, open - 1)];
  const gap = previous === undefined ? '' : ctx.text.slice(previous.end, open);
  if (previous === undefined || previous.end > open || insideMarks(ctx, previous.start) || !(sameParagraph ? /^[ \t]*$/ : /\n\s*$/).test(gap)) return null;
  const cue = findCues(ctx, previous.start, previous.end).filter((c) => REPORTING_FORMS.has(c.form)).pop();
  if (cue === undefined) return null;
  const speaker = speakerBefore(ctx, previous.start, cue.start, cue.form, cue.form === 'participle') ?? speakerAfter(ctx, cue.end, previous.end);
  return speaker !== null && (speaker.kind === 'person' || speaker.kind === 'name' || speaker.kind === 'pronoun') ? speaker : null;
}

/** The end of a comma-closed interruption right before its cue ("…, who lives in Ohio, said"). */
const CLOSES_INTERRUPTION = /^[^,]*,\s*$/;
/** What may stand before the interrupted subject: a conjunction or the person's title ("But", "Former Democratic candidate"). */
const SUBJECT_LEAD = /^[\p{L}.\s'’-]*$/u;
const MAX_SUBJECT_LEAD_WORDS = 4;

/** An interruption naming members of the group before it ("…, including the Asbury Park Press, said"). */
const MEMBERS_OPENER = /^\s*(?:including|among them|such as)\b/i;
/** A group of speakers as a subject: counted or quantified, or ending in a plural noun, a few words long ("Six Gannett newspapers in New Jersey"). */
const GROUP_SUBJECT = /^(?:(?:[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|[Oo]ther|[Bb]oth|[Aa]ll|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Dd]ozens of|[Hh]undreds of|\d+)\s+[\p{L}\s'’.-]{2,80}|(?:[Tt]he\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,5}\s+\p{Ll}[\p{L}-]*[^s'’\s]s)$/u;

/** A clause or an opening phrase, not a subject: a verb in it, or a preposition or pronoun first ("There was a panoply of dignitaries", "On other measures"). */
const NOT_A_GROUP_SUBJECT = /\b(?:is|was|are|were|has|have|had|been|be|being|will|would|can|could)\b|^(?:There|It|He|She|They|We|I|On|In|At|For|With|From|By|After|Before|During|Of|To|Under|Over|About)\b/;

/**
 * A group subject whose members an interruption names ("Six Gannett newspapers in New Jersey,
 * including the Asbury Park Press, said"; "Several Republican leaders, including Sens. John McCain …,
 * have denounced"): the group speaks, as written, not the member the source words name.
 */
function includingGroup(ctx: QuoteContext, sentenceStart: number, comma: number): SpeakerCandidate | null {
  const raw = ctx.text.slice(sentenceStart, comma);
  const words = raw.trim().replace(/^(?:(?:But|And|Yet|So|Still|Now|Meanwhile),?|As|While|Although|Though|Because|Since|When)\s+/, '');
  if (!GROUP_SUBJECT.test(words) || NOT_A_GROUP_SUBJECT.test(words) || insideMarks(ctx, sentenceStart)) return null;
  const start = sentenceStart + raw.lastIndexOf(words);
  return { start, end: start + words.length, text: words, kind: 'group', name: null };
}

/**
 * The subject a comma-enclosed interruption hangs on, when source words lie inside it and it ends
 * right before the cue: in "Trump, who has a commanding lead in delegates, mocked …" or "Zimmerman,
 * who identifies as Hispanic, told …" the one speaking is the person before the first comma, not a
 * name inside the relative clause or appositive. A group whose members the interruption names
 * speaks as the group (`includingGroup`), wherever the source words lie in the clause.
 */
export function interruptedSubject(ctx: QuoteContext, named: { readonly start: number; readonly end: number }, cueStart: number): SpeakerCandidate | null {
  if (cueStart < named.end) return null;
  const sentenceStart = ctx.sentences[sentenceIndexAt(ctx, named.start)]?.start ?? 0;
  const comma = ctx.text.indexOf(',', sentenceStart);
  if (comma < 0 || comma >= cueStart) return null;
  // The subject is a group whose members the interruption names: the group speaks.
  if (MEMBERS_OPENER.test(ctx.text.slice(comma + 1, cueStart))) {
    const group = includingGroup(ctx, sentenceStart, comma);
    if (group !== null) return group;
  }
  if (comma >= named.start || !CLOSES_INTERRUPTION.test(ctx.text.slice(named.end, cueStart))) return null;
  return interruptedPerson(ctx, sentenceStart, comma, named) ?? laterSubjectBefore(ctx, sentenceStart, named);
}

/** The person right before an interruption's opening comma, led only by a conjunction or title from `from`. */
function interruptedPerson(ctx: QuoteContext, from: number, comma: number, named: { readonly start: number }): SpeakerCandidate | null {
  const subject = findCandidates(ctx, from, comma).filter((c) => c.kind === 'person').pop();
  if (subject === undefined || subject.start === named.start || !PARTY_TAG_ONLY.test(ctx.text.slice(subject.end, comma))) return null;
  const lead = ctx.text.slice(from, subject.start);
  return SUBJECT_LEAD.test(lead) && lead.split(/\s+/).filter(Boolean).length <= MAX_SUBJECT_LEAD_WORDS ? subject : null;
}

/** Nothing, or a party and state tag, between a subject and its comma ("Sen. Roy Blunt (R-Mo.),"). */
const PARTY_TAG_ONLY = /^\s*(?:\([^()]{1,12}\))?\s*$/;
/** A clause's boundary before its subject: a comma, semicolon or dash. */
const CLAUSE_BOUNDARY = /[,;—–]|\s--\s/g;

/**
 * The subject of a later clause of the sentence, interrupted the same way ("… airspace, as Peña
 * Nieto, contradicting Trump, said he had told …"): the interruption opens at the last comma before
 * the source words, and the subject stands between the clause boundary before it and that comma.
 */
function laterSubjectBefore(ctx: QuoteContext, sentenceStart: number, named: { readonly start: number }): SpeakerCandidate | null {
  const open = ctx.text.lastIndexOf(',', named.start);
  if (open <= sentenceStart) return null;
  let from = sentenceStart;
  CLAUSE_BOUNDARY.lastIndex = 0;
  const before = ctx.text.slice(sentenceStart, open);
  for (let m = CLAUSE_BOUNDARY.exec(before); m !== null; m = CLAUSE_BOUNDARY.exec(before)) from = sentenceStart + m.index + m[0].length;
  return from === sentenceStart ? null : interruptedPerson(ctx, from, open, named);
}
