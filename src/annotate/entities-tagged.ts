/** The trained tagger's candidates: its spans cut to the name they hold and named by the gazetteers. */
import type { EntityType, Sentence } from '../types.js';
import { candidate, type Candidate } from './entities-candidate.js';
import { ORGS, PEOPLES, PERSON_TITLES, PLACES, PLURAL_TITLES } from './entities-lexicon.js';
import { chamberSpans } from './entities-runs.js';
import { COUNTRY_NAMES, givenAndSurname, isOpenerWord, LANDFORM_LAST, LAW_NAME, MAX_PERSON_WORDS, NAME_PARTICLES, NOUN_ENDING, OCCUPATIONS, placeName, SPACE, STOP } from './entities-shapes.js';
import { STATE_ABBREVIATIONS } from './gazetteer/places.js';
import { NON_NAMES, OPENING_PREPOSITIONS, SPEECH_VERBS, WEEKDAYS } from './gazetteer/words.js';
import { tagEntities } from './ner-entities.js';
import type { NerModel } from './ner-model.js';
import type { TaggedEntity } from './ner-perceptron.js';
import { partitionPoint } from './partition-point.js';
import { NAME_SUFFIX } from './person-names.js';

/** Tagger types the annotator keeps; MISC (nationalities, events, works) is not a named thing of a brief. */
const MODEL_TYPES: Readonly<Partial<Record<TaggedEntity['type'], EntityType>>> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** The tagger took only the surname of a common given name and a surname ("INDIANAPOLIS - Ted| Cruz"). */
function surnameOnly(c: Candidate, pieces: readonly Candidate[]): boolean {
  const [only] = pieces;
  return pieces.length === 1 && only!.type === 'person' && only!.end === c.end && only!.start > c.start
    && c.text.split(' ').length === 2 && givenAndSurname(c.text);
}

/**
 * A full name the tagger split between two types ("Bill" a person, "Kristol" a place), or of which it
 * took only the surname, that the rules read as one person by its shape: the rules' person stands,
 * and the tagger's pieces go. Returns the tagger's candidates without those pieces; the rules'
 * person is made sure.
 */
export function rejoinSplitPeople(candidates: Candidate[], tagged: readonly Candidate[]): Candidate[] {
  // The tagger's spans come in text order: each rules' name finds its pieces by binary search.
  const starts = tagged.map((t) => t.start);
  const dropped = new Set<Candidate>();
  for (const c of candidates) {
    if (c.guess !== true || c.type !== 'person' || !c.text.includes(' ')) continue;
    const pieces: Candidate[] = [];
    for (let i = partitionPoint(starts.length, (k) => starts[k]! < c.start); i < tagged.length && tagged[i]!.start < c.end; i += 1) {
      if (tagged[i]!.end <= c.end && !dropped.has(tagged[i]!)) pieces.push(tagged[i]!);
    }
    if (!surnameOnly(c, pieces)) {
      if (pieces.length < 2 || !pieces.some((t) => t.type === 'person') || pieces.every((t) => t.type === 'person')) continue;
      if (pieces[0]!.start !== c.start || pieces[pieces.length - 1]!.end !== c.end) continue;
    }
    c.guess = false;
    c.sure = true;
    for (const t of pieces) dropped.add(t);
  }
  return dropped.size === 0 ? [...tagged] : tagged.filter((t) => !dropped.has(t));
}

/** Whether `[start, end)` overlaps any of the spans, by binary search over them sorted by start. */
export function overlapTest(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((c) => c.start);
  // The furthest end among the spans up to each one.
  const reach: number[] = [];
  for (const c of sorted) reach.push(Math.max(c.end, reach[reach.length - 1] ?? -Infinity));
  return (start, end) => {
    const lo = partitionPoint(starts.length, (i) => starts[i]! < end);
    // Some span starting before `end` ends after `start`.
    return lo > 0 && reach[lo - 1]! > start;
  };
}

/** An occupation before a name of two words or more, or alone, in the tagger's person span. */
const OCCUPATION_LEAD = new RegExp(`^(?:${[...OCCUPATIONS].join('|')})(?:\\s+(?=\\p{Lu}\\S*\\s+\\p{Lu})|$)`, 'u');

/** A plural title before the first of several names ("Senators Amy Klobuchar", "Reps. Jim Jordan"). */
const PLURAL_TITLE_LEAD = /^(?:Senators|Sens\.|Representatives|Reps\.|Governors|Govs\.|Congressmen|Congresswomen|Justices|Judges|Presidents|Generals)\s+(?=\p{Lu}\p{Ll})/u;

/** A health law's or programme's name: a name and "care" ("Obamacare", "ObamaCare", "Trumpcare", "Medicare"). */
const CARE_LAW = /^\p{Lu}\p{Ll}+[cC]are$/u;

/** A title the tagger typed a body ("Senate Majority Leader", "House Minority Whip", "FBI Special Agent"): a title, named by the person after it. */
const TITLE_AS_BODY_LAST = /\s(?:Leader|Whip|Agent|Spokesman|Spokeswoman|Spokesperson)$/;

/** A word starting in lower case. */
const STARTS_LOWER = /^\p{Ll}/u;

/** The tagger's people, organisations and places, named by the gazetteers when they know them. */
export function modelCandidates(
  text: string, sentences: readonly Sentence[], model: NerModel, knownByAlias: ReadonlyMap<string, string>, names: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const tagged of withNounTailsJoined(tagEntities(text, sentences, model), text)) {
    let type = MODEL_TYPES[tagged.type];
    // Of the tagger's MISC only a law or a treaty is kept: the brief lists them ("North American Free Trade Agreement").
    if (type === undefined && (tagged.type !== 'MISC' || !LAW_NAME.test(text.slice(tagged.start, tagged.end)))) continue;
    let trimmed = withoutEdgeMarks(withoutClosingConnector(withoutOpeningPreposition(withoutSentenceStop(tagged, text), text), text), text);
    if (trimmed === null) continue;
    // A title and "of" opening a body's span are the title's ("CEO of| World Wrestling Entertainment").
    const titleOf = type === 'organization' ? TITLE_OF_LEAD.exec(text.slice(trimmed.start, trimmed.end)) : null;
    if (titleOf !== null && PERSON_TITLES.has(titleOf[1]!)) trimmed = { ...trimmed, start: trimmed.start + titleOf[0].length };
    // "Senators Amy Klobuchar of Minnesota": a plural title opens a list of people, whatever the tagger typed.
    const plural = type !== undefined ? PLURAL_TITLE_LEAD.exec(text.slice(trimmed.start, trimmed.end)) : null;
    if (plural !== null) {
      const start = trimmed.start + plural[0].length;
      trimmed = withoutClosingConnector({ ...trimmed, start, text: text.slice(start, trimmed.end) }, text);
      if (trimmed === null) continue;
      type = 'person';
    }
    if (type === undefined) {
      out.push(candidate({ start: trimmed.start, end: trimmed.end, text: text.slice(trimmed.start, trimmed.end) }, 'other', text.slice(trimmed.start, trimmed.end), true));
      continue;
    }
    const e = withoutTimeTail(withoutTrailingDay(type === 'organization' ? bodyNameSpan(beforeSpeechVerb(trimmed, text), text)
      : type === 'place' ? withoutLowerTail(withoutPossessive(trimmed, text), text) : withoutPossessive(trimmed, text), text), text);
    if (e === null) continue;
    if (type === 'organization' && COUNTRY_NAMES.has(text.slice(e.start, e.end))) type = 'place';
    // "Cape Canaveral", "Mount Rainier": a landform's word opening a name makes it a place, whatever the tagger typed.
    if (type === 'person' && (LANDFORM_FIRST.test(text.slice(e.start, e.end)) || LANDFORM_LAST.test(text.slice(e.start, e.end)))) type = 'place';
    for (const found of type === 'person' ? personSpans(e, text, names) : type === 'organization' ? chamberSpans(e, text) : [e]) {
      // "Journalist Charlie Rose", "Pollster": an occupation capitalised before a name is no part of it, and alone names no one.
      const lead = type === 'person' ? OCCUPATION_LEAD.exec(text.slice(found.start, found.end)) : null;
      if (lead !== null && lead[0].length === found.end - found.start) continue;
      const span = lead === null ? found : { start: found.start + lead[0].length, end: found.end };
      const words = text.slice(span.start, span.end);
      // A party tag or a title alone names no one, whatever the tagger typed it ("D-Mass", "Rev.", "Sens").
      // The tagger's span may leave out a title's period ("Maj| Frederick Sturckow").
      // Nor does a nationality alone, left of "the Italian| government" once its noun is cut, or a region's people ("North Koreans").
      if (PARTY_TAG.test(words) || PERSON_TITLES.has(words) || PERSON_TITLES.has(`${words}.`) || PLURAL_TITLES.has(words) || isGroupWord(words) || isOpenerWord(words)
        || (type === 'organization' && (PEOPLES.has(words) || TITLE_AS_BODY_LAST.test(words))) || isRegionalPeople(words)) continue;
      // "Obamacare", "Trumpcare": a health law's nickname, whatever the tagger typed it.
      if (CARE_LAW.test(words)) {
        out.push(candidate({ start: span.start, end: span.end, text: words }, 'other', words, true));
        continue;
      }
      // A body the rules know by name is one, whatever the tagger typed it ("Wal-Mart" as a place).
      const spanType = ORGS[words] !== undefined && !PLACES.has(words) ? 'organization' : type;
      const name = spanType === 'person' ? (knownByAlias.get(words) ?? words) : spanType === 'place' ? placeName(words) : (ORGS[words] ?? words);
      out.push({ start: span.start, end: span.end, text: words, type: spanType, name, sure: true, guess: false });
    }
  }
  return out;
}

/** A lower-case verb of saying inside a span, and what follows it ("The Times| reports Liz Cheney"). */
const SPEECH_VERB_INSIDE = new RegExp(`\\s+(?:${[...SPEECH_VERBS].filter((v) => /^[a-z]+$/.test(v)).join('|')}|reports|reported)\\s.*$`, 's');

/** A body's span cut before a verb of saying the tagger ran it over: the words after it are the report's subject. */
function beforeSpeechVerb<T extends { start: number; end: number }>(span: T, text: string): T {
  return endBefore(span, text, SPEECH_VERB_INSIDE);
}

/** A landform's word, then more of a name ("Cape Canaveral", "Mount Rainier", "Lake Tahoe", "Gulf of Mexico"). */
const LANDFORM_FIRST = /^(?:Cape|Mount|Mt\.|Lake|Gulf|Isle|Bay|Glacier)\s+(?:of\s+)?\p{Lu}/u;

/** A span's first word and the space after it. */
const FIRST_WORD = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu})/u;
/** A word of four letters or more and a stop closing a span. */
const WORD_AND_STOP = /(\p{Lu}?\p{Ll}{3,})\.$/u;
/** Abbreviations of four letters or more that close names with their stop ("Corp.", "Bros."). */
const LONG_ABBREVIATIONS: ReadonlySet<string> = new Set(['Corp', 'Bros', 'Dept', 'Assn', 'Govt', 'Intl', 'Natl', 'Univ', 'Prof', 'Capt', 'Supt', 'Atty', 'Cmdr', 'Comdr', 'Sens', 'Reps', 'Govs']);

/** A sentence's stop the tagger took in is no part of the name ("the Democratic-led Senate.| The Senate …"). */
function withoutSentenceStop<T extends { start: number; end: number }>(span: T, text: string): T {
  if (text.charCodeAt(span.end - 1) !== STOP) return span;
  const stop = WORD_AND_STOP.exec(text.slice(Math.max(span.start, span.end - 20), span.end));
  if (stop === null || LONG_ABBREVIATIONS.has(stop[1]!) || STATE_ABBREVIATIONS[stop[1]!] !== undefined) return span;
  return { ...span, end: span.end - 1 };
}

/** A word, "of" and maybe "the" opening a span, before a capitalised word ("CEO of "). */
const TITLE_OF_LEAD = /^(\S+)\s+of\s+(?:the\s+)?(?=\p{Lu})/u;
/** A lower-case article opening a span, before a capitalised word. */
const LOWER_ARTICLE = /^(?:the|a|an)\s+(?=\p{Lu})/u;

/** A tagged span without the preposition opening it ("Aboard Endeavour" → "Endeavour"). */
function withoutOpeningPreposition<T extends { start: number; end: number }>(span: T, text: string): T {
  // A lower-case article the tagger took in is no part of the name ("the| Times").
  const article = LOWER_ARTICLE.exec(text.slice(span.start, span.end));
  if (article !== null) return { ...span, start: span.start + article[0].length };
  const first = FIRST_WORD.exec(text.slice(span.start, span.end));
  return first !== null && OPENING_PREPOSITIONS.has(first[1]!) ? { ...span, start: span.start + first[0].length } : span;
}

/** A lower-case connector closing a span: no name ends on it ("the Republican-controlled Congress of| 1953"). */
const CLOSING_CONNECTOR = /\s+(?:of|for|and|on|at|in|to|the)$/;

/** A tagged span without the connector the tagger ran it into. */
function withoutClosingConnector<T extends { start: number; end: number }>(span: T, text: string): T {
  return endBefore(span, text, CLOSING_CONNECTOR);
}

/** A lower-case "the" right before a name. */
const THE_BEFORE = /(?:^|[^\p{L}])the\s+$/u;

/**
 * One capitalised word between a lower-case "the" and a punctuation mark is a place or thing
 * ("watched the ceremony on the Mall, said …"), not a person, unless the article names a person with
 * that surname.
 */
export function namedWithThe(c: Candidate, cands: readonly Candidate[], text: string): boolean {
  if (c.type !== 'person' || c.text.includes(' ') || !THE_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start))) return false;
  // "the Obama administration": the name qualifies the noun after it.
  if (!/^[,.;:!?)]/.test(text.slice(c.end, c.end + 1))) return false;
  return !cands.some((d) => d.type === 'person' && d.text.endsWith(` ${c.text}`));
}

/** Between two parts of one name: a space, or capitalised words the tagger left out ("Free| Trade |Agreement"). */
const NAME_GAP = /^(?: \p{Lu}\p{L}*){0,2} $/u;

/**
 * A one-word person the tagger split off the end of another name ("North American Free| Trade |Agreement",
 * "Western| Journalism") is that name's last word: the two are one span of the other's type.
 */
function withNounTailsJoined(tagged: readonly TaggedEntity[], text: string): TaggedEntity[] {
  const out: TaggedEntity[] = [];
  for (const t of tagged) {
    const last = out[out.length - 1];
    if (last !== undefined && t.type === 'PER' && last.type !== 'PER' && NAME_GAP.test(text.slice(last.end, t.start))
      && NOUN_ENDING.test(text.slice(t.start, t.end)) && !/\s/.test(text.slice(t.start, t.end))) {
      out[out.length - 1] = { ...last, end: t.end };
    } else out.push(t);
  }
  return out;
}

/** Lower-case words closing an organisation's span ("Interfax news", "Goteborg city"). */
const LOWER_TAIL = /(?:\s+\p{Ll}[\p{L}-]*)+$/u;
/** A local government's noun after "city", "county", … ("Goteborg city council"): the body is the council, named with it. */
const LOCAL_BODY_NEXT = /^\s+(?:council|government|hall|assembly|legislature|police)\b/;
/** The lower-case word of a local government's name ("city" of "Goteborg city council"). */
const LOCAL_WORD = /\s(?:city|town|county|municipal|provincial|regional|state)$/;

/**
 * An organisation's span as the body's name when the tagger stopped before its noun: without words
 * that only describe it ("the Interfax news agency" names Interfax), or with the noun of a local
 * government whose name the words begin ("the Goteborg city council" is the Goteborg city council,
 * not the city).
 */
function bodyNameSpan<T extends { start: number; end: number }>(span: T, text: string): T {
  const local = LOCAL_WORD.test(text.slice(span.start, span.end)) ? LOCAL_BODY_NEXT.exec(text.slice(span.end, span.end + 20)) : null;
  if (local !== null) return { ...span, end: span.end + local[0].length };
  return withoutLowerTail(span, text);
}

/** A span without the lower-case words closing it: no name ends on one ("the House| floor", "the Unity| docking port"). */
function withoutLowerTail<T extends { start: number; end: number }>(span: T, text: string): T {
  const tail = LOWER_TAIL.exec(text.slice(span.start, span.end));
  return tail === null || tail.index === 0 ? span : { ...span, end: span.start + tail.index };
}

/** A capitalised preposition of time inside a title-case headline's run: no name goes on past it ("WikiLeaks| During Campaign"). */
const TIME_PREPOSITION = / (?:During|After|Before|Amid|Despite|Following|Ahead) /;

/** The span cut before a preposition of time inside it; null when nothing is left before it. */
function withoutTimeTail<T extends { start: number; end: number }>(span: T, text: string): T | null {
  const m = TIME_PREPOSITION.exec(text.slice(span.start, span.end));
  if (m === null) return span;
  return m.index === 0 ? null : { ...span, end: span.start + m.index };
}

/** Quote marks (newswire's backticks too), dashes and an unpaired bracket at either end of a tagger's span ("Kristol —", a lone "”", "`", "Smoothie ("): not part of a name. */
const LEADING_MARKS = /^[\s"“”‘’'`\-–—)]+/u;
const TRAILING_MARKS = /[\s"“”‘’'`\-–—(]+$/u;

/** An ASCII letter or digit, or any character past ASCII but the quote marks, dashes and spaces cut below. */
function isNameEdge(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e;
  return !(c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a));
}

/** The span without quote marks and dashes at its ends; null when nothing else is left. */
function withoutEdgeMarks<T extends { start: number; end: number }>(span: T, text: string): T | null {
  // Most spans start and end with a letter or digit: nothing to cut, no copy made.
  if (isNameEdge(text.charCodeAt(span.start)) && isNameEdge(text.charCodeAt(span.end - 1))) return span;
  const words = text.slice(span.start, span.end);
  const lead = LEADING_MARKS.exec(words)?.[0].length ?? 0;
  const trail = TRAILING_MARKS.exec(words)?.[0].length ?? 0;
  if (lead === 0 && trail === 0) return span;
  return lead + trail >= words.length ? null : { ...span, start: span.start + lead, end: span.end - trail };
}

/**
 * A people named by the plural of their demonym or faith ("Muslims", "Democrats"): a group, not a
 * person or body; so are a region's adjective ("Middle Eastern terrorists") and a movement's followers ("Tea Partiers").
 */
function isGroupWord(words: string): boolean {
  return (words.endsWith('s') && PEOPLES.has(words.slice(0, -1))) || REGION_ADJECTIVE.test(words) || FOLLOWERS.test(words);
}
/** Followers of a movement, named by its name and a plural ("Tea Partiers", "Never Trumpers"). */
const FOLLOWERS = /^(?:Tea Partiers|Never Trumpers|Occupiers|Birthers|Truthers)$/;
const REGION_ADJECTIVE = /^(?:Middle|Far|Near) Eastern$/;

/** A region's people: a side of the world and a people in the plural ("North Koreans", "Southeast Asians"). */
const REGIONAL_PEOPLE = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Southeast|Southwest|Northeast|Northwest)\s(\p{Lu}\p{Ll}+s)$/u;

function isRegionalPeople(words: string): boolean {
  const m = REGIONAL_PEOPLE.exec(words);
  return m !== null && isGroupWord(m[1]!);
}

/** A party and state after a politician's name ("R-Calif.", "D-Penn", "R-S.C."), which the tagger reads as a person. */
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]*$/;
/** A possessive ending ("'s", "’s") that the tagger ran a name into ("the North's denuclearization"). */
const POSSESSIVE_END = /\s*['’]s$/;

/**
 * A lower-case word next that is not a function word: the thing a possessive owner owns ("the North's
 * denuclearization"), where a name ending in "'s" is followed by a preposition or a verb's
 * auxiliary ("at Lord's on Thursday", "Lord's is full").
 */
const OWNED_WORD_NEXT = /^\s+(?!(?:on|in|at|to|of|for|from|with|by|and|or|but|as|is|was|were|are|has|had|have|will|would|this|that|the|a|an)\b)\p{Ll}/u;

/**
 * The tagger's span without a possessive ending when the thing owned follows: "the North's
 * denuclearization" names the North. A name that ends in "'s" ("at Lord's, where …", "at Lord's
 * on Thursday") keeps it.
 */
function withoutPossessive<T extends { start: number; end: number }>(span: T, text: string): T {
  if (text.charCodeAt(span.end - 1) !== 0x73) return span;
  const m = POSSESSIVE_END.exec(text.slice(span.start, span.end));
  if (m === null || m.index === 0 || !OWNED_WORD_NEXT.test(text.slice(span.end, span.end + 12))) return span;
  return { ...span, end: span.start + m.index };
}

/** A day word ending a span of several words ("the Asian Development Bank Monday"). */
const TRAILING_DAY = new RegExp(`\\s+(?:${WEEKDAYS.join('|')})$`);

/** The tagger's span without a day it ran into ("asked the Asian Development Bank Monday to stop"). */
function withoutTrailingDay<T extends { start: number; end: number }>(span: T, text: string): T {
  return endBefore(span, text, TRAILING_DAY);
}

/** A span ending where `pattern` first matches inside it, unless that leaves nothing. */
function endBefore<T extends { start: number; end: number }>(span: T, text: string, pattern: RegExp): T {
  const m = pattern.exec(text.slice(span.start, span.end));
  return m === null || m.index === 0 ? span : { ...span, end: span.start + m.index };
}

/** People the rules name in the article (in full, and by surname) and the known people's names and aliases. */
export function ruleNames(candidates: readonly Candidate[], knownByAlias: ReadonlyMap<string, string>): Set<string> {
  const names = new Set(knownByAlias.keys());
  for (const c of candidates) {
    if (c.type !== 'person' || !c.text.includes(' ')) continue;
    names.add(c.text);
    // The surname, not a suffix after it ("Downey" of "Robert Downey Jr.", never "Jr.").
    const words = c.text.split(' ');
    while (words.length > 1 && NAME_SUFFIX.test(words[words.length - 1]!)) words.pop();
    if (words.length > 1) names.add(words[words.length - 1]!);
  }
  return names;
}

/** Words `i` to `i + n` of a span joined by spaces (read from the text when they are one space apart there). */
function phraseOf(text: string, words: readonly { word: string; start: number; end: number }[], singleSpaced: boolean, i: number, n: number): string {
  return singleSpaced ? text.slice(words[i]!.start, words[i + n - 1]!.end) : words.slice(i, i + n).map((w) => w.word).join(' ');
}

/** The words of a tagger's span, one at a time. */
const SPAN_WORD = /\S+/g;

/** A word no personal name contains: a speech verb ("Graham Says"), a weekday or function word, a lower-case word. */
function isNonNameWord(word: string): boolean {
  return SPEECH_VERBS.has(word.toLowerCase()) || NON_NAMES.has(word) || (STARTS_LOWER.test(word) && !NAME_PARTICLES.has(word));
}

/**
 * The tagger's person span, or the rules' names inside it when it runs past them: title-case
 * headlines ("Lindsey Graham Says Trump …") and speech verbs ("Walker said") make the tagger's
 * person longer than the name, and the rules' name is the one the article's quotes resolve to.
 * Given names before a known surname stay ("Chelsea Clinton", "Harry M. Reid").
 */
function personSpans(span: { start: number; end: number }, text: string, names: ReadonlySet<string>): { start: number; end: number }[] {
  const words: { word: string; start: number; end: number }[] = [];
  const region = text.slice(span.start, span.end);
  // `exec` on the shared global pattern (it never matches empty): the words `matchAll` would find, without its iterator.
  SPAN_WORD.lastIndex = 0;
  for (let m = SPAN_WORD.exec(region); m !== null; m = SPAN_WORD.exec(region)) words.push({ word: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length });
  // Words one space apart read as a phrase straight from the text.
  let singleSpaced = true;
  for (let k = 1; k < words.length; k += 1) if (words[k]!.start !== words[k - 1]!.end + 1 || text.charCodeAt(words[k - 1]!.end) !== SPACE) singleSpaced = false;
  const matches: { from: number; to: number }[] = [];
  for (let i = 0; i < words.length;) {
    let n = Math.min(MAX_PERSON_WORDS, words.length - i);
    while (n > 0 && !names.has(phraseOf(text, words, singleSpaced, i, n))) n -= 1;
    if (n > 0) matches.push({ from: i, to: i + n });
    i += Math.max(n, 1);
  }
  const bad = words.findIndex((w) => isNonNameWord(w.word));
  const only = matches.length === 1 ? matches[0]! : null;
  if (matches.length === 0 || (only !== null && only.to === words.length && (bad < 0 || bad >= only.from))) {
    // No rules' name inside, or a full name ending in one: the tagger's span, cut before any word no name contains.
    const keep = bad < 0 ? words.length : bad;
    if (keep > 0 && keep <= MAX_PERSON_WORDS) return [{ start: span.start, end: words[keep - 1]!.end }];
  }
  return matches.map((m) => ({ start: words[m.from]!.start, end: words[m.to - 1]!.end }));
}
