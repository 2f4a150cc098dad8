/** Names the tagger or the rules split, joined again (particles, suffixes, nicknames, initials), and titles and offices cut off them. */
import { commonWords } from './common-words.js';
import { candidate, type Candidate } from './entities-candidate.js';
import { knownPlaceOrBody, ORGS, PERSON_TITLES, PLACES, PLACES_UPPER, RULE_ORG_KEYWORDS } from './entities-lexicon.js';
import { givenAndSurname, isNameWord, LANDFORM_LAST, LAW_NAME, MAX_PERSON_WORDS, NAME_PARTICLES, respan, SPACE, STOP } from './entities-shapes.js';
import { DEMONYMS } from './gazetteer/words.js';
import { CLOSING_NAME_SUFFIX, NAME_SUFFIX } from './person-names.js';
import { givenNameGender } from './quotes-gender.js';

/** What joins a person to the organisation named after them ("David Woodard of Clemson University"). */
const PERSON_OF = /^\s+(?:of|at)\s+(?:the\s+)?/;

/**
 * A rules' organisation that runs over a person the tagger finds at its start, joined by "of" or
 * "at" ("David Woodard of Clemson University": the keyword "University" made the whole run one
 * organisation) is cut to the organisation after the connector; the tagger's person then stands.
 */
export function splitPersonOfOrganisation(cands: Candidate[], tagged: readonly Candidate[], text: string): void {
  for (const c of cands) {
    if (c.type !== 'organization' || !c.sure || !/\s(?:of|at)\s/.test(c.text)) continue;
    // The person may follow title words inside the run ("Professor John Smith of Harvard University").
    const person = tagged.find((t) => t.type === 'person' && t.start >= c.start && t.end < c.end && text.slice(c.start, t.start).split(/\s+/).every((w) => w === '' || PERSON_TITLES.has(w)));
    const joint = person === undefined ? null : PERSON_OF.exec(text.slice(person.end, c.end));
    if (person === undefined || joint === null || person.end + joint[0].length >= c.end) continue;
    c.start = person.end + joint[0].length;
    c.text = text.slice(c.start, c.end);
    c.name = ORGS[c.text] ?? c.text;
  }
}

/**
 * A given name (with a middle initial, or initials alone), a nickname of one to three capitalised words
 * in quote marks or parentheses, a surname: "Jim “Mad Dog” Mattis", "Thomas P. (Tip) O'Neill", "W.J. (Billy) Tauzin".
 */
const NICKNAMED = /(?<![\p{L}.])(\p{Lu}\p{Ll}+(?: \p{Lu}\.)?|\p{Lu}\.(?:\p{Lu}\.)+) (?:[“"‘](\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})[”"’]|\((\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})\)) (\p{Lu}[\p{L}’'-]*\p{Ll})\b/gu;

/**
 * A name with a nickname in quote marks inside it ("Jim “Mad Dog” Mattis", "Thomas “Tip” O’Neill") is
 * one person, named by the given name and surname; the candidates the marks cut it into go.
 * Only where some candidate already takes the surname for a person (which also vouches for its shape).
 */
export function joinNicknamedNames(cands: Candidate[], text: string): void {
  if (!text.includes('"') && !text.includes('“') && !text.includes('‘') && !text.includes('(')) return;
  for (const m of text.matchAll(NICKNAMED)) {
    const start = m.index;
    const end = start + m[0].length;
    const given = m[1]!;
    const surname = m[4]!;
    const surnameStart = end - surname.length;
    if (!isNameWord(given.split(' ')[0]!) && !/^(?:\p{Lu}\.)+$/u.test(given)) continue;
    // A place in parentheses is a rider's or player's country ("Olaf Ludwig (Germany) Telekom"), no nickname.
    const nickname = m[2] ?? m[3]!;
    if (PLACES.has(nickname) || PLACES_UPPER.has(nickname.toUpperCase()) || ORGS[nickname] !== undefined) continue;
    if (!cands.some((c) => c.type === 'person' && c.start <= surnameStart && c.end >= end)) continue;
    const name = `${given} ${surname}`;
    const kept = cands.filter((c) => c.end <= start || c.start >= end);
    cands.splice(0, cands.length, ...kept, candidate({ start, end, text: m[0] }, 'person', name, true));
  }
}

/** The department ending an office's title before a name ("Secretary of State Nobutaka Machimura"). */
const OFFICE_BEFORE = /\b(?:(?:Secretary|Minister|Ministry|Department|Secretary-General|Undersecretary|Under Secretary)\s+of|Speaker\s+of\s+the)\s+$/;
const OFFICE_WORD = /^(?:State|Defense|Defence|Labor|Labour|Commerce|Energy|Treasury|Health|Education|Agriculture|Interior|Justice|Transportation|Finance|Trade|Homeland Security|House)\s+(?=\p{Lu})/u;

/**
 * A person run that opens with the department of an office named before it ("Secretary of" +
 * "State Nobutaka Machimura", "Speaker of the" + "House John Boehner"): the department is the
 * title's, the person is the rest. A salutation
 * opening a run is the letter's ("Dear Sasha").
 */
export function withoutOfficeWord(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
  for (const c of cands) {
    // A body the tagger made of the department and the name ("Speaker of the" + "House John Boehner") is the person.
    if (c.type === 'organization' && OFFICE_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) {
      const office = OFFICE_WORD.exec(c.text);
      if (office !== null && givenAndSurname(c.text.slice(office[0].length))) {
        respan(c, c.start + office[0].length, c.end, text, knownByAlias);
        c.type = 'person';
      }
      continue;
    }
    if (c.type !== 'person') continue;
    // A letter's salutation or a greeting is no part of the name ("Dear Sasha and Malia", "Hi Don").
    const salutation = SALUTATION.exec(c.text);
    if (salutation !== null) {
      respan(c, c.start + salutation[0].length, c.end, text, knownByAlias);
      continue;
    }
    const office = OFFICE_WORD.exec(c.text);
    if (office === null || !OFFICE_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) continue;
    respan(c, c.start + office[0].length, c.end, text, knownByAlias);
  }
}

const SALUTATION = /^(?:Dear|Hi|Hello|Hey|Hiya)\s+(?=\p{Lu})/u;

/** A person's title, then one to three name words. */
const TITLED_NAME = /^(\S+)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u;

/** Words, then a last word that may be an abbreviated title ("Texas Sen."). */
const TITLE_CLOSING = /^(.+?)\s+(\S+\.)$/;

/** A word of where someone is from or which side they are on, before their name ("Kentuckian Rand Paul"). */
const AFFILIATION_WORD = /^\p{Lu}\p{Ll}+(?:an|ian)$/u;

/**
 * A run the tagger called neither person nor place nor body that opens with a person's title
 * ("absolve President Trump or his campaign" tagged as one miscellaneous name): a titled person, named
 * by the words after the title. A title or an affiliation after other words is read the same way
 * whatever the type, when a given name follows it: "Texas Sen. Ted Cruz", "House Republican Thomas
 * Massie", "fellow Kentuckian Rand Paul" are Ted Cruz, Thomas Massie and Rand Paul. A miscellaneous
 * run that is a common given name and a surname is a person.
 */
export function titledAsOther(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
  const places: Candidate[] = [];
  for (const c of cands) {
    // A law's name opening with a title's word is the law's ("Foreign Sovereign Immunities Act").
    if (LAW_NAME.test(c.text)) continue;
    const m = c.type === 'other' ? TITLED_NAME.exec(c.text) : null;
    if (m !== null && PERSON_TITLES.has(m[1]!) && isNameWord(m[2]!.split(/\s+/)[0]!)) {
      c.type = 'person';
      respan(c, c.end - m[2]!.length, c.end, text, knownByAlias);
      continue;
    }
    // A title closing a run is the next name's ("Texas Sen.| Ted Cruz"): what stands before it is a place, or what it was.
    const titled = TITLE_CLOSING.exec(c.text);
    if (titled !== null && PERSON_TITLES.has(titled[2]!)) {
      const place = PLACES.get(titled[1]!);
      respan(c, c.start, c.start + titled[1]!.length, text, knownByAlias);
      if (place !== undefined) {
        c.type = 'place';
        c.name = place;
      }
      continue;
    }
    // A given name and a surname the tagger called miscellaneous ("John Kasich suspended …" opening a sentence).
    if (c.type === 'other' && givenAndSurname(c.text) && c.text.split(' ').every(isNameWord)) {
      c.type = 'person';
      continue;
    }
    const named = titledInside(c.text);
    if (named === null) continue;
    // The place the title is of stays a place ("Ohio| Gov. John Kasich").
    const place = /^(.+?)\s+\S+\s+$/.exec(c.text.slice(0, named));
    if (place !== null && PLACES.has(place[1]!)) places.push(candidate({ start: c.start, end: c.start + place[1]!.length, text: place[1]! }, 'place', PLACES.get(place[1]!)!, true));
    // So does the body whose title it is ("National Organization for Women| President Terry O'Neill").
    else if (place !== null && place[1]!.split(' ').some((w) => RULE_ORG_KEYWORDS.has(w))) places.push(candidate({ start: c.start, end: c.start + place[1]!.length, text: place[1]! }, 'organization', ORGS[place[1]!] ?? place[1]!, true));
    c.type = 'person';
    respan(c, c.start + named, c.end, text, knownByAlias);
  }
  cands.push(...places);
}

/** Where the name starts after a title or affiliation inside a run, when a known given name and a surname follow; else null. */
function titledInside(run: string): number | null {
  const words = [...run.matchAll(/\S+/g)];
  for (let i = words.length - 3; i >= 0 && i >= words.length - 4; i -= 1) {
    const word = words[i]![0];
    if (!PERSON_TITLES.has(word) && !AFFILIATION_WORD.test(word) && !DEMONYMS.has(word)) continue;
    const rest = words.slice(i + 1).map((w) => w[0]);
    if (!rest.every((w) => /^\p{Lu}/u.test(w))) continue;
    // A body's title before two name words names its holder, a given name of the lists or not
    // ("National Organization for Women President Terry O'Neill").
    const ofBody = PERSON_TITLES.has(word) && rest.length === 2 && words.slice(0, i).some((w) => RULE_ORG_KEYWORDS.has(w[0])) && !rest.some((w) => RULE_ORG_KEYWORDS.has(w) || commonWords().has(w.toLowerCase()));
    if (givenNameGender(rest[0]!) === undefined && !ofBody) continue;
    return words[i + 1]!.index;
  }
  return null;
}

/** A surname and a generational suffix ("Stone Jr."). */
const SURNAME_AND_SUFFIX = new RegExp(`^\\S+${CLOSING_NAME_SUFFIX.source}`);

/** A given name and an initial without its stop ("David B" of "David B. Yoffie"). */
const GIVEN_AND_INITIAL = /^\p{Lu}\p{Ll}+ \p{Lu}$/u;

/** A middle initial between two parts of one name (" J. " of "Mark J. MacDougall"). */
const MIDDLE_INITIAL = /^ \p{Lu}\. $/u;

/**
 * A person's name the tagger cut at its middle initial ("Mark" and "MacDougall" of "Mark J.
 * MacDougall") is joined whole, named by the gazetteers when they know it.
 */
/**
 * A common given name the tagger split off the rest of a long name ("George| Herbert Walker Bush"):
 * two people one space apart, the first a given name alone, are one person of at most four words.
 */
export function joinSplitGivenNames(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
  // A place named after a person, split the same way, is one place ("Jack| Murphy Stadium", "George| Washington Bridge").
  const named = cands.filter((c) => c.sure && (c.type === 'person' || (c.type === 'place' && (LANDFORM_LAST.test(c.text) || givenNameGender(c.text) !== undefined))))
    .sort((a, b) => a.start - b.start);
  const joined = new Set<Candidate>();
  for (let i = 0; i + 1 < named.length; i += 1) {
    const first = named[i]!;
    const rest = named[i + 1]!;
    if ((first.type !== 'person' && rest.type !== 'place') || joined.has(first) || first.text.includes(' ') || rest.start !== first.end + 1 || text[first.end] !== ' ') continue;
    if (givenNameGender(first.text) === undefined || rest.text.split(' ').length > MAX_PERSON_WORDS - 1 || givenNameGender(rest.text) !== undefined) continue;
    if (rest.type === 'place') {
      first.end = rest.end;
      first.text = text.slice(first.start, rest.end);
      first.type = 'place';
      first.name = first.text;
    } else respan(first, first.start, rest.end, text, knownByAlias);
    joined.add(rest);
  }
  if (joined.size > 0) cands.splice(0, cands.length, ...cands.filter((c) => !joined.has(c)));
}

export function joinInitialNames(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
  if (!text.includes('. ')) return;
  const people = cands.filter((c) => c.type === 'person' && c.sure).sort((a, b) => a.start - b.start);
  const joined = new Set<Candidate>();
  for (let i = 0; i + 1 < people.length; i += 1) {
    const first = people[i]!;
    const rest = people[i + 1]!;
    // The rest is one surname, with its generational suffix at most ("Roger J. | Stone Jr.").
    if (joined.has(first) || (rest.text.includes(' ') && !SURNAME_AND_SUFFIX.test(rest.text))) continue;
    // The initial inside the first part ("David B" + ". " + "Yoffie") or between the two.
    const initialInside = GIVEN_AND_INITIAL.test(first.text) && text.slice(first.end, rest.start) === '. ';
    if (!initialInside && (rest.start - first.end !== 4 || !MIDDLE_INITIAL.test(text.slice(first.end, rest.start)) || first.text.includes(' '))) continue;
    respan(first, first.start, rest.end, text, knownByAlias);
    joined.add(rest);
  }
  if (joined.size > 0) cands.splice(0, cands.length, ...cands.filter((c) => !joined.has(c)));
  // A surname no one took after the initial ("Leonard E. Burman, director of …": the tagger saw "E. Burman" as no person),
  // or that the tagger alone typed as a body or place ("Robert L. | Livingston"): a given name, an initial and a surname are one person.
  const surnames = new Set<Candidate>();
  // A common given name the tagger typed a body or place opens such a name too ("Vladimir| V. Putin’s Russia"),
  // even one that also names a town ("Franklin| D. Roosevelt").
  const givenNames = cands.filter((c) => c.type !== 'person' && c.sure && !c.text.includes(' ') && givenNameGender(c.text) !== undefined && ORGS[c.text] === undefined);
  for (const first of [...people, ...givenNames]) {
    if (joined.has(first) || first.text.includes(' ')) continue;
    const rest = INITIAL_AND_SURNAME.exec(text.slice(first.end, first.end + 40));
    // A possessive closing the surname is no part of the name ("V. Putin’s Russia").
    const owner = rest === null ? 0 : /['’]s?$/.exec(rest[1]!)?.[0].length ?? 0;
    if (rest === null || !isNameWord(rest[1]!.slice(0, rest[1]!.length - owner))) continue;
    const end = first.end + rest[0].length - owner;
    const inside = cands.filter((c) => c !== first && c.start < end && first.end < c.end);
    // After a given name the tagger typed a body, the surname may be its person ("V. Putin", "Putin").
    const typedPerson = first.type !== 'person';
    // A body the rules know may be the surname after a common given name and an initial ("Michael R. Bloomberg"); a known place is not.
    const known = (c: Candidate) => PLACES.has(c.text) || (ORGS[c.text] !== undefined && (first.type !== 'person' || givenNameGender(first.text) === undefined));
    if (!inside.every((c) => (c.type !== 'person' || typedPerson) && c.start >= end - rest[1]!.length - 3 && c.end === end && !known(c))) continue;
    for (const c of inside) surnames.add(c);
    first.type = 'person';
    respan(first, first.start, end, text, knownByAlias);
  }
  if (surnames.size > 0) cands.splice(0, cands.length, ...cands.filter((c) => !surnames.has(c)));
  // A common given name and an initial the tagger left out before a surname ("Theodore J. | Boutrous Jr.").
  for (const c of cands) {
    // An initial's stop and a space right before the name: checked before the pattern.
    if (c.type !== 'person' || !c.sure || text.charCodeAt(c.start - 2) !== STOP || text.charCodeAt(c.start - 1) !== SPACE) continue;
    if (givenNameGender(c.text.split(' ')[0]!) !== undefined) continue;
    const before = GIVEN_AND_INITIAL_BEFORE.exec(text.slice(Math.max(0, c.start - 30), c.start));
    if (before === null || givenNameGender(before[1]!) === undefined) continue;
    const start = c.start - before[0].length + before[0].indexOf(before[1]!);
    if (cands.some((o) => o !== c && o.sure && o.start < c.start && o.end > start)) continue;
    respan(c, start, c.end, text, knownByAlias);
  }
}

/** A given name and a middle initial right before a name ("Theodore J. "). */
const GIVEN_AND_INITIAL_BEFORE = /(?:^|[^\p{L}.’'-])(\p{Lu}\p{Ll}+) \p{Lu}\. $/u;

/** A middle initial and a surname after a given name (" E. Burman"). */
const INITIAL_AND_SURNAME = /^ \p{Lu}\. (\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-])/u;

/** Lower-case particles then a capitalised word, after a person's name: the rest of the name ("Bill" + " de Blasio", "Ursula" + " von der Leyen", "Sharif" + " el-Gamal"). */
const PARTICLE_REST = new RegExp(`^ (?:(?:(?:${[...NAME_PARTICLES, 'ibn', 'della', 'ten'].join('|')}) ){1,2}|(?:el|al|ul|ad|as|ash|az)-)\\p{Lu}[\\p{L}’'-]+`, 'u');
/** How far after a name its particle rest may reach. */
const PARTICLE_REST_CHARS = 40;

/**
 * A person's name the tagger cut at a lower-case particle ("Bill" and "Blasio" of "Bill de Blasio",
 * "Ursula" and "Leyen" of "Ursula von der Leyen", "Sharif" of "Sharif el-Gamal") is joined whole; the people found inside it are
 * dropped. The joined name is named by the gazetteers when they know it.
 */
export function joinParticleNames(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
  const inside = new Set<Candidate>();
  for (const c of cands) {
    if (c.type !== 'person' || !c.sure || c.name !== c.text || inside.has(c)) continue;
    // A space then a lower-case letter, or no particle follows (most names): checked before the pattern.
    const next = text.charCodeAt(c.end + 1);
    if (text.charCodeAt(c.end) !== SPACE || !(next >= 97 && next <= 122)) continue;
    const rest = PARTICLE_REST.exec(text.slice(c.end, c.end + PARTICLE_REST_CHARS));
    if (rest === null) continue;
    const end = c.end + rest[0].length;
    // Only people may lie in the rest: a place or organisation there is not a name's part, unless the tagger alone
    // typed the last word so ("Osama bin | Laden"), which no gazetteer knows as a place or body.
    const surnameStart = end - (/\S+$/.exec(rest[0])?.[0].length ?? 0);
    const taggedSurname = (o: Candidate) => o.start === surnameStart && o.end === end && !knownPlaceOrBody(o.text);
    if (cands.some((o) => o !== c && o.start < end && c.end < o.end && ((o.type !== 'person' && !taggedSurname(o)) || o.end > end))) continue;
    for (const o of cands) if (o !== c && o.start >= c.start && o.end <= end) inside.add(o);
    respan(c, c.start, end, text, knownByAlias);
  }
  if (inside.size > 0) cands.splice(0, cands.length, ...cands.filter((c) => !inside.has(c)));
}

/** Capitalised name words, then a suffix, right after a person's name (" Trump Jr.", " Jr."). */
const SUFFIXED_REST = /^(?: \p{Lu}[\p{L}’'-]+){0,2},? (?:Jr\.|Sr\.|II|III|IV)(?![\p{L}\p{N}])/u;

/**
 * A person's name with a generational suffix that the tagger cut ("Donald" and "Trump Jr." of
 * "Donald Trump Jr.") is joined whole: "Donald Trump Jr." is not Donald Trump. The people and other
 * names found inside it are dropped.
 */
export function joinSuffixedNames(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
  if (!/ (?:Jr|Sr)\.| I[IV]/.test(text)) return;
  const inside = new Set<Candidate>();
  for (const c of cands) {
    if (c.type !== 'person' || !c.sure || inside.has(c) || NAME_SUFFIX.test(c.text.slice(c.text.lastIndexOf(' ') + 1))) continue;
    const rest = SUFFIXED_REST.exec(text.slice(c.end, c.end + PARTICLE_REST_CHARS));
    if (rest === null) continue;
    const end = c.end + rest[0].length;
    // Only people and other names may lie in the rest ("Trump Jr." tagged as either); a place or body there is no part of the name.
    if (cands.some((o) => o !== c && o.start < end && c.end < o.end && ((o.type !== 'person' && o.type !== 'other') || o.end > end))) continue;
    for (const o of cands) if (o !== c && o.start >= c.start && o.end <= end) inside.add(o);
    respan(c, c.start, end, text, knownByAlias);
  }
  if (inside.size > 0) cands.splice(0, cands.length, ...cands.filter((c) => !inside.has(c)));
}
