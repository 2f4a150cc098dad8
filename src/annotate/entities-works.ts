/** Names of laws, events, court cases, quoted titles and spelled-out acronyms. */
import type { EntityType } from '../types.js';
import { candidate, type Candidate } from './entities-candidate.js';
import { knownPlaceOrBody, ORGS, PERSON_TITLES, RULE_ORG_KEYWORDS } from './entities-lexicon.js';
import { initials, LAW_NAME, NAMED_EVENTS } from './entities-shapes.js';
import { givenNameGender } from './quotes-gender.js';

/**
 * A law is a name of another kind ("the Patriot Act", "the Equal Rights Amendment"), not a person or
 * a body, and so is its acronym written alone ("ACA" for the Affordable Care Act), which names it.
 */
export function lawsAsOther(cands: Candidate[]): void {
  const laws = new Map<string, string>();
  for (const c of cands) {
    if (!LAW_NAME.test(c.text) && c.text !== 'Constitution') continue;
    c.type = 'other';
    laws.set(initials(c.text.replace(/^The\s+/, '')), c.name);
  }
  if (laws.size === 0) return;
  for (const c of cands) {
    const law = laws.get(c.text.replace(/\./g, ''));
    if (law === undefined || c.text.length < 2) continue;
    c.type = 'other';
    c.name = law;
  }
}

/** A named occasion is one name of another kind; the names the tagger found inside it or across its edge go. */
export function namedEvents(cands: Candidate[], text: string): void {
  namesInText(cands, text, NAMED_EVENTS, 'other', (words) => words);
  if (NUMBERED_LAW_WORD.test(text)) namesInText(cands, text, NUMBERED_LAW, 'other', (words) => words);
}

/** A bill or ballot measure by its number ("Senate Bill 1062", "SB 1062", "Amendment 64", "Proposition 8"): a law, no body. */
const NUMBERED_LAW = /\b(?:(?:Senate|House|Assembly) Bill|SB|HB|AB|Amendment|Proposition|Measure|Initiative) \d{1,4}\b/g;
/** The words `NUMBERED_LAW` needs, tested first. */
const NUMBERED_LAW_WORD = /\b(?:Bill|SB|HB|AB|Amendment|Proposition|Measure|Initiative) \d/;

/** A court case's name, parties either side of "v." ("Bush v. Gore", "Brown v. Board of Education"): one name of another kind. */
const CASE_NAME = /\b\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*\s+v\.\s+\p{Lu}[\p{L}'’-]*(?:\s(?:of\s)?\p{Lu}[\p{L}'’-]*)*/gu;

/** The "v." between a case's parties, which `CASE_NAME` requires. */
const CASE_MARK = /\sv\.\s/;

/** Words opening a sentence before a case's name, no party to it ("In Bush v. Gore"). */
const BEFORE_CASE = /^(?:(?:In|On|At|Under|After|Before|Since|With|And|But|The|From|By|For|To|Like|Unlike|Following|Citing)\s+)+/;

export function caseNames(cands: Candidate[], text: string): void {
  // Most texts cite no case: one scan for " v. " spares the name pattern's scan.
  if (!CASE_MARK.test(text)) return;
  const cases = [...text.matchAll(CASE_NAME)].map((m) => {
    const lead = BEFORE_CASE.exec(m[0])?.[0].length ?? 0;
    return { index: m.index! + lead, words: m[0].slice(lead) };
  });
  namesInText(cands, text, cases, 'other', (words) => words);
}

/** Bodies whose name opens with a lower-case particle the capitalised runs leave out ("al Qaeda", "al-Shabab"). */
const PARTICLE_BODIES = /\bal[- ](?:Qaeda|Qaida|Shabab|Shabaab|Nusra)\b/g;

export function particleBodies(cands: Candidate[], text: string): void {
  namesInText(cands, text, PARTICLE_BODIES, 'organization', (words) => ORGS[words] ?? `al-${words.slice(3)}`);
}

/** Each match of `pattern` (or each span given) as one name of `type`; the names found inside it or across its edge go. */
function namesInText(cands: Candidate[], text: string, pattern: RegExp | readonly { index: number; words: string }[], type: EntityType, nameOf: (words: string) => string): void {
  const found = pattern instanceof RegExp ? [...text.matchAll(pattern)].map((m) => ({ index: m.index!, words: m[0] })) : pattern;
  for (const m of found) {
    const start = m.index;
    const end = start + m.words.length;
    // A longer name holding the words stays ("the Arizona Super Bowl Host Committee", "the Sydney Olympics").
    if (cands.some((c) => c.start <= start && c.end >= end && c.end - c.start > end - start)) continue;
    const kept = cands.filter((c) => c.end <= start || c.start >= end);
    kept.push(candidate({ start, end, text: m.words }, type, nameOf(m.words), true));
    cands.splice(0, cands.length, ...kept);
  }
}

/** Small words a title of a work writes in lower case. */
const TITLE_SMALL_WORDS = '(?:the|of|a|an|and|or|in|on|to|for|by|at|with|from|about|is|are|be)';
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}’'.-]*|${TITLE_SMALL_WORDS})`;
/**
 * A title of a work between quote marks: title-case words only, the first capitalised, at most 15
 * ("“Face the Nation”", "“The Obama Girls Could Not Be More Bored by Their Dad’s Jokes.”").
 */
const QUOTED_TITLE = new RegExp(String.raw`(?<=(?:^|[\s(])[“"])(\p{Lu}[\p{L}\p{N}’'.-]*(?: ${TITLE_WORD}){1,14}?)[.,?!]?(?=[”"](?!\p{L}))`, 'gu');

/**
 * Bodies and places the tagger found inside the quoted title of a show, book or article are no
 * bodies or places of the story ("Nation" of CBS's “Face the Nation”, "Press" of “Meet the Press”):
 * they go, and the title is one name of another kind, and so does a lone word the tagger took for a person
 * (“Fox and Friends”). People named in a title stay, and so do names
 * the gazetteers know and a name that is the whole title (“Black Lives Matter”).
 */
/** A preposition or conjunction opening quoted words: a quoted fragment, not a title. */
const TITLE_OPENING_PREPOSITION = /^(?:With|In|On|At|For|From|By|To|And|But|Or|As|If)\s/;

export function quotedTitles(cands: Candidate[], text: string): void {
  if (!text.includes('"') && !text.includes('“')) return;
  for (const m of text.matchAll(QUOTED_TITLE)) {
    const title = m[1]!.replace(/[.,?!]$/, '');
    if ((title.match(/(?:^|\s)\p{Lu}/gu) ?? []).length < 2) continue;
    const start = m.index!;
    const end = start + title.length;
    const inside = (c: Candidate): boolean => c.start >= start && c.end <= end;
    // A lone word the tagger took for a person is a word of the title too (“Fox and Friends”), unless the article names that person outside it.
    // Not a titled person shouted or quoted (“President Obama”), nor words opening with a preposition (“With McCarthyism,” a senator was …).
    const loneWord = (c: Candidate): boolean => c.type === 'person' && !c.text.includes(' ') && !TITLE_OPENING_PREPOSITION.test(title)
      && !PERSON_TITLES.has(/(\S+)\s+$/.exec(text.slice(start, c.start))?.[1] ?? '')
      && !cands.some((o) => o.type === 'person' && !inside(o) && o.name.split(' ').includes(c.text));
    const stray = (c: Candidate): boolean => inside(c) && (c.type === 'organization' || c.type === 'place' || loneWord(c))
      && !(c.start === start && c.end === end) && !knownPlaceOrBody(c.text)
      // An acronym names its body wherever it stands (“Axios on HBO”, “Defeat ISIS”); a person's name is no body's piece (“On the Record with Greta Van Susteren”).
      && !/^\p{Lu}{2,5}$/u.test(c.text) && givenNameGender(c.text) === undefined;
    if (!cands.some(stray)) continue;
    const kept = cands.filter((c) => !stray(c));
    if (!kept.some(inside)) kept.push(candidate({ start, end, text: title }, 'other', title, true));
    cands.splice(0, cands.length, ...kept);
  }
}

/** An acronym right after a name spelled out: "(DACA)", ", or DACA,", ", known as TPS". */
const ACRONYM_AFTER = /^\s*(?:\(\s*|,\s+or\s+|,\s+known\s+as\s+)((?:[A-Z]\.?){2,8})(?=[\s),.;:]|$)/;
/** Lower-case words inside a spelled-out name, which give no letter to its acronym. */
const ACRONYM_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', 'to', 'in', '&']);
/** How far before a name's end its spelled-out words are looked for. */
const SPELLED_OUT_CHARS = 120;

/**
 * A name spelled out before its acronym is one name, whatever pieces the tagger made of it, and the
 * acronym is that name: "Deferred Action for Childhood Arrivals (DACA)", "Temporary Protected
 * Status (TPS)". The whole is a body when a word of it closes bodies' names or the tagger typed its
 * first piece one, else a name of another kind (a programme, a law).
 */
export function expandedAcronyms(cands: Candidate[], text: string): void {
  const found = new Map<string, { start: number; end: number }>();
  for (const c of cands) {
    const m = ACRONYM_AFTER.exec(text.slice(c.end, c.end + 24));
    if (m === null) continue;
    const letters = m[1]!.replace(/\./g, '');
    const start = spelledOutStart(text, c.end, letters);
    if (start !== null && !found.has(letters)) found.set(letters, { start, end: c.end });
  }
  for (const [letters, span] of found) {
    const inside = cands.filter((c) => c.start >= span.start && c.end <= span.end);
    const words = text.slice(span.start, span.end);
    const first = inside.find((c) => c.start === span.start);
    const type: EntityType = words.split(/\s+/).some((w) => RULE_ORG_KEYWORDS.has(w)) || first?.type === 'organization' ? 'organization' : 'other';
    const kept = cands.filter((c) => !inside.includes(c));
    kept.push(candidate({ start: span.start, end: span.end, text: words }, type, words, true));
    for (const c of kept) {
      if (c.text.replace(/\./g, '') !== letters) continue;
      c.type = type;
      c.name = words;
    }
    cands.splice(0, cands.length, ...kept);
  }
}

/** Where the words spelling `letters` start, ending at `end`: capitalised words for the letters, connectors between; null when they do not spell it. */
function spelledOutStart(text: string, end: number, letters: string): number | null {
  const from = Math.max(0, end - SPELLED_OUT_CHARS);
  const words = [...text.slice(from, end).matchAll(/[^\s]+/g)];
  let k = letters.length;
  let capitalised = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]![0];
    if (ACRONYM_CONNECTORS.has(w) && k < letters.length && k > 0) continue;
    if (!/^\p{Lu}[\p{L}'’-]*$/u.test(w) || k === 0 || w[0] !== letters[k - 1]) return null;
    k -= 1;
    capitalised += 1;
    if (k === 0) return capitalised >= 2 ? from + words[i]!.index! : null;
  }
  return null;
}
