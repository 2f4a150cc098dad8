/** The rules' candidates: runs of capitalised words, split at connectors and typed by their words and context. */
import { commonWords } from './common-words.js';
import { candidate, type Candidate } from './entities-candidate.js';
import { APPOSITION, MAX_NAME_WORDS, ORGS, PERSON_TITLES, PLACES, PLACES_UPPER, RULE_ORG_KEYWORDS, SHOP_WORDS } from './entities-lexicon.js';
import { ARTICLE_WORDS, COMMA, isAcronym, isLawRun, isNameWord, isOpenerWord, NOUN_ENDING, OCCUPATIONS, PARTY_ADJECTIVE_LAST, SPACE } from './entities-shapes.js';
import { PLACE_PREFIXES } from './gazetteer/places.js';
import { DAY_WORDS, DEMONYMS, MONTH_ABBREVIATIONS, MONTHS, NAME_CONNECTORS, NON_NAMES, PROGRAMME_NOUNS, ROLE_NOUNS, SPEECH_VERBS } from './gazetteer/words.js';
import { NAME_SUFFIX } from './person-names.js';
import { givenNameGender } from './quotes-gender.js';
import type { Token } from './tokens.js';

/** Runs of capitalised tokens joined only by spaces (and connectors inside organisation names). */
export function capitalisedRuns(tokens: readonly Token[], text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length > 0 && NAME_CONNECTORS.has(run[run.length - 1]!.word)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const prev = run[run.length - 1];
    // The gap to the previous token is one space, or a comma and a space (read by character codes, without a copy).
    const gapLength = prev ? tok.start - prev.end : 0;
    const space = prev !== undefined && gapLength === 1 && text.charCodeAt(prev.end) === SPACE;
    const commaSpace = prev !== undefined && gapLength === 2 && text.charCodeAt(prev.end) === COMMA && text.charCodeAt(prev.end + 1) === SPACE;
    // "One Belt, One Road": a comma joins two halves of a name that start with the same word.
    const parallel = commaSpace && run.length >= 2 && tok.word === run[0]!.word;
    const joined = prev !== undefined && (((space || parallel) && !prev.possessive) || (prev.possessive && (OWNER_IN_NAME.has(prev.word) || (SHOP_AFTER_OWNER.has(tok.word) && run.length === 1)) && gapLength === 3));
    if (tok.capitalised) {
      // A suffix's stop may end the sentence: a participle after it opens the next ("Thomas J. Bliley Jr.| Reaching that …").
      if (!joined || ((prev!.word === 'Jr.' || prev!.word === 'Sr.') && GERUND.test(tok.word))) flush();
      run.push(tok);
    } else if (joined && NAME_CONNECTORS.has(tok.word) && tokens[i + 1]?.capitalised && !tok.possessive && !isCalendarWord(tokens[i + 1]!.word)) {
      run.push(tok);
    } else if (joined && tok.word === 'to' && RIGHT_TO.has(prev.word) && tokens[i + 1]?.capitalised && text.charCodeAt(tok.end) === SPACE && tokens[i + 1]!.start === tok.end + 1) {
      // "National Right to Life Committee": kept whole only as a body's run (`splitAtConnectors`).
      run.push(tok);
    } else if (joined && tok.word === 'for' && RULE_ORG_KEYWORDS.has(prev.word) && INNER_ARTICLES.has(tokens[i + 1]?.word ?? '') && spacedName(tokens, i, text)) {
      // "National Association for the Advancement of Colored People", "Committee for a Responsible Federal Budget":
      // after a body's keyword, "for" and its article stay in the run (`splitAtConnectors` parts any other run there).
      run.push(tok, tokens[i + 1]!);
      i += 1;
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/** A day or month, or a month's abbreviation: after "on" or "of" it is a date, not the rest of a name ("Robert Gibbs on Friday", "Kennedy Space Center on Dec. 3"). */
function isCalendarWord(word: string): boolean {
  return DAY_WORDS.has(word) || MONTHS.has(word) || MONTH_ABBREVIATIONS.has(word);
}

/**
 * Plural nouns whose possessive is part of a name ("Children’s Defense Fund", "People’s Liberation
 * Army", "Women’s March"): the run of capitalised words goes on after their "'s".
 */
const OWNER_IN_NAME: ReadonlySet<string> = new Set([
  'Children', 'People', 'Women', 'Men', 'Workers', 'Veterans', 'Farmers', 'Writers', 'Teachers', 'Citizens', 'Nurses', 'Parents', 'Soldiers',
  // Offices named after the one who holds them: "U.S. Attorney’s Office", "Sheriff’s Department" (not "the Washington Examiner’s Phillip Klein").
  'Attorney', 'General', 'Counsel', 'Sheriff', 'Coroner', 'Marshal',
]);

/** A shop's word after its owner's possessive, which makes one name with it when the owner opens the run ("Sam's Club", "Joey’s Diner"). */
const SHOP_AFTER_OWNER: ReadonlySet<string> = new Set(['Club', ...SHOP_WORDS]);

/** Words before "to" in the names of campaigns for a right ("Right to Life", "Right to Work", "Freedom to Marry"). */
const RIGHT_TO: ReadonlySet<string> = new Set(['Right', 'Freedom']);

/** Articles that may follow "for" after a body's keyword inside its name ("Association for the Advancement …"). */
const INNER_ARTICLES: ReadonlySet<string> = new Set(['the', 'a']);

/** Whether the connector at `i`, its article and a capitalised word after it are spaced as one name. */
function spacedName(tokens: readonly Token[], i: number, text: string): boolean {
  const article = tokens[i + 1]!;
  const next = tokens[i + 2];
  return next !== undefined && next.capitalised && !article.possessive && article.start - tokens[i]!.end === 1 && next.start - article.end === 1
    && text.charCodeAt(tokens[i]!.end) === SPACE && text.charCodeAt(article.end) === SPACE && !isCalendarWord(next.word);
}

/** Connectors stay inside a run only when it names an organisation ("Communist Party of China"). */
export function splitAtConnectors(run: Token[]): Token[][] {
  const hasConnector = run.some((t) => NAME_CONNECTORS.has(t.word) || t.word === 'to');
  if (!hasConnector || ORGS[run.map((t) => t.word).join(' ')] !== undefined) return [run];
  // A law's name is one name across its connectors ("Justice Against Sponsors of Terrorism Act"): its
  // parts are no person ("Justice" is no judge's title there) and no body.
  if (isLawRun(run)) return [run];
  // "the House and Senate", "Senate Democrats and House Republicans": two chambers, not one body.
  const chambers = run.findIndex((t) => t.word === 'and');
  if (chambers > 0 && CHAMBER_OR_MEMBERS.test(run.slice(0, chambers).map((t) => t.word).join(' ')) && CHAMBER_OR_MEMBERS.test(run.slice(chambers + 1).map((t) => t.word).join(' '))) {
    return [run.slice(0, chambers), run.slice(chambers + 1)];
  }
  // "Amanda Carpenter and Boston Herald (columnist …)": a person, "and", then a body; not one body.
  if (chambers === 2 && givenNameGender(run[0]!.word) !== undefined && isNameWord(run[1]!.word) && isOrgRun(run.slice(chambers + 1))) {
    return [run.slice(0, chambers), run.slice(chambers + 1)];
  }
  if (isOrgRun(run)) {
    // "… Sloan School of Management and David B. Yoffie": a body, "and", then a common given name opening a person's name
    // (not "Bill and Hillary Clinton Foundation", where no body comes before "and").
    const and = run.findIndex((t, i) => t.word === 'and' && i > 0 && givenNameGender(run[i + 1]?.word ?? '') !== undefined && isOrgRun(run.slice(0, i)));
    if (and >= 0) return [run.slice(0, and), run.slice(and + 1)].flatMap(splitAtConnectors);
    // "David B. Yoffie of Harvard Business School": a person of a body, when a common given name opens the run,
    // or follows a common word capitalised as a role opening the sentence ("Historian Alan Brinkley of Columbia University").
    const lead = run.length > 4 && givenNameGender(run[0]!.word) === undefined && givenNameGender(run[1]!.word) !== undefined
      && commonWords().has(run[0]!.word.toLowerCase()) ? 1 : 0;
    const of = givenNameGender(run[lead]!.word) === undefined ? -1 : run.findIndex((t, i) => i >= lead + 2 && t.word === 'of');
    return of < 0 ? [run] : [run.slice(lead, of), run.slice(of + 1)];
  }
  const parts: Token[][] = [];
  let cur: Token[] = [];
  for (const t of run) {
    if (NAME_CONNECTORS.has(t.word) || INNER_ARTICLES.has(t.word) || t.word === 'to') {
      if (cur.length > 0) parts.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length > 0) parts.push(cur);
  return parts;
}

/** A body's span, or its two chambers when it joins them with "and" ("the Senate and House"). */
export function chamberSpans(e: { start: number; end: number }, text: string): { start: number; end: number }[] {
  const words = text.slice(e.start, e.end);
  const and = words.indexOf(' and ');
  if (and < 0 || !CHAMBER_OR_MEMBERS.test(words.slice(0, and)) || !CHAMBER_OR_MEMBERS.test(words.slice(and + 5))) return [e];
  return [{ start: e.start, end: e.start + and }, { start: e.start + and + 5, end: e.end }];
}

/** A chamber of a legislature, or a party's members in one ("House", "Senate Republicans"). */
const CHAMBER_OR_MEMBERS = /^(?:(?:Senate|House)\s+)?(?:Senate|House|Congress|Democrats|Republicans|GOP)$/;

/** An organisation: its last word is a keyword, or a keyword comes before "of"/"for" ("Ministry of …"). */
function isOrgRun(words: readonly Token[]): boolean {
  if (words.length < 2) return false;
  if (RULE_ORG_KEYWORDS.has(words[words.length - 1]!.word)) return true;
  if (words.length >= 3 && words[1]!.word === 'for' && ADVOCACY_LEADS.has(words[0]!.word)) return true;
  const firstConnector = words.findIndex((t) => NAME_CONNECTORS.has(t.word) && t.word !== 'and');
  return firstConnector > 0 && words.slice(0, firstConnector).some((t) => RULE_ORG_KEYWORDS.has(t.word));
}

/**
 * First words of advocacy groups named "<people or cause> for <aim>": "Americans for Prosperity",
 * "Democracy for America", "Physicians for Social Responsibility", "Students for Fair Admissions";
 * not slogans ("Freedom for Chechnya", "Justice for Trayvon").
 */
const ADVOCACY_LEADS: ReadonlySet<string> = new Set([
  'Americans', 'Citizens', 'Physicians', 'Doctors', 'Students', 'Parents', 'Mothers', 'Moms', 'Veterans', 'Women',
  'Scientists', 'Lawyers', 'Republicans', 'Democrats', 'Conservatives', 'Progressives', 'Catholics', 'Christians',
  'Evangelicals', 'Jews', 'Muslims', 'Taxpayers', 'Families', 'Voters', 'Friends', 'Patriots', 'Business', 'Businesses',
  'Democracy', 'Campaign', 'Priests', 'Clergy', 'Teachers', 'Nurses', 'Farmers', 'Workers',
]);

/** A government office a nationality only places: "(Chinese) Foreign Ministry", "(British) Ministry of Defence". */
const GOVERNMENT_OFFICE = /^(?:(?:Ministry|Department|Office) of \p{Lu}[\p{L} ]*|\p{Lu}\p{L}+ (?:Ministry|Office|Department|Embassy|Consulate)|Air Force|Coast Guard|Armed Forces)$/u;

/** A lower-case noun that turns a long capitalised run into the name of an event. */
const EVENT_NOUN = /^ (?:summit|forum|conference)\b/;
/** A capitalised compound whose second part is lower case ("Beijing-led"). */
const PLACE_COMPOUND = /^\p{Lu}[\p{L}]*-\p{Ll}+$/u;

/** Nationality adjectives ("Chinese", "Russian", "British", "Israeli"), not compass words. */
const NATIONALITY = /(?:ese|ian|an|ish|i)$/;

export function classifyRun(
  run: readonly Token[], text: string, sentenceStarts: ReadonlySet<number>, knownByAlias: ReadonlyMap<string, string>,
): Candidate[] {
  // Never changed in place: dropping words makes a new array.
  let words: readonly Token[] = run;
  // A law's name keeps its words whole: a connector ("Justice Against Sponsors of Terrorism Act") or an
  // adjective opening it ("Foreign Sovereign Immunities Act") is part of the name.
  // Not the end of a name "the" joins ("For the| People Act"), nor an article and the keyword alone ("An Act").
  if (words.length > 1 && isLawRun(words) && !/\p{Lu}\p{L}*\s+the\s+$/u.test(text.slice(Math.max(0, words[0]!.start - 30), words[0]!.start))
    && !(words.length === 2 && ARTICLE_WORDS.has(words[0]!.word))) {
    const named = words[0]!.word === 'The' ? words.slice(1) : words;
    const span = spanOf(named, text);
    return [candidate(span, 'other', span.text, true)];
  }
  // A body the rules know by its whole name, whatever word opens it ("Veterans of Foreign Wars").
  const known = words.length > 1 ? ORGS[text.slice(words[0]!.start, words[words.length - 1]!.end)] : undefined;
  if (known !== undefined && words.length > 2) return [candidate(spanOf(words, text), 'organization', known, true)];
  // A body's name before the noun names the body ("the Fox News program", "the White House campaign").
  if (words.length > 1 && !isOrgRun(words) && known === undefined && isProgrammeName(words[words.length - 1]!.end, text)) {
    // A sentence's opening article is no part of the name ("The Obama campaign" as "the Obama campaign", "A Romney campaign aide").
    const named = ARTICLE_WORDS.has(words[0]!.word) ? words.slice(1) : words;
    const span = spanOf(named, text);
    return [candidate(span, 'other', span.text, true)];
  }
  // Leading function words and dates are not part of a name ("The South China Morning Post").
  let atSentenceStart = isSentenceStart(words[0]!.start, text, sentenceStarts);
  // Then connectors ("of Beijing"). One loop for both, so the rarely taken part shares the common part's code.
  let lead = 0;
  let connectors = false;
  while (lead < words.length) {
    const word = words[lead]!.word;
    // "New" opens "New York Times" as a place's first word, not as an adjective ("New polls").
    const opensPlace = lead + 1 < words.length && PLACES.has(`${word} ${words[lead + 1]!.word}`);
    if (!connectors && ((NON_NAMES.has(word) && !PERSON_TITLES.has(word) && !opensPlace) || (OCCUPATIONS.has(word) && lead + 2 < words.length))) atSentenceStart = false;
    else if (NAME_CONNECTORS.has(word)) connectors = true;
    else break;
    lead += 1;
  }
  if (lead > 0) words = words.slice(lead);
  // "Beijing-led Shanghai Cooperation Organisation": the compound names a place, not part of the body.
  const places: Candidate[] = [];
  while (words.length > 1 && PLACE_COMPOUND.test(words[0]!.word)) {
    places.push(...hyphenPlaces(words[0]!, text));
    words = words.slice(1);
  }
  if (places.length > 0) return [...places, ...classifyRun(words, text, sentenceStarts, knownByAlias)];
  if (words.length === 0) return [];
  if (words.length > MAX_NAME_WORDS) return [];

  const out: Candidate[] = [];
  const phrase = spanOf(words, text);

  // Hyphenated compounds name places ("US-China", "Sino-Russian", "Beijing-based").
  if (words.length === 1 && words[0]!.word.includes('-')) return hyphenPlaces(words[0]!, text);

  const orgRun = isOrgRun(words);
  // A title makes what follows it a person ("Russian President Vladimir Putin").
  let lastTitle = -1;
  words.forEach((w, i) => {
    // A title word with only a suffix after it is a surname ("Martin Luther King Jr.").
    if (PERSON_TITLES.has(w.word) && !(i < words.length - 1 && words.slice(i + 1).every((x) => NAME_SUFFIX.test(x.word)))) lastTitle = i;
  });
  if (lastTitle >= 0 && lastTitle < words.length - 1 && !orgRun) {
    // The name ends before a day ("Chairman Michael Steele Sunday").
    const day = words.findIndex((w, i) => i > lastTitle && DAY_WORDS.has(w.word));
    const rest = words.slice(lastTitle + 1, day > lastTitle + 1 ? day : words.length);
    // "Hun Sen. The opposition …": a name ending like an abbreviated title, and the next sentence's opener.
    if (rest.length === 1 && isOpenerWord(rest[0]!.word)) return [];
    // An office word before a common noun names a thing ("Free Trade Agreement"), not a titled person.
    if (NOUN_ENDING.test(rest[rest.length - 1]!.word)) return [];
    const name = spanOf(rest, text);
    const titled = candidate(name, 'person', knownByAlias.get(name.text) ?? name.text, true);
    // The place or body the title is of stays a name of its own ("FBI| Director James Comey", "White House|
    // Counsel Bob Bauer", "U.S.| Ambassador …"): an outlet writing only that still names it.
    const owner = lastTitle > 0 ? titleOwner(spanOf(words.slice(0, lastTitle), text)) : null;
    return owner === null ? [titled] : [owner, titled];
  }
  if (lastTitle === words.length - 1 && !orgRun) {
    // A common given name before a title word is a surname: "Stephen King", "Larry King".
    const surnamed = words.length === 2 && !words[1]!.word.endsWith('.') && givenNameGender(words[0]!.word) !== undefined && isNameWord(words[0]!.word);
    return surnamed ? [candidate(phrase, 'person', knownByAlias.get(phrase.text) ?? phrase.text, true)] : [];
  }

  // "St. Petersburg International Economic summit": an event named by a run and a lower-case event noun.
  const eventNoun = words.length >= 3 ? EVENT_NOUN.exec(text.slice(phrase.end, phrase.end + 12)) : null;
  if (eventNoun && !orgRun) {
    const end = phrase.end + eventNoun[0].length;
    return [{ start: phrase.start, end, text: text.slice(phrase.start, end), type: 'organization', name: text.slice(phrase.start, end), sure: true, guess: false }];
  }
  if (orgRun) {
    // Drop a leading nationality: "Chinese Foreign Ministry" and "Foreign Ministry" are one body. A
    // name that is more than a government office keeps it ("American Civil Liberties Union",
    // "Republican National Committee", "Christian Democratic Union").
    const first = words[0]!.word;
    const body = DEMONYMS.has(first) && NATIONALITY.test(first) && words.length > 2
      && GOVERNMENT_OFFICE.test(text.slice(words[1]!.start, words[words.length - 1]!.end)) ? words.slice(1) : words;
    const span = spanOf(body, text);
    return [candidate(span, 'organization', span.text, true)];
  }

  const place = PLACES.get(phrase.text) ?? PLACES_UPPER.get(phrase.text);
  if (place !== undefined) return [candidate(phrase, 'place', place, true)];
  const org = ORGS[phrase.text];
  if (org !== undefined) return [candidate(phrase, 'organization', org, true)];
  const person = knownByAlias.get(phrase.text);
  if (person !== undefined) return [candidate(phrase, 'person', person, true)];

  // An all-capitals dateline of places ("BEIJING/MOSCOW").
  if (/^[A-Z]+(?:\/[A-Z]+)+$/.test(phrase.text)) return slashPlaces(phrase.start, phrase.text);

  // Not a gerund opening its sentence ("Changing that policy would …").
  if (isProgrammeName(phrase.end, text) && !GERUND.test(phrase.text)) {
    // A party's adjective names no programme ("Democratic campaign officials").
    return PARTY_ADJECTIVE_LAST.test(phrase.text) && !phrase.text.includes(' ') ? [] : [candidate(phrase, 'other', phrase.text, true)];
  }

  if (words.every((w) => DEMONYMS.has(w.word))) return [];
  if (isAcronym(phrase.text)) return [candidate(phrase, 'organization', phrase.text, true, true)];

  const personContext = hasPersonContext(phrase.start, phrase.end, text);
  if (words.length >= 2 && words.length <= 4 && words.every((w) => isNameWord(w.word))) {
    return [candidate(phrase, 'person', phrase.text, true, !personContext)];
  }
  if (words.length === 1) {
    // Decided later against the article's full names; sure only with context.
    const unsureAtStart = atSentenceStart && !personContext;
    out.push(candidate(phrase, 'person', phrase.text, personContext && !unsureAtStart, true));
  }
  return out;
}

function spanOf(words: readonly Token[], text: string): { start: number; end: number; text: string } {
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  return { start, end, text: text.slice(start, end) };
}

function isSentenceStart(at: number, text: string, starts: ReadonlySet<number>): boolean {
  if (starts.has(at)) return true;
  const before = text.slice(Math.max(0, at - 3), at);
  return /(?:^|\n)["“‘']?$/.test(before) || at === 0;
}

function hasPersonContext(start: number, end: number, text: string): boolean {
  const after = text.slice(end, end + 80);
  const nextWord = /^[,\s]*([a-z]+)/.exec(after)?.[1];
  if (nextWord !== undefined && SPEECH_VERBS.has(nextWord) && !/^\s*,/.test(after)) return true;
  const appo = APPOSITION.exec(after);
  if (appo && appo[1]!.split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase()))) return true;
  const before = text.slice(Math.max(0, start - 30), start);
  const prevWord = /([a-z-]+)\s+$/.exec(before)?.[1];
  if (prevWord !== undefined && ROLE_NOUNS.has(prevWord)) return true;
  return /\b(?:said|says|told)\s+$/.test(before);
}

/** Within this many lower-case words after a name, a programme noun makes it a programme's name. */
const PROGRAMME_WINDOW = 4;

const GERUND = /^\p{Lu}\p{Ll}+ing$/u;

/**
 * Lower-case words after a name that end the phrase it modifies: the name is then a clause's
 * subject or a phrase's head ("Democrats rejected the plan", "a Senate version of the plan").
 */
const PROGRAMME_PHRASE_END = /^(?:the|a|an|of|to|that|is|was|are|were|has|had|will|would|\p{Ll}+ed)$/u;

function isProgrammeName(end: number, text: string): boolean {
  const after = /^["”’']?((?:\s+[a-z-]+){1,4})/.exec(text.slice(end, end + 60));
  if (!after) return false;
  for (const w of after[1]!.trim().split(/\s+/).slice(0, PROGRAMME_WINDOW)) {
    if (PROGRAMME_NOUNS.has(w)) return true;
    if (PROGRAMME_PHRASE_END.test(w)) return false;
  }
  return false;
}

function hyphenPlaces(tok: Token, text: string): Candidate[] {
  const out: Candidate[] = [];
  let offset = tok.start;
  for (const part of tok.word.split('-')) {
    const name = PLACES.get(part) ?? PLACE_PREFIXES[part];
    if (name !== undefined && PLACES.get(part) !== undefined) {
      out.push({ start: offset, end: offset + part.length, text: text.slice(offset, offset + part.length), type: 'place', name, sure: true, guess: false });
    }
    offset += part.length + 1;
  }
  return out;
}

function slashPlaces(start: number, phrase: string): Candidate[] {
  const out: Candidate[] = [];
  let offset = start;
  for (const part of phrase.split('/')) {
    const name = PLACES_UPPER.get(part);
    if (name !== undefined) out.push({ start: offset, end: offset + part.length, text: part, type: 'place', name, sure: true, guess: false });
    offset += part.length + 1;
  }
  return out;
}

/** The place or body named by the words before a title: a known place or body, or an acronym; else null. */
export function titleOwner(span: { start: number; end: number; text: string }): Candidate | null {
  // The department is the title's: "DNC| Communications Director Brad Woodhouse".
  const department = DEPARTMENT_LAST.exec(span.text);
  if (department !== null) return titleOwner({ start: span.start, end: span.end - department[0].length, text: span.text.slice(0, department.index) });
  const place = PLACES.get(span.text);
  if (place !== undefined) return candidate(span, 'place', place, true);
  const org = ORGS[span.text];
  if (org !== undefined) return candidate(span, 'organization', org, true);
  return isAcronym(span.text) ? candidate(span, 'organization', span.text, true) : null;
}

/** A department of a body, which with the title after it names a post ("Communications Director", "Finance Chairman"). */
export const DEPARTMENT_LAST = /\s+(?:Communications|Finance|Policy|Political|Press|Legislative|Research|Field|Digital|Operations|Media|Outreach|Budget|Development|Marketing)$/;
