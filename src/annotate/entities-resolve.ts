/** Short names resolved to the article's full names, one type per name, and the candidates grouped into entities. */
import type { EntityMention, EntityType, LocalEntity } from '../types.js';
import { commonWords } from './common-words.js';
import { COMPANY_NAME_END } from './company-names.js';
import type { Candidate } from './entities-candidate.js';
import { knownPlaceOrBody, MORE_CITIES, PLACES, RULE_ORG_KEYWORDS } from './entities-lexicon.js';
import { CAPITAL_PARTICLE_NAME, initials, isAcronym, LOCATIVE_BEFORE, SHORT_BODY_WORDS, stateAfter } from './entities-shapes.js';
import { DEMONYMS, SPEECH_VERBS } from './gazetteer/words.js';
import { givenCompatible, nameTokens, surnameAndGiven } from './person-names.js';
import { givenNameGender } from './quotes-gender.js';
import { escapeRegExp } from './quotes-lexicon.js';

/**
 * A lone capitalised word that is part of a person's full name in the same article is that person
 * (the latest full name before it, else the first after it): "Li" after "Li Xing"; "Qishan" after
 * "Wang Qishan"; a surname with its capitalised particle ("De Blasio") is the person of the full name
 * ending in it. An acronym matching an organisation's initials is that organisation.
 */
export function resolveShortNames(cands: Candidate[], knownByAlias: ReadonlyMap<string, string>, text: string, title: string): void {
  // Full names per word of the name, in candidate order (their names do not change below: only one-word names are resolved).
  const fullByWord = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (!c.sure || c.type !== 'person' || !c.name.includes(' ')) continue;
    // The words as written too: "Mike" of "Mike Bloomberg", a mention of Michael R. Bloomberg (`oneNameForShortForms`).
    for (const word of new Set([...c.name.split(/\s+/), ...(c.text === c.name ? [] : c.text.split(/\s+/))])) {
      const list = fullByWord.get(word);
      if (list === undefined) fullByWord.set(word, [c]);
      else list.push(c);
    }
  }
  const orgs = cands.filter((c) => c.type === 'organization' && c.name.includes(' '));
  // Companies by their first word ("Netscape" of "Netscape Communications Corp."); a word opening two names is left alone.
  const companyByWord = new Map<string, string | null>();
  for (const o of orgs) {
    if (!COMPANY_SUFFIX.test(o.name)) continue;
    const first = o.name.slice(0, o.name.indexOf(' '));
    const seen = companyByWord.get(first);
    companyByWord.set(first, seen === undefined || seen === o.name ? o.name : null);
  }
  const initialsOf = new Map<string, string>();
  const initialsCached = (name: string): string => {
    let found = initialsOf.get(name);
    if (found === undefined) initialsOf.set(name, (found = initials(name)));
    return found;
  };
  const bodiesAsPeople = bodyWordsSpokenAsPeople(cands, fullByWord, text);
  for (const c of cands) {
    // A place only when no gazetteer knows it ("Netscape" the tagger typed a place; not "America" of "America Online Inc.").
    const company = (c.type !== 'place' || !PLACES.has(c.text)) && !c.text.includes(' ') && !fullByWord.has(c.text) ? companyByWord.get(c.text) : undefined;
    if (company !== undefined && company !== null) {
      c.type = 'organization';
      c.name = company;
      continue;
    }
    if (c.type === 'organization' && isAcronym(c.text)) {
      const letters = c.text.replace(/\./g, '');
      const match = orgs.find((o) => initialsCached(o.name) === letters);
      if (match) c.name = match.name;
      continue;
    }
    // A body's keyword alone ("the Committee") is the one body of the article whose name it closes ("House Intelligence
    // Committee"). Not "Senate", "House" or "Congress", which name a body by themselves.
    // "The Times" inside a sentence is the same short form.
    const keyword = c.text.startsWith('The ') ? c.text.slice(4) : c.text;
    if (c.type === 'organization' && c.name === c.text && SHORT_BODY_WORDS.has(keyword)) {
      const ending = new Set(orgs.filter((o) => o.name.endsWith(` ${keyword}`) && o.name !== c.text && !o.name.startsWith('The ') && !o.name.includes(' and ') && !DEMONYMS.has(o.name.slice(0, o.name.indexOf(' ')))).map((o) => o.name));
      // A name inside a longer one is that one's piece ("York Times" of "New York Times").
      const bodies = [...ending].filter((b) => ![...ending].some((o) => o !== b && o.endsWith(` ${b}`)));
      if (bodies.length === 1) c.name = bodies[0]!;
      continue;
    }
    if (c.type !== 'person') {
      // The tagger's lone "Steele" as a place or body where the article names Michael Steele is him
      // (a word the gazetteers know as a place or body stays what they say).
      const owner = (c.guess === false || bodiesAsPeople.has(c.text)) && !c.name.includes(' ') ? surnameOwner(fullByWord.get(c.text), c) : undefined;
      if (owner !== undefined && (!knownPlaceOrBody(c.text) || bodiesAsPeople.has(c.text))) {
        c.type = 'person';
        c.name = owner.name;
      } else if (c.type === 'place' && !c.text.includes(' ') && !knownPlaceOrBody(c.text) && !MORE_CITIES.has(c.text)) {
        // A given name the tagger typed a place: the one person of the article it opens ("Melania" of
        // "Melania Trump"), someone's relative ("Mr. Trump's daughter Ivanka"), or a common given name
        // no gazetteer knows as a place ("Eric, Ivanka and Tiffany"), unless the words around it place
        // it ("in Hope", "Wayne, Neb.").
        // Not a place opening a name the tagger took for a person ("Insein" of "Insein Prison").
        const named = (fullByWord.get(c.text) ?? []).filter((f) => (f.name.startsWith(`${c.text} `) || f.text.startsWith(`${c.text} `)) && !commonWords().has(f.name.slice(f.name.lastIndexOf(' ') + 1).toLowerCase()));
        if (new Set(named.map((f) => f.name)).size === 1) [c.type, c.name] = ['person', named[0]!.name];
        else if (RELATIVE_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start))
          || (givenNameGender(c.text) !== undefined && !stateAfter(text, c.end) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start)))) c.type = 'person';
      }
      continue;
    }
    // A surname the gazetteer gave a known person's name, where the article names another of that surname in full
    // and no office before the word points to the known one ("Donald Trump Jr. … Mr. Trump", not the father).
    if (!c.text.includes(' ') && c.name !== c.text && knownByAlias.get(c.text) === c.name) {
      // Only a full name of the known one's given name, written before the word: the same person written otherwise
      // ("Donald J. Trump", whatever office the article gives him), or his namesake son named in the lede, unless the
      // surname has followed an office ("President Trump") by then; not a relative of another given name ("Malia
      // Obama"), whom the surname alone seldom means.
      const known = c.name;
      const given = known.slice(0, known.indexOf(' '));
      const written = (fullByWord.get(c.text) ?? []).filter((f) => f.text.includes(' '));
      const latest = written.filter((f) => f.start < c.start).pop();
      const same = latest !== undefined && latest.name.replace(MIDDLE_INITIAL, '') === known;
      if (latest !== undefined && written.every((f) => f.name !== known && f.name.startsWith(`${given} `)) && (same || !officeNamedBefore(text, c.text, c.start))) c.name = latest.name;
    }
    if (c.name.includes(' ')) {
      // "De Blasio" after "Bill de Blasio": a surname with its particle is the person of that full name.
      if (CAPITAL_PARTICLE_NAME.test(c.text)) {
        const tail = ` ${c.text.toLowerCase()}`;
        const full = cands.find((f) => f !== c && f.type === 'person' && f.sure && f.name.length > tail.length && f.name.toLowerCase().endsWith(tail));
        if (full !== undefined) c.name = full.name;
      }
      continue;
    }
    const owners = fullByWord.get(c.text);
    let owner: Candidate | undefined;
    if (owners !== undefined) {
      // Two people of one surname ("Hillary and Bill Clinton … Clinton said"): the one the headline
      // names is the article's; else the latest full name before the word, else the first one after it.
      // An honorific ("Mr. Clinton") tells which one by itself, which the headline does not.
      const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, c.start - 6), c.start));
      owner = owners.length > 1 && honorific === null ? headlinePerson(owners, title) : undefined;
      // "Mrs. Clinton" is not Bill Clinton: the honorific's gender keeps the full names of the other one out.
      const notGender = honorific === null ? undefined : honorific[1] === 'Mr' ? 'f' : 'm';
      const fitting = notGender === undefined ? owners : owners.filter((f) => givenNameGender(f.name) !== notGender);
      const possible = fitting.length > 0 ? fitting : owners;
      // One introduced as another's relative ("Jesse Jackson Jr. … his father, Rev. Jesse Jackson") is not who the
      // surname alone names while the other is there.
      const relatives = new Set(possible.filter((f) => RELATIVE_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))).map((f) => f.name));
      const principal = possible.filter((f) => !relatives.has(f.name));
      const candidates = principal.length > 0 ? principal : possible;
      if (owner === undefined) for (const f of candidates) if (f.start < c.start) owner = f;
      owner ??= candidates[0];
    }
    if (owner) {
      c.name = owner.name;
      c.sure = true;
    } else if (knownByAlias.has(c.text)) {
      c.name = knownByAlias.get(c.text)!;
      c.sure = true;
    }
  }
}

/** An office right before a surname, which names the office holder the gazetteer knows ("President Trump"). */
const OFFICE = String.raw`\b(?:President|Vice President|Senator|Sen\.|Governor|Gov\.|Representative|Rep\.|Secretary|Speaker|Gen\.|General|Premier|Prime Minister|Chancellor)\s+`;

/** A middle initial inside a full name ("Donald J. Trump"). */
const MIDDLE_INITIAL = /(?<=\s)\p{Lu}\.\s/gu;

/** Whether the surname follows an office anywhere up to `end` ("a longtime adviser to President Trump" before "Mr. Trump"). */
function officeNamedBefore(text: string, surname: string, end: number): boolean {
  const at = new RegExp(`${OFFICE}${escapeRegExp(surname)}\\b`).exec(text.slice(0, end + surname.length));
  return at !== null;
}

/** After a lone name: a verb of saying ("Bloomberg said"), or a relative "who", which a person takes, not a company. */
const PERSON_NEXT = /^(?:\s+(\p{Ll}+)|,\s+who\b)/u;
/** Before a lone name: an inverted verb of saying (", said Bloomberg"). */
const SAID_BEFORE = /\b(?:said|says|added|asked)\s+$/;

/**
 * Body words the gazetteers know (a company named after its founder: "Bloomberg") that the article
 * uses alone as the surname of a person it names in full, as a person somewhere ("Bloomberg said",
 * "said Bloomberg", "Bloomberg, who"): every lone use of the word there is the person. A place's
 * name stays a place ("Washington" beside "Norris Washington").
 */
function bodyWordsSpokenAsPeople(cands: readonly Candidate[], fullByWord: ReadonlyMap<string, Candidate[]>, text: string): Set<string> {
  const found = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'organization' || c.text.includes(' ') || found.has(c.text) || !knownPlaceOrBody(c.text) || PLACES.has(c.text)) continue;
    if (surnameOwner(fullByWord.get(c.text), c) === undefined) continue;
    const next = PERSON_NEXT.exec(text.slice(c.end, c.end + 30));
    if ((next !== null && (next[1] === undefined || SPEECH_VERBS.has(next[1]))) || SAID_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start))) found.add(c.text);
  }
  return found;
}

/** A company's closing word ("Netscape Communications Corp.", "Aspen Skiing Co.", "Apple Computer Inc."). */
const COMPANY_SUFFIX = COMPANY_NAME_END;

/** The person whose full name ends in the candidate's word: the latest named before it, else the first after. */
function surnameOwner(owners: readonly Candidate[] | undefined, c: Candidate): Candidate | undefined {
  let owner: Candidate | undefined;
  // A surname written first ("Xu" of "Xu Wenli", "Qin" of "Qin Yongmin"): a two-word name whose first word is no common
  // given name nor a body's keyword, and whose second is no plural ("House Democrats" names no one).
  const first = givenNameGender(c.text) === undefined && !RULE_ORG_KEYWORDS.has(c.text) && !commonWords().has(c.text.toLowerCase());
  for (const f of owners ?? []) {
    const rest = f.name.slice(c.text.length + 1);
    const surnameFirst = first && f.name.startsWith(`${c.text} `) && !rest.includes(' ') && !rest.endsWith('s') && !commonWords().has(rest.toLowerCase());
    if (!f.name.endsWith(` ${c.text}`) && !surnameFirst) continue;
    if (f.start < c.start || owner === undefined) owner = f;
    if (f.start > c.start) break;
  }
  return owner;
}

/** A relative's noun, its comma and a title at most right before a name ("his daughter Ivanka", "his father, Rev. |Jesse Jackson"). */
const RELATIVE_BEFORE = /\b(?:father|mother|wife|husband|son|daughter|brother|sister|niece|nephew|uncle|aunt|cousin|grandfather|grandmother|granddaughter|grandson),?\s+(?:the\s+)?(?:(?:Rev|Dr|Mr|Mrs|Ms|Sen|Rep|Gov)\.?\s+)?$/;

/** "Mr. ", "Mrs. ", "Ms. " right before a surname. */
const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s$/;

/** Of people sharing a surname, the only one whose full name the headline holds. */
function headlinePerson(owners: readonly Candidate[], title: string): Candidate | undefined {
  if (title === '') return undefined;
  const named = new Map<string, Candidate>();
  for (const o of owners) if (title.includes(o.name)) named.set(o.name, o);
  return named.size === 1 ? [...named.values()][0] : undefined;
}

/** Whether mentions sorted by start hold one over exactly `c`'s words (those starting where it does are the last ones). */
function hasSpan(mentions: readonly EntityMention[], c: Candidate): boolean {
  for (let i = mentions.length - 1; i >= 0 && mentions[i]!.start === c.start; i -= 1) if (mentions[i]!.end === c.end) return true;
  return false;
}

/**
 * One type per name in an article (one sense per discourse): the person, body or place type most of
 * its mentions carry, the first mention's on a tie; a miscellaneous name keeps its own. The tagger may
 * call "Zarya" a place twice and a person once, or "Mission Control" a body and then, before "said", a
 * person: the entity a reader sees has one type. Each mention keeps the type its own words were
 * given, which the speaker rules read ("Judicial Watch noted" reads as a speaker).
 */
function typeByName(cands: readonly Candidate[]): Map<string, EntityType> {
  const counts = new Map<string, Map<EntityType, number>>();
  for (const c of cands) {
    if (c.type === 'other') continue;
    let byType = counts.get(c.name);
    if (byType === undefined) counts.set(c.name, (byType = new Map()));
    byType.set(c.type, (byType.get(c.type) ?? 0) + 1);
  }
  const chosen = new Map<string, EntityType>();
  for (const [name, byType] of counts) {
    let best: EntityType | null = null;
    // Map order is first-mention order, so a strict comparison keeps the first type on a tie.
    for (const [type, n] of byType) if (best === null || n > byType.get(best)!) best = type;
    chosen.set(name, best!);
  }
  return chosen;
}

/**
 * One person an article names in full twice, with a given name and its short form or a misspelling of
 * it ("Michael R. Bloomberg", then "Mike Bloomberg"), is one person, named by the fuller form: the
 * name with more words, else the form the known people list ("Hillary Clinton", not "Hilary
 * Clinton"), else the one written more often, else the first written ("Sen. Chuck Grassley" before
 * "Charles Grassley"). Two full names with the same given name stay apart ("George Bush" and
 * "George W. Bush" may be father and son).
 */
export function oneNameForShortForms(cands: Candidate[], knownByAlias: ReadonlyMap<string, string>): void {
  const written = new Map<string, { count: number; first: number }>();
  for (const c of cands) {
    if (c.type !== 'person' || !c.name.includes(' ')) continue;
    const w = written.get(c.name);
    if (w === undefined) written.set(c.name, { count: 1, first: c.start });
    else {
      w.count += 1;
      w.first = Math.min(w.first, c.start);
    }
  }
  const people = [...written.keys()];
  if (people.length < 2) return;
  const words = (n: string) => n.split(' ').length;
  // The fuller of two forms: more words, then the known one, then more mentions, then the earlier.
  const fuller = (a: string, b: string): string => {
    if (words(a) !== words(b)) return words(a) > words(b) ? a : b;
    const [knownA, knownB] = [knownByAlias.get(a) === a, knownByAlias.get(b) === b];
    if (knownA !== knownB) return knownA ? a : b;
    const [x, y] = [written.get(a)!, written.get(b)!];
    if (x.count !== y.count) return x.count > y.count ? a : b;
    return x.first <= y.first ? a : b;
  };
  const parts = new Map(people.map((n) => [n, surnameAndGiven(nameTokens(n))]));
  const renamed = new Map<string, string>();
  for (const a of people) {
    for (const b of people) {
      const x = parts.get(a)!;
      const y = parts.get(b)!;
      const gx = x.given[0];
      const gy = y.given[0];
      if (a >= b || x.surname === null || x.surname !== y.surname || gx === undefined || gy === undefined) continue;
      if (givenCompatible(gx, gy) || !givenCompatible(gx, gy, true)) continue;
      const kept = fuller(a, b);
      renamed.set(kept === a ? b : a, kept);
    }
  }
  if (renamed.size === 0) return;
  for (const c of cands) {
    const to = renamed.get(c.name);
    if (to !== undefined && c.type === 'person') c.name = to;
  }
}

export function groupEntities(cands: readonly Candidate[]): LocalEntity[] {
  const byKey = new Map<string, { name: string; type: EntityType; aliases: Set<string>; mentions: EntityMention[] }>();
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  const types = typeByName(sorted);
  for (const c of sorted) {
    const type = c.type === 'other' ? c.type : types.get(c.name) ?? c.type;
    const key = `${type}\u0000${c.name}`;
    let e = byKey.get(key);
    if (!e) {
      e = { name: c.name, type, aliases: new Set(), mentions: [] };
      byKey.set(key, e);
    }
    if (c.text !== c.name) e.aliases.add(c.text);
    // The rules and the tagger may both find the same words: one mention.
    if (hasSpan(e.mentions, c)) continue;
    e.mentions.push({ start: c.start, end: c.end, text: c.text, type: c.type, name: c.name });
  }
  return [...byKey.values()].map((e) => ({ name: e.name, type: e.type, aliases: [...e.aliases], mentions: e.mentions }));
}
