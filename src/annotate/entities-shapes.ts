/** Shapes of names several entity rules share: small patterns and predicates over a name's words. */
import type { Candidate } from './entities-candidate.js';
import { PLACES, PLACES_UPPER, RULE_ORG_KEYWORDS } from './entities-lexicon.js';
import { COUNTRIES, PLACE_ALIASES, STATE_ABBREVIATIONS } from './gazetteer/places.js';
import { DEMONYMS, MONTHS, NON_NAMES, SPOKEN_OPENERS } from './gazetteer/words.js';
import { givenNameGender } from './quotes-gender.js';
import type { Token } from './tokens.js';

/** A party's member closing a place's name ("South Carolina| Republican"). */
export const PARTY_MEMBER_LAST = / (?:Republican|Democrat)$/;
/** A comma and a US state's name or abbreviation right after a name ("Hope, Ark.", "Hope, Arkansas"). */
const STATE_AFTER = new RegExp(`^,\\s+(?:${[...Object.keys(STATE_ABBREVIATIONS).map((k) => `${k.replace(/\./g, '\\.')}\\.`), ...new Set(Object.values(STATE_ABBREVIATIONS))].join('|')})(?![\\p{L}])`, 'u');

export function stateAfter(text: string, end: number): boolean {
  return STATE_AFTER.test(text.slice(end, end + 20));
}

/**
 * A preposition of place right before a name ("in Green Bay, Wis."; not "of": "a picture of Melania"):
 * with a state after it a person's name is a town's, and a given name after it stays a place.
 */
export const LOCATIVE_BEFORE = /\b(?:in|at|from|near|outside|to|into)\s+$/;

/** Occupations news capitalises before a name opening a sentence ("Journalist Charlie Rose asked"): no part of the name. */
export const OCCUPATIONS: ReadonlySet<string> = new Set([
  'Journalist', 'Historian', 'Pollster', 'Columnist', 'Commentator', 'Economist', 'Analyst', 'Activist', 'Novelist', 'Comedian',
  'Filmmaker', 'Businessman', 'Businesswoman', 'Billionaire', 'Entrepreneur', 'Philanthropist', 'Blogger', 'Strategist', 'Consultant',
  'Manager', 'Coach', 'Pitcher', 'Quarterback', 'Actor', 'Actress', 'Singer', 'Rapper', 'Author', 'Professor', 'Lawyer', 'Attorney',
]);
/** A personal name runs to at most this many words ("Martin Luther King Jr."); a longer tagger person is a title-case headline. */
export const MAX_PERSON_WORDS = 4;
/** Lower-case words inside personal names ("Osama bin Laden", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'al', 'el', 'de', 'da', 'del', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'ter', 'dos', 'das']);
/** A landform's or a county's word closing a name ("Roosevelt Island", "Orange County"): a place, not a person. */
export const LANDFORM_LAST = /\s(?:Island|Islands|Harbor|Harbour|River|Valley|Peninsula|Canyon|Desert|Strait|Falls|Creek|Heights|County|Mountains|Bridge|Tunnel|Stadium|Monastery|Cathedral|Square|Avenue|Boulevard|Highway|Turnpike|Expressway)$/;

/** The natural landforms of LANDFORM_LAST: no club or body is named by them. */
export const NATURAL_LANDFORM_LAST = /\s(?:Island|Islands|Harbor|Harbour|River|Valley|Peninsula|Canyon|Desert|Strait|Falls|Creek|Mountains)$/;

/** Capitals written as words, not initials: five letters or more, or two words ("DES MOINES", "MUNICH"; not "DC", "I.R.S."). */
export const CAPITALS_NAME = /^(?=.*[AEIOUY])[A-Z][A-Z'-]*(?:\s[A-Z][A-Z'-]*)*$/;

/** A place's name as a reader writes it: the gazetteer's, else an all-capitals dateline's words capitalised ("DES MOINES" is Des Moines). */
export function placeName(words: string): string {
  const known = PLACES.get(words) ?? PLACES_UPPER.get(words);
  if (known !== undefined) return known;
  if (!CAPITALS_NAME.test(words) || (!words.includes(' ') && words.length < 5)) return words;
  return words.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** A common noun's ending, which no surname the tagger meets has ("Agreement", "Journalism"). */
export const NOUN_ENDING = /\p{Ll}(?:ment|ism|tion|sion|ity|ness|ance|ence|ship|ology)$/u;

/**
 * Countries and their short forms ("US", "U.S."). The tagger reads a country before a title as an
 * organisation ("US President Donald Trump"); it is the place, as CoNLL-2003 marks it.
 */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([...COUNTRIES, ...Object.entries(PLACE_ALIASES).filter(([, v]) => COUNTRIES.includes(v)).map(([k]) => k)]);
/**
 * A lone word that opens sentences but names nothing ("For", "Well" after an opening quote mark,
 * where the tagger reads it as a name). Months stay: "May" is also a surname.
 */
export function isOpenerWord(words: string): boolean {
  return SPOKEN_OPENERS.has(words) || (NON_NAMES.has(words) && !MONTHS.has(words));
}

export const SPACE = 0x20;
export const COMMA = 0x2c;
export const STOP = 0x2e;

/** Words a personal name is made of: capitalised, letters (and an inner hyphen or apostrophe). */
export function isNameWord(word: string): boolean {
  return /^(?:al-|el-|bin-)?[A-Z][a-z\u00C0-\u024F]+(?:[-'’][A-Za-z][a-z\u00C0-\u024F]+)?$/.test(word)
    && !NON_NAMES.has(word) && !DEMONYMS.has(word) && !RULE_ORG_KEYWORDS.has(word) && !PLACES.has(word);
}

export function isAcronym(s: string): boolean {
  return /^(?:[A-Z]\.){2,5}$|^[A-Z]{2,6}$/.test(s);
}

/** A surname written with its particle capitalised, as a sentence or a name alone opens it ("De Blasio", "Von der Leyen"). */
export const CAPITAL_PARTICLE_NAME = /^(?:De|Del|Della|Der|Di|Da|Du|Van|Von|Bin|Al|El|La|Le|Dos|Das|Ter|Ten)(?: der| den)? \p{Lu}[\p{L}’'-]+$/u;

/** A candidate moved to new bounds, with its words and the gazetteers' name for them. */
export function respan(c: Candidate, start: number, end: number, text: string, knownByAlias: ReadonlyMap<string, string>): void {
  c.start = start;
  c.end = end;
  c.text = text.slice(start, end);
  c.name = knownByAlias.get(c.text) ?? c.text;
}

/** Two or three capitalised words, single-spaced. */
const GIVEN_AND_SURNAME = /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,2}$/u;

/** Whether words read as a common given name and a surname: two or three capitalised words, the first a given name of the lists. */
export function givenAndSurname(words: string): boolean {
  return GIVEN_AND_SURNAME.test(words) && givenNameGender(words) !== undefined;
}

/** The first letters of a name's capitalised words ("Republican National Committee" → "RNC"), which its acronym spells. */
export function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** Keywords that stand for the article's one body of their kind when written alone ("the Committee", "the Times"). */
export const SHORT_BODY_WORDS: ReadonlySet<string> = new Set(['Committee', 'Department', 'Commission', 'Agency', 'Bureau', 'Council', 'Board', 'Court', 'Ministry', 'Institute', 'Foundation', 'Association', 'Times', 'Post', 'Journal']);

/** Named occasions, eras, holidays, scriptures and faiths whose words the tagger takes for a body, a place or a person ("his State of the Union address", "the Cold War", "Remembrance Day", "the Bible", "Christianity"). */
export const NAMED_EVENTS = /\b(?:(?:Martin Luther )?King(?: Jr\.)? Day|Bible|Koran|Quran|Torah|Talmud|Christianity|Islam|Judaism|Buddhism|Hinduism|Catholicism|Protestantism|State of the Union|Cold War|Great Depression|Great Recession|Hail Mary|(?:Pride|Black History|Women's History) Month|World War (?:I|II|One|Two)|(?:Winter |Summer )?Olympics|Super Bowl|World Cup|(?:Memorial|Labor|Labour|Remembrance|Election|Veterans'?|Independence|Inauguration|Armistice|Bastille|Earth|Columbus|Presidents'?|Valentine's|Mother's|Father's|New Year's|Boxing|Victory|Thanksgiving|Christmas) Day)\b/g;

/** A party's adjective closing the words before a chamber. */
export const PARTY_ADJECTIVE_LAST = /(?:^|\s+)(?:Democratic|Republican|GOP)$/;
/** An article opening a capitalised run ("An Act"). */
export const ARTICLE_WORDS: ReadonlySet<string> = new Set(['A', 'An', 'The']);

/**
 * Capitalised words closed by "Act", "Amendment" or "Constitution": a law's name; by "Agreement",
 * "Treaty", "Accord", "Conventions" (not a party's "Convention") or "Protocol": a treaty's; by "Doctrine": a policy's.
 */
const LAW_KEYWORDS: readonly string[] = ['Act', 'Amendment', 'Agreement', 'Treaty', 'Accord', 'Accords', 'Conventions', 'Protocol', 'Doctrine', 'Constitution', 'Clause'];
export const LAW_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|for|and|on|to|the|\p{Lu}[\p{L}.'’-]*))*\s+(?:${LAW_KEYWORDS.join('|')})$`, 'u');
const LAW_KEYWORD_SET: ReadonlySet<string> = new Set(LAW_KEYWORDS);

/** Whether a run of tokens is a law's name; its last word is read first, so most runs cost one lookup. */
export function isLawRun(words: readonly Token[]): boolean {
  return LAW_KEYWORD_SET.has(words[words.length - 1]!.word) && LAW_NAME.test(words.map((t) => t.word).join(' '));
}
