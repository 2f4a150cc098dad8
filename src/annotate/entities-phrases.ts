/** Phrases holding several names or a name and its role: crafts, lists, commas, ampersands, departments, states and chambers. */
import { commonWords } from './common-words.js';
import { COMPANY_SUFFIX_WORDS } from './company-names.js';
import { candidate, type Candidate } from './entities-candidate.js';
import { knownPlaceOrBody, ORGS, PLACES, RULE_ORG_KEYWORDS } from './entities-lexicon.js';
import { DEPARTMENT_LAST, titleOwner } from './entities-runs.js';
import { COMMA, givenAndSurname, isNameWord, LANDFORM_LAST, PARTY_ADJECTIVE_LAST, placeName, respan } from './entities-shapes.js';

/** A craft's kind right before its name: "the space shuttle Endeavour", "the station Mir", "the good ship Endeavour". */
const CRAFT_BEFORE = /\b(?:shuttle|spacecraft|spaceship|space\s+station|station|orbiter|module|capsule|probe|rocket|satellite|ship|warship|vessel|submarine|frigate|destroyer|cruiser|aircraft\s+carrier|tanker|freighter|ferry|yacht|liner|lander|rover|telescope)\s+$/;
/** A storm's kind opening a name ("Hurricane Mitch"). */
const STORM_LEAD = /^(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Superstorm)\s+(?=\p{Lu})/u;
/** A storm's kind and its name anywhere in the text ("hurricane Georges", "Hurricane Mitch"), the name captured. */
const STORM_NAMED = /\b(?:[Hh]urricane|[Tt]yphoon|[Cc]yclone|[Tt]ropical [Ss]torm|[Ss]uperstorm)\s+(\p{Lu}\p{Ll}+)\b/gu;
/** A craft's kind right after its name: "the Unity module", "the Zarya control module", "Mir space station". */
const CRAFT_AFTER = /^\s+(?:(?:control|service|docking|command|lunar|cargo|crew|habitation|laboratory|lab)\s+)?(?:module|capsule|spacecraft|space\s+station|orbiter|lander|rover|probe|telescope)\b/;

/**
 * Names of spacecraft, ships and their parts are neither people, bodies nor places: "the space
 * shuttle Endeavour" is the tagger's person, "the Unity module" its body. A name written once beside
 * its kind of craft is a craft in every mention of the article; so is a storm's ("Hurricane Mitch").
 */
export function craftsAsOther(cands: Candidate[], text: string): void {
  const crafts = new Set<string>();
  for (const c of cands) {
    // A person's full name or a known place stays what it is ("the new U.S. module" is a country's).
    if ((c.type === 'person' && c.name.includes(' ')) || PLACES.has(c.text)) continue;
    if (CRAFT_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start)) || CRAFT_AFTER.test(text.slice(c.end, c.end + 40))) crafts.add(c.name);
    // A storm's name with its kind ("Hurricane Mitch").
    const storm = STORM_LEAD.exec(c.text);
    if (storm !== null) crafts.add(c.name).add(c.text.slice(storm[0].length));
  }
  // A storm's name after its kind, wherever the tagger left it out, names the storm alone too ("Mitch weakened").
  for (const m of text.matchAll(STORM_NAMED)) crafts.add(m[1]!);
  if (crafts.size === 0) return;
  for (const c of cands) if (crafts.has(c.name)) c.type = 'other';
}

/** A comma and a capitalised word inside a body's or a place's name: two names the tagger ran together ("Army, Navy"). */
const COMMA_BETWEEN_NAMES = /,\s+(?=\p{Lu})/gu;
/**
 * Between two bodies' names: a comma as above, or "and" after a company's or a body's closing word
 * ("Exxon Corp. and Mobil Corp."; not "Department of Health and Human Services", "Procter and Gamble"),
 * after an acronym ("FBI and National Security Agency"), or before a name opening with "The".
 */
const BODY_BETWEEN_NAMES = new RegExp(String.raw`,\s+(?=\p{Lu})|(?<=\s(?:${COMPANY_SUFFIX_WORDS}|${[...RULE_ORG_KEYWORDS].filter((w) => /^\p{L}+$/u.test(w)).join('|')}))\s+and\s+(?=\p{Lu})|(?<=^(?:\p{Lu}\.?){2,6})\s+and\s+(?=\p{Lu})|\s+and\s+(?=The\s+\p{Lu})`, 'gu');
/** Punctuation closing a name. */
const CLOSING_COMMA = /[,;:]+$/;

/**
 * A body's or a place's name holding a comma before a capitalised word is two names: "The
 * Administration, Senate Republicans, and Democrats" is no one body. A place's state after its city
 * ("Portland, Ore.") is parted too, into the two places; bodies joined by "and" after a company's or
 * a body's closing word too ("Exxon Corp. and Mobil Corp."). A programme's name keeps its commas
 * ("One Belt, One Road").
 */
export function partedAtCommas(cands: Candidate[]): void {
  const out: Candidate[] = [];
  for (const c of cands) {
    // A comma closing a name is the sentence's ("Royal Dutch,", "Worldcom,").
    const closing = CLOSING_COMMA.exec(c.text);
    if (closing !== null && closing.index > 0) {
      c.end -= closing[0].length;
      c.text = c.text.slice(0, closing.index);
      if (c.name.endsWith(closing[0])) c.name = c.name.slice(0, -closing[0].length);
    }
    if ((c.type !== 'organization' && c.type !== 'place') || !(c.text.includes(', ') || (c.type === 'organization' && c.text.includes(' and ')))) {
      out.push(c);
      continue;
    }
    let from = 0;
    for (const m of [...c.text.matchAll(c.type === 'organization' ? BODY_BETWEEN_NAMES : COMMA_BETWEEN_NAMES), null]) {
      const to = m === null ? c.text.length : m.index!;
      // A piece after "and" may open with its own "The" ("the Guardian and The Washington Post"), which is no part of its name.
      if (from > 0 && /^The\s+\p{Lu}/u.test(c.text.slice(from, to))) from += 4;
      const words = c.text.slice(from, to);
      // A piece with two letters at least names something ("Army"); a lone initial does not.
      if (/\p{L}\p{L}/u.test(words)) {
        const name = c.type === 'place' ? (PLACES.get(words) ?? words) : (ORGS[words] ?? words);
        out.push(candidate({ start: c.start + from, end: c.start + to, text: words }, c.type, name, c.sure, c.guess));
      }
      if (m !== null) from = m.index! + m[0].length;
    }
  }
  cands.splice(0, cands.length, ...out);
}

/** A street's, ground's, building's or club's closing word, never a surname ("Grace Road", "Victoria Park", "Crystal Palace"). */
const SITE_LAST = /\s(?:Road|Street|Avenue|Boulevard|Lane|Drive|Park|Stadium|Field|Square|Bridge|Hall|Center|Centre|Garden|Gardens|Ground|Oval|Arena|Station|Airport|Palace|Reserve|House|Castle|Tower|Club|City|Town|Island|Point|Beach)$/;

/**
 * A body's name run into "of" and a person's possessive is the body and the person ("told Congress
 * of Mueller’s findings", "News of Mattis’ departure"): the possessive owns the next noun, so "of"
 * joins no name. Only where the article names that person in full elsewhere; "Lambs of Christ" and
 * "the Duke of Norfolk's" stay.
 */
export function ownerAfterOf(cands: Candidate[], text: string): void {
  if (!cands.some((c) => c.type === 'organization' && c.text.includes(' of '))) return;
  // Surnames of people the article names in full.
  const people = new Set(cands.filter((c) => c.type === 'person' && c.name.includes(' ')).flatMap((c) => [c.name, c.name.split(' ').at(-1)!]));
  const out: Candidate[] = [];
  for (const c of cands) {
    const of = c.type === 'organization' ? c.text.lastIndexOf(' of ') : -1;
    const owner = of < 0 ? '' : c.text.slice(of + 4);
    if (of < 0 || !POSSESSIVE_NEXT.test(text.slice(c.end, c.end + 2)) || !people.has(owner)) {
      out.push(c);
      continue;
    }
    const body = c.text.slice(0, of);
    out.push(candidate({ start: c.start, end: c.start + of, text: body }, 'organization', ORGS[body] ?? body, c.sure, c.guess));
    out.push(candidate({ start: c.end - owner.length, end: c.end, text: owner }, 'person', owner, c.sure, c.guess));
  }
  cands.splice(0, cands.length, ...out);
}
const POSSESSIVE_NEXT = /^['’]/;

/** Between two people of a list: a suffix of the first, then a comma or "and" ("Jon M. Huntsman Jr. and "). */
const LIST_BETWEEN = /^(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * A common given name and a surname the tagger typed a body or place is a person ("Rex Tillerson",
 * "Victoria Nuland"), unless its words name a site or a known place or body. Listed with people
 * ("Mitt Romney, … Jon M. Huntsman Jr. and Ron Paul all declined"), longer names too. A firm named
 * like a person with a given name of the lists is read as one ("Arthur Andersen"); one whose first word
 * the lists lack stays a body ("Morgan Stanley", "Dean Witter").
 */
export function listedPeople(cands: Candidate[], text: string): void {
  const sure = cands.filter((c) => c.sure).sort((a, b) => a.start - b.start);
  for (let i = 0; i < sure.length; i += 1) {
    const c = sure[i]!;
    const words = c.text.split(' ');
    if (c.type === 'person' || !givenAndSurname(c.text) || !words.every(isNameWord)) continue;
    // A common given name and a surname no gazetteer knows as a place is a person, whatever the tagger typed
    // ("Victoria Nuland"; not "Grace Road", a site, nor two words whose second is a common word).
    if (c.type === 'place' && !PLACES.has(c.text) && !LANDFORM_LAST.test(c.text) && !SITE_LAST.test(c.text) && words.length === 2 && !commonWords().has(words[1]!.toLowerCase())) {
      c.type = 'person';
      c.name = c.text;
      continue;
    }
    // Two words typed a body or place, the first no place's name ("Joe Torre"; not "Virginia Tech").
    if (words.length === 2 && !PLACES.has(words[0]!) && !knownPlaceOrBody(c.text) && !SITE_LAST.test(c.text)) {
      c.type = 'person';
      continue;
    }
    const before = sure[i - 1];
    const after = sure[i + 1];
    const listed = (before?.type === 'person' && LIST_BETWEEN.test(text.slice(before.end, c.start)))
      || (after?.type === 'person' && LIST_BETWEEN.test(text.slice(c.end, after.start)));
    if (listed) c.type = 'person';
  }
}

/**
 * A name the tagger ended on "&" and the name after it are one body ("Standard & Poor's", "Procter &
 * Gamble", "Great Atlantic & Pacific Tea Co."); an "&" with no name after it is cut.
 */
export function joinedAtAmpersands(cands: Candidate[], text: string): void {
  if (!cands.some((c) => c.text.endsWith('&'))) return;
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  let joinedTo = -1;
  for (const c of cands) {
    if (c.start < joinedTo) continue;
    const amp = AMPERSAND_END.exec(c.text);
    if (amp === null) {
      out.push(c);
      continue;
    }
    // The longest name starting first after the "&" (sorted so: "Poor's" before "Poor").
    const next = cands.find((n) => n.start >= c.end);
    if (next !== undefined && /^\s*$/.test(text.slice(c.end, next.start)) && /^\p{Lu}/u.test(next.text)) {
      const words = text.slice(c.start, next.end);
      out.push(candidate({ start: c.start, end: next.end, text: words }, 'organization', ORGS[words] ?? words, true));
      joinedTo = next.end;
    } else if (amp.index > 0) {
      const words = c.text.slice(0, amp.index);
      out.push(candidate({ start: c.start, end: c.start + words.length, text: words }, c.type, c.type === 'place' ? placeName(words) : words, c.sure, c.guess));
    }
  }
  cands.splice(0, cands.length, ...out);
}
const AMPERSAND_END = /\s*&$/;

/** A title after a department ("… Communications| Director"). */
const DEPARTMENT_TITLE_NEXT = /^\s+(?:Deputy\s+)?(?:Director|Directors|Chairman|Chairwoman|Chair|Secretary|Manager|Officer|Adviser|Advisor|Aide|Staffer|Coordinator|Chief|Head|Vice\s+President)\b/;

/**
 * A body's name the tagger closed with the department of a post named after it ("the RNC Finance|
 * Director", "DNC Communications| Director"): the body is the name, the department the title's.
 */
export function departmentsOfTitles(cands: Candidate[], text: string): void {
  for (const c of cands) {
    if (c.type !== 'organization') continue;
    const department = DEPARTMENT_LAST.exec(c.text);
    if (department === null || !DEPARTMENT_TITLE_NEXT.test(text.slice(c.end, c.end + 30))) continue;
    const owner = titleOwner({ start: c.start, end: c.end - department[0].length, text: c.text.slice(0, department.index) });
    if (owner === null) continue;
    c.end = owner.end;
    c.text = owner.text;
    c.name = owner.name;
    c.type = owner.type;
  }
}

/** US states by their postal codes, read only right after a place and a comma ("Parris Island, SC"). */
const POSTAL_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi',
  MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

/** A state's postal code after a place and a comma is that state, whatever the tagger typed it ("Parris Island, SC"). */
export function postalStates(cands: Candidate[], text: string): void {
  for (const c of cands) {
    if (c.text.length !== 2 || text.charCodeAt(c.start - 2) !== COMMA) continue;
    const state = POSTAL_STATES[c.text];
    if (state === undefined || c.type === 'place') continue;
    if (cands.some((p) => p.type === 'place' && p.end === c.start - 2)) [c.type, c.name] = ['place', state];
  }
}

/** A chamber after a party or place, then the contest for its seats: "Democratic Senate| primary", "the Pennsylvania Senate| race". */
const CHAMBER_CONTEST = /^(.+?)\s+(?:(?:Senate|House)\s+and\s+)?(?:Senate|House)$/;
/** A noble's or a bishop's title of a place, which names a person, not a body ("Duchess of Cambridge", "Archbishop of Canterbury"). */
const NOBLE_TITLE = /^(?:Duke|Duchess|Prince|Princess|Earl|Countess|Marquess|Baroness|Baron|Archbishop|Bishop) of \p{Lu}/u;
/** Places whose name a lower-case particle the runs do not join holds: the first word, then the rest. */
const PARTICLE_PLACES: readonly (readonly [string, string])[] = [['Dar', ' es Salaam'], ['Dar', ' es-Salaam'], ['Ras', ' al Khaimah'], ['Bandar', ' bin Abbas']];
/** A president's name before "White House" ("the Clinton White House"). */
const PRESIDENTS_WHITE_HOUSE = /^\p{Lu}\p{Ll}+ White House$/u;
/** A member of a chamber's party, one person described: "the No. 3 House Democrat". */
const CHAMBER_MEMBER = /^(?:House|Senate) (?:Democrat|Republican)$/;
/** A law or a member of Congress, which names Congress ("an Act of Congress", "as a Member of Congress"). */
const OF_CONGRESS = /^(?:Acts?|Members?) of Congress$/;
const CONTEST_NEXT = /^\s+(?:primary|primaries|race|races|seat|seats|nomination|nominee|campaign|candidate|candidates|contest|bid|run|hopeful|hopefuls|election|elections|runoff)\b/;

/**
 * Bodies and places as the phrases around them read. A chamber named only for the contest for its
 * seats is no body of that name ("Pennsylvania’s Democratic Senate primary", "the Pennsylvania Senate
 * race"): the place is named, a party's adjective names nothing. A state's chamber is a body ("the
 * Texas House voted"), "the No. 3 House Democrat" a person described, "an Act of Congress" and "a
 * Member of Congress" Congress, "the Clinton White House" the White House, "the Duchess of Cambridge"
 * a person by title, no body; "Dar es Salaam" one place.
 */
export function bodyPhrases(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
  // A place whose name a lower-case particle joins, which the tagger cut in two ("Dar| es |Salaam").
  for (const [first, rest] of PARTICLE_PLACES) {
    if (!text.includes(rest)) continue;
    for (const c of cands) {
      if (c.text !== first || !text.startsWith(rest, c.end)) continue;
      const end = c.end + rest.length;
      for (const o of cands) if (o !== c && o.start >= c.end && o.end <= end) o.sure = false;
      respan(c, c.start, end, text, knownByAlias);
      [c.type, c.name] = ['place', c.text];
    }
  }
  for (const c of cands) {
    if (c.type !== 'organization' && c.type !== 'place' && !PRESIDENTS_WHITE_HOUSE.test(c.text)) continue;
    const chamber = CHAMBER_CONTEST.exec(c.text);
    const contest = chamber !== null && CONTEST_NEXT.test(text.slice(c.end, c.end + 14));
    // A state's chamber is a body ("the Texas House voted"), whatever the tagger saw.
    if (c.type === 'place') {
      if (chamber !== null && !contest && PLACES.has(chamber[1]!)) c.type = 'organization';
      continue;
    }
    if (CHAMBER_MEMBER.test(c.text)) {
      c.sure = false;
      continue;
    }
    // "the Duchess of Cambridge": a noble's title names a person, no body.
    if (NOBLE_TITLE.test(c.text)) {
      c.sure = false;
      continue;
    }
    // "the Clinton White House": a president's White House is the White House.
    if (PRESIDENTS_WHITE_HOUSE.test(c.text)) {
      respan(c, c.end - 'White House'.length, c.end, text, knownByAlias);
      [c.type, c.name] = ['organization', 'White House'];
      continue;
    }
    if (OF_CONGRESS.test(c.text)) {
      respan(c, c.end - 'Congress'.length, c.end, text, knownByAlias);
      continue;
    }
    if (chamber === null || !contest) continue;
    // The party's adjective names nothing; the place before it is named ("Alabama| Republican Senate primary").
    const party = PARTY_ADJECTIVE_LAST.exec(chamber[1]!);
    const head = party === null ? chamber[1]! : chamber[1]!.slice(0, party.index);
    const place = PLACES.get(head);
    // The nation's chamber is a body its contest names too ("U.S. Senate race"); "White House bid" is no chamber.
    if (place === 'United States' || (place === undefined && (party === null || head !== ''))) continue;
    if (place === undefined) {
      c.sure = false;
      continue;
    }
    respan(c, c.start, c.start + head.length, text, knownByAlias);
    [c.type, c.name] = ['place', place];
  }
}
