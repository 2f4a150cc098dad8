/** A candidate's type revisited by the places and words around it: a dateline's city, a party's member, a common word. */
import { commonWords } from './common-words.js';
import type { Candidate } from './entities-candidate.js';
import { MORE_CITIES, ORGS, PEOPLES, PLACES, RULE_ORG_KEYWORDS } from './entities-lexicon.js';
import { CAPITAL_PARTICLE_NAME, CAPITALS_NAME, COUNTRY_NAMES, LANDFORM_LAST, LOCATIVE_BEFORE, NATURAL_LANDFORM_LAST, OCCUPATIONS, PARTY_MEMBER_LAST, placeName, stateAfter } from './entities-shapes.js';
import { givenNameGender } from './quotes-gender.js';
import { holdsWord } from './tokens.js';

/**
 * A candidate's type as the places in and around it tell: a landform's word closing a name, a city
 * the gazetteer lacks where the tagger saw a person, or a state after a one-word name make a place
 * ("Roosevelt Island", "Lockerbie", "Hope, Ark."); "a South Carolina Republican", "an Iowa Democrat"
 * is the place of a party's member, not a place of that name ("The Wisconsin Republican says" stays
 * whole: a speaker described, whom the quote rules read; the story's entities list its place); "California Republicans", like "Texas
 * Democrats" or "House Republicans" (which the tagger may call a person), is a body.
 */
export function retypedByPlace(c: Candidate, text: string): void {
  // A place the tagger read without its first word ("Ground| Zero").
  const before = PLACE_LAST_WORDS.has(c.text) ? WORD_BEFORE.exec(text.slice(Math.max(0, c.start - 20), c.start)) : null;
  const wider = before === null ? undefined : PLACES.get(`${before[1]} ${c.text}`) ?? (MORE_CITIES.has(`${before[1]} ${c.text}`) ? `${before[1]} ${c.text}` : undefined);
  if (wider !== undefined) {
    c.start -= before![0].length;
    c.text = text.slice(c.start, c.end);
    [c.type, c.name] = ['place', wider];
    return;
  }
  // A city the gazetteer lacks, called a person or a name of another kind ("the Bronx; and Brooklyn"); a body
  // named by a city alone is its team ("Baltimore 5 Cincinnati 3"), unless "the" leads it ("the Bronx").
  if (MORE_CITIES.has(c.text) && (c.type === 'person' || c.type === 'other' || (c.type === 'organization' && /\bthe\s+$/.test(text.slice(Math.max(0, c.start - 4), c.start))))) {
    [c.type, c.name] = ['place', c.text];
    return;
  }
  // A dateline's city in capitals ("KANSAS CITY, Mo. —"), whatever the tagger typed it.
  const city = CAPITALS_NAME.test(c.text) ? titleCased(c.text) : '';
  if (c.type !== 'place' && MORE_CITIES.has(city) && DATELINE_AFTER.test(text.slice(c.end, c.end + 12))) {
    [c.type, c.name] = ['place', city];
    return;
  }
  if (c.type === 'person') {
    if (LANDFORM_LAST.test(c.text) || (BUILDING_LAST.test(c.text) && givenNameGender(c.text.slice(0, c.text.indexOf(' '))) === undefined)) [c.type, c.name] = ['place', placeName(c.text)];
    else if (PARTY_MEMBERS_LAST.test(c.text) || INSTITUTION_LAST.test(c.text)) c.type = 'organization';
    else if ((!c.text.includes(' ') || LOCATIVE_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start))) && stateAfter(text, c.end)) {
      [c.type, c.name] = ['place', c.text];
    } else if (!c.text.includes(' ') && PLACE_OF_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start))) {
      // "the mayor of Mesa", "the city of Ferguson": what a mayor or a city is of is a place.
      [c.type, c.name] = ['place', c.text];
    }
    return;
  }
  // A common given name before a surname with a capitalised particle is a person, whatever the tagger typed it ("Greta Van Susteren").
  if (c.type === 'organization') {
    const space = c.text.indexOf(' ');
    if (space > 0 && CAPITAL_PARTICLE_NAME.test(c.text.slice(space + 1)) && givenNameGender(c.text.slice(0, space)) !== undefined) {
      c.type = 'person';
      return;
    }
  }
  // A body the tagger saw where a natural landform's word closes the name ("the Canary Islands"); a county
  // or a stadium may name a club or a body ("Ross County", "Notts County").
  if (c.type === 'organization' && NATURAL_LANDFORM_LAST.test(c.text) && ORGS[c.text] === undefined) [c.type, c.name] = ['place', placeName(c.text)];
  // A country or territory whose name holds a body's keyword ("the West Bank").
  if (c.type === 'organization' && COUNTRY_NAMES.has(c.text)) [c.type, c.name] = ['place', placeName(c.text)];
  if (c.type !== 'place') return;
  // "The Atlantic", "The Hill" with "The" capitalised inside a sentence: the publication, not the ocean or a hill.
  if (PUBLICATIONS_WITH_THE.has(c.text) && /[\p{Ll},]\s+The\s+$/u.test(text.slice(Math.max(0, c.start - 30), c.start))) {
    [c.type, c.name] = ['organization', `The ${c.text}`];
    return;
  }
  const member = /\ban?\s+$/.test(text.slice(Math.max(0, c.start - 4), c.start)) ? PARTY_MEMBER_LAST.exec(c.text) : null;
  const place = member === null ? undefined : PLACES.get(c.text.slice(0, member.index));
  if (member !== null && place !== undefined) {
    c.end = c.start + member.index;
    c.text = text.slice(c.start, c.end);
    c.name = place;
  } else if (PARTY_MEMBERS_LAST.test(c.text) || isPlaceTeam(c.text)) c.type = 'organization';
}

/** After a dateline's city: a state or country and a dash, or the dash. */
const DATELINE_AFTER = /^(?:,\s*[\p{L}.]+)?\s*(?:—|–|--|\(|-\s)/u;

/** Words in capitals written in title case ("KANSAS CITY" → "Kansas City"). */
function titleCased(words: string): string {
  return words.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase());
}

/** A building's word closing a name ("Trump Tower"); not after a given name ("John Tower"). */
const BUILDING_LAST = /\s(?:Tower|Towers|Plaza|Center|Centre|Hall|Palace|Building)$/;

/** An office or a settlement "of" a place, right before its name ("the mayor of ", "the city of "). */
const PLACE_OF_BEFORE = /\b(?:mayor|mayors|governor|city|town|village|county|state|province|suburb|outskirts|residents|streets|people) of\s+$/i;

/** The places of two words or more the rules know, less their first word ("Zero" of "Ground Zero", "Lake City" of "Salt Lake City"), which `retypedByPlace` reads first. */
const PLACE_LAST_WORDS: ReadonlySet<string> = new Set([...PLACES.keys(), ...MORE_CITIES].filter((p) => p.includes(' ')).map((p) => p.slice(p.indexOf(' ') + 1)));

/** A capitalised word right before a name. */
const WORD_BEFORE = /(\p{Lu}\p{Ll}+) $/u;

/** Plurals that close a town's name, not a team's ("Colorado Springs", "Shaker Heights"). */
const PLACE_PLURALS: ReadonlySet<string> = new Set(['Springs', 'Heights', 'Falls', 'Hills', 'Lakes', 'Keys', 'Plains', 'Sands', 'Pines', 'Oaks',
  'Gardens', 'Woods', 'Acres', 'Rapids', 'Forks', 'Meadows', 'Estates', 'Isles', 'Narrows', 'Flats', 'Mills', 'Harbors', 'Beaches', 'Shores', 'Islands']);

/**
 * A known place and a plural after it, the whole no place the gazetteer knows: a team or a band of
 * people from there ("New York Yankees", "Green Bay Packers"), not a place ("United States" and
 * "Virgin Islands" are known; "Canary Islands" closes with a landform's word).
 */
function isPlaceTeam(words: string): boolean {
  const last = words.lastIndexOf(' ');
  const plural = words.slice(last + 1);
  // Not a person whose given name is a country's ("Chad Curtis").
  return last > 0 && /^\p{Lu}\p{Ll}+s$/u.test(plural) && !PLACE_PLURALS.has(plural) && PLACES.has(words.slice(0, last)) && !PLACES.has(words) && !LANDFORM_LAST.test(words)
    && givenNameGender(words.slice(0, words.indexOf(' '))) === undefined && givenNameGender(plural) === undefined;
}

/**
 * "the Hunters", "the Clintons", "the Obamas": a family called by the surname of a person the article
 * names in full, or of a known person, is no body or place.
 */
export function familyOfNamed(c: Candidate, candidates: readonly Candidate[], knownByAlias: ReadonlyMap<string, string>): boolean {
  if (c.type === 'person' || c.text.includes(' ') || !c.text.endsWith('s')) return false;
  const surname = c.text.slice(0, -1);
  return knownByAlias.get(surname)?.endsWith(` ${surname}`) === true || candidates.some((p) => p.type === 'person' && p.text.endsWith(` ${surname}`));
}

/** Words for a group, a day or a form of address that the tagger reads as a person when they stand alone ("Hispanic", "Christmas", "Mama"). */
const GROUP_OR_DAY_WORDS: ReadonlySet<string> = new Set([
  'Hispanic', 'Hispanics', 'Latino', 'Latinos', 'Latina', 'Latinas', 'Mormon', 'Mormons', 'Philippine', 'Croat', 'Croats', 'Serb',
  'Serbs', 'Gay', 'Jew', 'Jews', 'Shiite', 'Shiites', 'Evangelical', 'Evangelicals', 'Blacks', 'Whites', 'Asians', 'Dad', 'Mom',
  'Christmas', 'Halloween', 'Easter', 'Thanksgiving', 'Ramadan', 'Hanukkah', 'Passover', 'Kwanzaa', 'Diwali',
  'Dem', 'Dreamer', 'Dreamers', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays',
  // Words of address ("Mama, look, you won." "Baby, they don't.").
  'Mama', 'Momma', 'Mommy', 'Daddy', 'Papa', 'Baby', 'Honey', 'Sweetie', 'Darling', 'Grandma', 'Grandpa',
  'LGBT', 'LGBTQ', 'Web', 'Marxist', 'Marxists', 'Leninist', 'Maoist', 'Maoists', 'Islamist', 'Islamists',
  // Words of a phrase or of a nickname, never a name alone ("Allahu Akbar", "Lyin' Ted").
  'Allahu', 'Akbar', 'Lyin',
]);
/** Where a sentence or a quote opens before a word: its capital says nothing about a name. */
const OPENING_BEFORE = /(?:^|[.!?]["”’']?\s+|[“"‘`(]\s*|\n\s*)$/;

/**
 * A lone word typed as a person that names no one: a group or a day ("Hispanic", "Christmas"), a
 * nationality or creed ("Muslim"), no word at all ("!", "R"), or a common word the article also
 * writes in lower case, capitalised only because it opens a sentence or quote ("Tell me", "Once …").
 * Only a word no full name of the article took (a surname the article spells in full stays).
 */
export function commonWordAsPerson(c: Candidate, text: string, sentenceStarts: ReadonlySet<number>): boolean {
  if (c.name !== c.text || c.text.includes(' ')) return false;
  const word = c.text;
  // A place or a body the gazetteers do not know, opening a sentence or quote, is read the same way ("``Great show, Endeavour''").
  if (c.type === 'place' || c.type === 'organization') {
    if (GROUP_OR_DAY_WORDS.has(word)) return true;
    // Only a word written as a common word is (not "AOL", "WikiLeaks", which a web address writes in lower case).
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || PLACES.has(word) || ORGS[word] !== undefined) return false;
    // Anywhere, a word news writes in lower case that closes no body's name ("History", "Part"; not "Police").
    return (opensSentence(c, text, sentenceStarts) && isCommonWord(word, text)) || (commonWords().has(word.toLowerCase()) && !RULE_ORG_KEYWORDS.has(word) && !BODY_WORDS.has(word));
  }
  if (c.type !== 'person') return false;
  if (GROUP_OR_DAY_WORDS.has(word) || OCCUPATIONS.has(word) || PEOPLES.has(word) || (word.endsWith('s') && PEOPLES.has(word.slice(0, -1))) || !/\p{L}\p{L}/u.test(word)) return true;
  // After "a" a capitalised word is a noun of rank or service, not a name ("a former Marine", "as a Ranger").
  if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start))) return true;
  // A word news writes in lower case names no one alone, wherever it stands (a title-case heading's "Agenda", "Smiles");
  // a surname that is also such a word ("Price") is a person once the article names them in full.
  const lower = word.toLowerCase();
  return commonWords().has(lower) || (opensSentence(c, text, sentenceStarts) && holdsWord(text, lower));
}

/** A word closing an institution's name and no surname ("George Washington University Hospital"). */
const INSTITUTION_LAST = /\s(?:University|College|School|Hospital|Church|Institute|Ministry|Committee|Commission|Department|Agency|Association|Foundation|Corporation|Company|Inc\.?|Corp\.?)$/;

/** A name has a letter ("@" alone is none). */
export const LETTER = /\p{L}/u;
/** A saint's, a fort's or a mount's abbreviation left alone when the name after it went ("St. John’s Church"), or a rank's ("the No. 2 Republican"). */
export const LONE_ABBREVIATION = /^(?:St|Ft|Mt|No)\.?$/;

/** Publications named by a place's word after "The". */
const PUBLICATIONS_WITH_THE: ReadonlySet<string> = new Set(['Atlantic', 'Hill']);

/** The word closing a broadcast's name ("The Mike Gallagher Show", "Andrea Mitchell Reports", "Tucker Carlson Tonight"). */
export const SHOW_LAST = /\s(?:Show|Reports|Tonight)$/;

/** A place's name followed by a party's members. */
const PARTY_MEMBERS_LAST = /^\p{Lu}.* (?:Republicans|Democrats|Conservatives|Liberals|Tories|Socialists|Communists|Greens)$/u;

/** "a", "an", with at most one adjective of service after it, right before a word. */
const INDEFINITE_BEFORE = /\b(?:a|an)\s+(?:former\s+|retired\s+|young\s+|decorated\s+)?$/i;

/** Words that name a body by themselves in news copy ("the Legislature", "the Government"), though written in lower case too. */
const BODY_WORDS: ReadonlySet<string> = new Set(['Legislature', 'Government', 'Parliament', 'Assembly', 'Administration', 'Cabinet', 'Court', 'Courts', 'Resistance']);

/** A word the article writes in lower case too, or that news writes so (`commonWords`). */
function isCommonWord(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  return commonWords().has(lower) || holdsWord(text, lower);
}

/** Whether a candidate opens a sentence or a quote, where any word is capitalised. */
function opensSentence(c: Candidate, text: string, sentenceStarts: ReadonlySet<number>): boolean {
  return sentenceStarts.has(c.start) || OPENING_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start));
}
