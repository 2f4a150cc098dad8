/** The words around a cue that may name a speaker: entity mentions, pronouns, role descriptions, groups and capitalised names the entity list missed. */
import type { EntityMention, EntityType } from '../types.js';
import { partitionPoint } from './partition-point.js';
import { cachedPerRange, insideMarks, type QuoteContext } from './quotes-context.js';
import { ADVERBS_RE, alternation, FINITE_CUES, GROUP_NOUNS, NON_NAME_WORDS, PARTICIPLE_CUES, ROLE_NOUNS } from './quotes-lexicon.js';
import { holdsWord } from './tokens.js';

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
export const ORG_NOUNS = ['ministry', 'agency', 'government', 'office', 'council', 'committee', 'newspaper', 'embassy', 'department', 'commission', 'bureau', 'company', 'spokesman’s office',
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
export const APPOSITIVE_OPENER = new RegExp(`^\\s*(?:a|an|the|who|whose|which|formerly|himself|herself|speaking|one of|also|like|former|\\d+|${alternation(ROLE_NOUNS)})\\b`, 'i');

/** A lower-case word that is not a preposition, right before a name: "relationship Xi" (a title such as "then-President" is no such word). */
export const RELATIVE_BEFORE = /\b(?!(?:of|at|for|from|with|in|on|to|by|and|or|the|a|an|against|about|over|under|after|before|like|than|into|behind|toward|towards)\b)\p{Ll}[\p{Ll}-]*\s+$/u;
/** A relative clause without commas between subject and cue ("officials who spoke with The Post said"). */
export const RELATIVE_GAP = /^\s+(?:who|that)\s/i;
/**
 * Titles written before a name after an inverted cue ("said Sen. Chris Murphy", "said Democratic
 * pollster Geoff Garin", "said U.S. Embassy spokesman Bill Palmer", "tweeted former Housing and Urban
 * Development Secretary Julián Castro"), or set off by a comma before
 * it ("said the NBA commissioner, David Stern").
 */
export const TITLE_LEAD = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Maj|Adm|Cmdr|Brig|Cpl|Pvt|Supt|Insp)\.\s+|(?:former|then-|top|senior|\p{Lu}[\p{L}-]*|\p{Lu}(?:\.\p{Lu})+\.|(?<=\p{Lu}[\p{L}-]*\.?\s)(?:and|of|for)(?=\s+\p{Lu}))\s+)*(?:(?:\p{Ll}[\p{L}-]*\s+){0,3}|(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}-]*,\s+)$/u;

/** A relation of someone's, then the person's name in apposition, a description before it ("his brother, exiled democracy campaigner| Liu Qing"). */
export const OWNED_LEAD = /^(?:his|her|their)\s+(?:\p{Ll}+\s+)?\p{Ll}+,\s+(?:(?:a|an|the)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,4}$/u;

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
export const PAST_VERB_NEXT = /^\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|said|told|took|made|gave|sent|held|kept|put|met|left|won|lost|began|became|went|came|struck|sought)\b/u;

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

export const PERSONLIKE = new Set<CandidateKind>(['person', 'pronoun', 'description', 'group', 'name']);
