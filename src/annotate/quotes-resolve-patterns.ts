/** The patterns and small readers the speaker resolver applies: titles, epithets, documents and their issuers, subjects of a sentence, roles' offsets. */
import { COMPANY_NAME_END } from './company-names.js';
import { CITIES_AND_REGIONS, COUNTRIES } from './gazetteer/places.js';
import { partitionPoint } from './partition-point.js';
import type { SpeakerCandidate } from './quotes-candidates.js';
import { escapeRegExp, HONORIFICS, ROLE_NOUNS } from './quotes-lexicon.js';

export const PERSON_ROLES = new Set<string>(ROLE_NOUNS.map((r) => r.split(' ').pop() ?? r));

/** An honorific is not part of the name a speaker resolves to ("Mr. Rhodes" is Rhodes). */
export const HONORIFIC = new RegExp(`^(?:(?:${HONORIFICS})\\.?\\s+)+`);
/** A party's member described by state ("the Wisconsin Republican", "Utah Democrat"). */
export const STATE_MEMBER = /^(?:the\s+)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+(Republican|Democrat)$/u;

/** Before a sentence's first name: at most a title ("Mr. ", "Sen. "). */
export const OPENS_WITH_TITLE = /^[\s"“]*(?:\p{Lu}\p{Ll}*\.?\s+)?$/u;

/** How many sentences back a pronoun may find its antecedent. */
export const PRONOUN_SENTENCE_WINDOW = 4;
/** How far back (characters) the most recent speaker still counts for a pronoun. */
export const RECENT_SPEAKER_WINDOW = 1500;
/** How far back a pronoun's chain of pronoun subjects is followed. */
export const MAX_PRONOUN_DEPTH = 4;
/** How far after a name its appositive may carry the role word (", a Beijing-based … expert"). */
export const APPOSITIVE_WINDOW = 90;
/**
 * An appositive that may carry a person's role: an article or an owner's possessive, then words up to
 * the clause's end (", a Beijing-based expert", ", Apple's chief executive", ", the U.N.'s envoy").
 */
export const APPOSITIVE = /^,\s+(?:\d{1,3},\s+)?(?:who\s+(?:is|was)\s+)?(?:a|an|the|\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3}['’]s?)\s+[^.,;]*/u;
/** Roles that speak for a body: unresolved, "a spokesman for the State Department" is the body speaking. */
export const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative']);
/** Parties an epithet names ("the Texas Republican", "the Democratic nominee"). */
export const PARTY_WORDS = new Set(['Republican', 'Democratic', 'Democrat', 'GOP', 'Independent', 'Conservative', 'Labour', 'Liberal']);
/** The words of the places the gazetteer knows ("Vermont", "New", "Jersey"), which the tagger may not type as places inside an epithet. */
export const PLACE_WORDS = new Set([...COUNTRIES, ...CITIES_AND_REGIONS].flatMap((p) => p.split(' ')));
/** Whether a capitalised word is a word of a place the gazetteer knows or a party: what an epithet may add to a role. */
export const placeOrParty = (word: string): boolean => PLACE_WORDS.has(word) || PARTY_WORDS.has(word);
/** A description that may name the person just spoken of: "the" and a present role ("the committee chairman"; not "the former secretary", "the other candidate"). */
export const EPITHET = /^the\s+(?!(?:former|other|ex-|then-|late|previous|new|next)\b)/i;
/** Roles of a body's head, whose body names them in an epithet ("the U.N. chief", "the agency's director"). */
export const BODY_HEAD_ROLES: ReadonlySet<string> = new Set(['chief', 'head', 'leader', 'director', 'chairman', 'chairwoman', 'president', 'commissioner', 'boss']);
/** A former role with a place or party ("the former Florida governor"): an epithet too, where the place or party narrows it. */
export const FORMER_EPITHET = /^the\s+former\s+/i;
/** A quote opening the sentence, up to the attribution after it. */
export const QUOTE_THEN_ATTRIBUTION = /^\s*["“'‘][^"“”]*[,!?]["”'’]\s*$/;
/** A document that speaks for its author: "the statement", "the letter". */
export const DOCUMENT = /^the\s+(statement|letter|release|memo)$/i;
/** A government body's name ("Fish and Wildlife Service", "Environmental Protection Agency"), or an agency's acronym. */
const AGENCY_NAME = /\b(?:Service|Agency|Administration|Bureau|Commission)$|^(?:CIA|NSA|EPA|FDA|DEA|NASA|IAEA|FEMA|TSA)$/;
/** "the agency", "the bureau", "the company", "the firm": a body named before by its kind. */
export const BODY_NOUN = /^the\s+(agency|bureau|company|firm)$/i;
/** Which bodies each of those nouns stands for. */
export const BODY_NOUN_FITS: Readonly<Record<string, (name: string) => boolean>> = {
  agency: (name) => AGENCY_NAME.test(name),
  bureau: (name) => /\bBureau\b|^(?:FBI|F\.B\.I\.|ATF)$/.test(name),
  company: (name) => COMPANY_NAME_END.test(name),
  firm: (name) => COMPANY_NAME_END.test(name),
};
/** Verbs of putting out a document, and the documents "the statement" may then stand for. */
export const ISSUED = 'issued|released|put\\s+out|sent\\s+out';
export const ISSUED_DOCUMENTS = 'condemnation|declaration|communique|protest';
/** Capitalised words ending in a body's noun ("American Embassy", "Foreign Ministry"). */
const ISSUER_WORDS = String.raw`(?:\p{Lu}[\p{L}.&-]*\s+)*(?:Embassy|Ministry|Office|Council|Committee|Commission|Department|Agency|Government|Party|Union|Court|Association|Federation|Foundation|Institute|Church|Company|Corporation)`;
/** A body's name opening a sentence ("American Embassy here, which …"). */
export const ISSUER_NAME = new RegExp(String.raw`^(${ISSUER_WORDS})\b`, 'u');
/** The same after "the" anywhere in the words before the verb. */
export const ISSUER_AFTER_THE = new RegExp(String.raw`\bthe\s+(${ISSUER_WORDS})\b`, 'u');
/** A work that speaks for its authors: "a report", "the new study", "a survey". */
export const WORK = /^(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:report|study|survey|poll|analysis|review|audit)$/iu;
/** What names a work's author after it ("by", "from"). */
export const WORK_BY = /^\s+(?:by|from)\s+/;
/** How far back the author of "the statement" may be named. */
export const DOCUMENT_WINDOW = 2000;
/** A description's "of" or "for" complement, after its head noun. */
export const OF_TAIL = /\s+(?:of|for)\s.*$/s;
/** Where an appositive's head noun ends: a preposition or relative after it ("a nurse from Ohio", "an expert who …"). */
const APPOSITIVE_HEAD_END = /\s+(?:from|at|of|in|for|to|with|who|whose|that|which|on|under|over|about|and|or|since|based|during|after|before)\b.*$/s;
/** The head noun of an appositive (", 45, a nurse from Ohio" → "nurse"), lower case; empty for none. */
export function appositiveHead(appositive: string): string {
  return lastWord(appositive.replace(APPOSITIVE_HEAD_END, ''));
}
/** The last word of a phrase, lower case; empty for none. */
export function lastWord(phrase: string): string {
  // A dash the tagger's span closed on is no word ("a segment of society -" of "society -- labeled").
  return (phrase.toLowerCase().match(/\p{L}[\p{L}-]*(?=[\s-]*$)/u) ?? [''])[0];
}
/** Words of at least this many letters show a headline when every one of them is capitalised. */
const HEADLINE_WORD_CHARS = 4;
const HEADLINE_MIN_WORDS = 3;
/** Whether a sentence is written as a headline: each longer word capitalised, and enough of them. */
export function isHeadline(sentence: string): boolean {
  const words = (sentence.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= HEADLINE_WORD_CHARS);
  return words.length >= HEADLINE_MIN_WORDS && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Where a title before a name stops: a sentence or clause break, or a conjunction ("…, and Sen. John McCain"); not the stop of an abbreviated title ("Sen."). */
export const TITLE_BREAK = /[,;()]\s(?=\S)|\s(?:and|or|with)\s|\n|(?<!\b(?:Sen|Rep|Gov|Gen|Prof|Pres|Dr|Mr|Mrs|Ms|St|Lt|Col|Sgt|Capt|Adm|Rev|Hon|Jr|Sr))[.!?]["”’]?\s(?=\S)/;
/** A capitalised word of a description: a name or place that qualifies the role. */
export const NAME_WORD = /\p{Lu}[\p{L}’'-]*/gu;
/** Words that open a description without qualifying its role ("The", "One", "His"). */
export const DETERMINER = /^(?:The|A|An|This|That|One|Another|His|Her|Their|Its|Our|My|Your)$/;
/** A qualifying name matches by its first letters, so "Mexican" finds "Mexico" and "German" "Germany". */
export const MODIFIER_PREFIX = 5;
/** The abbreviated titles that stand for a role before a name ("Sen. Bernie Sanders" is the senator, and a lawmaker). */
export const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  senator: 'Sen', governor: 'Gov', representative: 'Rep', congressman: 'Rep', congresswoman: 'Rep', lawmaker: 'Sen|Rep', general: 'Gen', professor: 'Prof', president: 'Pres', admiral: 'Adm',
};
/** How far before a name a title may carry the role word ("Foreign Ministry spokesman Lu Kang"). */
export const TITLE_WINDOW = 50;

/** Words a group match may open with that are not part of the group ("and Democrats", "had Republicans", "the officials"). */
export const GROUP_LEAD = /^(?:(?:and|or|but|had|has|have|the)\s+)+/i;

/** Between a person and a pronoun: the person's own verb of saying or thinking and "that" ("said he", ", who …, said that she"). */
export const REPORTS_CLAUSE = /^(?:,[^,]{0,80},)?\s+(?:\p{Ll}+ly\s+|also\s+|has\s+|had\s+)?(?:said|says|told \p{Ll}+|added|adds|wrote|writes|argued|argues|insisted|insists|noted|notes|claimed|claims|thinks|thought|believes|believed|acknowledged|admitted|conceded|recalled|explained|contended|suggested|predicted|warned|stated|declared|announced)(?:\s+(?:on|last)\s+\p{L}+)?,?\s+(?:that\s+)?$/u;
/** Prepositions that make a name right after them their object ("at the White House", "to Mr."). */
const OBJECT_PREPOSITIONS = 'to|in|on|at|with|for|about|from|by|against|over|of|into|like|than';
/** One of `prepositions` (and up to two title words) right before a name, as a pattern. */
const objectBefore = (prepositions: string): RegExp => new RegExp(`\\b(?:${prepositions})\\s+(?:the\\s+)?(?:[\\p{L}.’'-]+\\s+){0,2}$`, 'iu');
/** A preposition (and title words) right before a name: the name is an object, not the subject. */
export const OBJECT_OF = objectBefore(`${OBJECT_PREPOSITIONS}|after|before`);
/** The same, but not "after" or "before", which also open clauses ("after Jiang delivered"). */
export const PREPOSITION_OBJECT = objectBefore(OBJECT_PREPOSITIONS);
/** Between a closing quote mark and the pronoun of its attribution: a comma or spaces, no line break. */
export const AFTER_CLOSE = /^[ \t,]*$/;

/** A person's own verb of saying right after the name, or in a relative clause ("…, who said he"). */
export const SAYS_AFTER = /^,?\s+(?:who\s+)?(?:\p{Ll}+ly\s+|also\s+)?(?:said|says|told|added|argued|insisted|noted|claimed|declared|warned|wrote|complained|explained)\b/u;

/** A preposition fronting a sentence's topic, up to the topic ("Of ", "As for the ", "About "). */
export const TOPIC_OPENING = /^[\s"“]*(?:of|about|as\s+for|as\s+to|regarding|on)\s+(?:the\s+)?$/i;

/** A participle opening the sentence, up to its object ("Saying ", "Citing the late "). */
export const PARTICIPLE_OPENING = /^[\s"“]*\p{Lu}\p{Ll}+ing\s+(?:[\p{L}.’'-]+\s+){0,3}$/u;

/** A sentence opening with a subordinate clause or a participle's ("When …, ", "Although …, ", "Saying …, "). */
export const SUBORDINATE_START = /^[\s"“]*(?:(?:Even|Back|Just|But|And)\s+)?(?:As|When|While|After|Before|Although|Though|Since|Because|If|Once|Until|Whereas|(?!(?:Nothing|Something|Everything|Anything)\s)\p{Lu}\p{Ll}+ing|(?:\p{Lu}[\p{L}\d-]*\s+)(?:[\p{Ll}\d-]+\s+){0,2}(?:after|before|since))\s/u;

/**
 * A clause opening with a subordinating word, after a comma, before its subject ("…, one day before
 * ", "…, after "); not one after a main clause ("One big obstacle disappeared that spring when ").
 */
export const INNER_SUBORDINATOR = /^\s*(?:[\p{L}\d-]+\s+){0,3}(?:before|after|when|while|although|though|because|once|until)\s[^,]*$/iu;

/** What joins two people of one list: a comma, "and", or both. */
export const LIST_JOIN = /^(?:,\s+(?:and\s+)?|\s+and\s+)$/;

/** A subordinate clause opening a sentence, up to its subject pronoun ("Even as ", "Back when ", "Although "). */
export const SUBORDINATE_OPENING = /^[\s"“]*(?:(?:Even|Back|Just|But|And)\s+)?(?:as|when|while|after|before|although|though|since|because)\s+$/i;

/** What continues a name past a mention cut short: middle initials and a surname, or an apostrophe and the rest of a surname. */
export const CUT_NAME_REST = /^(?:(?:\s+\p{Lu}\.)+\s+\p{Lu}[\p{L}'’-]+|['’]\p{Lu}[\p{L}-]+)(?:\s+(?:Jr|Sr|II|III|IV)\b\.?)?/u;
/** How far past a mention that rest is looked for. */
export const CUT_NAME_CHARS = 40;

/** A quantifier and a plural noun: people counted ("Several senators", "Two Republican lawmakers"). */
export const QUANTIFIED_PLURAL = /^(?:several|other|many|some|most|few|two|three|four|five|six|dozens of|hundreds of)\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}[\p{L}-]*[^s’'\s]s$/iu;

/** What a plural "they" may stand for: a group, an organisation, a plural description, or a person opening "X and …". */
export const PLURAL_SUBJECT = new Set<SpeakerCandidate['kind']>(['group', 'organization', 'description', 'person']);
/** A description that reads as a body a name heads, after its determiner ("the Obama campaign"). */
export const BODY_AFTER_DETERMINER = /^(?:[Tt]he|[Aa]n?)\s+(\p{Lu}.*)$/u;
/** A role owned by a named one ("Peter Strzok’s attorney"), as a description resolves it. */
export const OWNED_ROLE = /\p{L}['’]s?\s+\S/u;
/** Words that may open a sentence before its subject ("But", "Like most Democrats,"). */
export const SENTENCE_LEAD = /^\s*(?:(?:But|And|Yet|So|Still|Now|Instead|Meanwhile|However|Nonetheless),?\s+)?/;

/** What may open a sentence before its subject group: a quantifier, a determiner, capitalised words. */
export const GROUP_SUBJECT_LEAD = /^[\s"“‘'(]*(?:(?:[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|[Aa]ll|[Bb]oth|[Oo]ther|[Tt]he|[Tt]wo|[Tt]hree|\p{Lu}[\p{L}.’'-]*)\s+)*$/u;
/** The possessive mark after an owner's name, up to the owned words ("’s ", "' "). */
export const OWNER_MARK = /^['’]s?\s+/;
/** How far before a group its owner's possessive may end ("Rubio's advisers": the mark and a space). */
export const MAX_OWNER_GAP = 3;

/** Characters that the case-insensitive Unicode patterns read as an ASCII letter though their lower case is not one: the long s, the Kelvin sign. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/**
 * Whether a case-insensitive pattern may find the role word (lower-case ASCII, as every person role
 * is) in `text`: only when its lower case holds the word, or it holds a character folding to ASCII.
 */
export function mayHold(text: string, role: string): boolean {
  return text.toLowerCase().includes(role) || FOLDS_TO_ASCII.test(text);
}

/** A sentence opening with its subject and a verb of saying or thinking, up to a "they" ("About 4 in 10 say they …"). */
const SUBJECT_SAYS_THEY = /^\s*(?:(?:But|And|Yet|So|Still|Now|Meanwhile),?\s+)?([\p{L}\d][^,;:"“”]{1,120}?)\s+(?:(?:also|still|largely|mostly)\s+)?(?:said|say|says|told\s+\p{Ll}+|believe|believes|believed|think|thinks|thought)\s+(?:that\s+)?$/u;
/** What no subject holds: a verb of its own, or a pronoun or preposition first. */
const NOT_A_SUBJECT = /\b(?:is|was|are|were|has|have|had|be|been|will|would|could|should|said|says|say)\b|^(?:There|It|He|She|They|We|I|You|On|In|At|For|With|From|By|After|Before|During|Of|To|When|While|If|As|Because)\b/;

/**
 * "They" right after its clause's subject and a verb of saying or thinking stands for that subject,
 * as written, when it is a group no entity names ("Large majorities of Republican primary voters said
 * they support …", "About 4 in 10 say they want …").
 */
export function reportingSubject(before: string): string | null {
  const subject = SUBJECT_SAYS_THEY.exec(before)?.[1]?.trim();
  return subject === undefined || NOT_A_SUBJECT.test(subject) ? null : subject;
}

/** Two to four capitalised words with no possessive: how a personal name reads. */
export const PERSONAL_NAME = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,3}$/u;
/** A last word that names a thing or body, not a person. */
export const ORG_TAIL = /\s(?:Computer|Tower|Agreement|Party|Committee|Campaign|News|Times|Post|Press|Journal|Foundation|Institute|University|College|Center|Centre|Council|Department|Ministry|Agency|Bank|Group|Company|Corporation|Inc\.?|Co\.?|Association|Union|Court|House|Senate|Congress|Network|Magazine|Report|Poll|Survey)$/;

/** The offsets of every match of a global pattern in the text, in order. */
export function offsetsOf(text: string, re: RegExp): number[] {
  const out: number[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
  return out;
}

/** What `description` matches for one role word, compiled once per role. */
interface RolePatterns {
  /** The role as a word, any case (in an appositive). */
  readonly word: RegExp;
  /** The role as a title right before a name, with capitalised words between (case-sensitive but for its first letter). */
  readonly title: RegExp;
  /** Its abbreviation as a title ("Sen."), when it has one. */
  readonly abbreviatedTitle: RegExp | null;
}

const rolePatterns = new Map<string, RolePatterns>();
/** Role words whose patterns are kept before the cache starts over (a description's head may be any noun). */
const MAX_ROLE_PATTERNS = 10_000;

/** Words that make a title another, lower office ("Vice President", "Deputy Secretary", "Lieutenant Governor"). */
const SUBORDINATE_RANK = '(?:[Vv]ice|[Dd]eputy|[Aa]ssistant|[Ll]ieutenant|[Uu]nder)';

export function patternsOf(role: string): RolePatterns {
  let patterns = rolePatterns.get(role);
  if (patterns === undefined) {
    const first = escapeRegExp(role[0]!);
    const abbreviation = ROLE_ABBREVIATIONS[role];
    patterns = {
      word: new RegExp(`\\b${escapeRegExp(role)}\\b`, 'i'),
      // "Vice President Joe Biden" is no president, "Deputy Secretary …" no secretary.
      title: new RegExp(`(?<!\\b${SUBORDINATE_RANK}[\\s-])\\b(?:${first}|${first.toUpperCase()})${escapeRegExp(role.slice(1))}(?:\\s+\\p{Lu}[\\p{L}-]*)*,?\\s+$`, 'u'),
      abbreviatedTitle: abbreviation === undefined ? null : new RegExp(`\\b(?:${abbreviation})\\.?\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)*$`, 'u'),
    };
    if (rolePatterns.size >= MAX_ROLE_PATTERNS) rolePatterns.clear();
    rolePatterns.set(role, patterns);
  }
  return patterns;
}

/** Whether a word of `length` found at one of `offsets` (sorted) lies inside `[from, to)`. */
export function holdsWithin(offsets: readonly number[], length: number, from: number, to: number): boolean {
  const i = partitionPoint(offsets.length, (k) => offsets[k]! < from);
  return i < offsets.length && offsets[i]! + length <= to;
}

/** A possessive "his" or "her", then people counted by a plural noun or a body of them ("His surrogates", "her longtime aides", "his campaign"). */
export const PRONOUN_OWNER = /^(His|Her|his|her)\s+((?:[\p{L}-]+\s+){0,2}(?:\p{Ll}[\p{L}-]*[^s'’\s]s|campaign|team|office|staff|administration|government|family|party))$/u;

/** Elected offices by the role words and titles that name them. */
export const OFFICE_OF_ROLE: Readonly<Record<string, string>> = {
  senator: 'senate', sen: 'senate', representative: 'house', rep: 'house', congressman: 'house', congresswoman: 'house',
  governor: 'governor', gov: 'governor', mayor: 'mayor', president: 'president',
};

/** An office's title right before a name ("Rep. ", "Senator "). */
export const OFFICE_TITLE = /\b(Sen\.|Senator|Rep\.|Representative|Congressman|Congresswoman|Gov\.|Governor|Mayor|President)\s+$/;
