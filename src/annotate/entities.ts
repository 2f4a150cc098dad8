/**
 * Rule-based recogniser of people, organisations and places, with aliases inside one article.
 *
 * Capitalised word runs are the candidates; context decides the type (a title before, a speech verb
 * after, an apposition such as ", a Russia expert", an organisation keyword at the end, the place
 * gazetteer). A surname or given name alone is the person named in full elsewhere in the article.
 * Written by hand because no package installable here ships named-entity types for people,
 * organisations and places at this speed (compromise misses most non-Western names and loads slowly).
 */
import type { Article, EntityMention, EntityType, LocalEntity, Sentence } from '../types.js';
import { commonWords } from './common-words.js';
import { COMPANY_NAME_END, COMPANY_SUFFIX_WORDS } from './company-names.js';
import { COUNTRIES, CITIES_AND_REGIONS, PLACE_ALIASES, PLACE_PREFIXES, STATE_ABBREVIATIONS } from './gazetteer/places.js';
import { KNOWN_PEOPLE } from './gazetteer/people.js';
import {
  DAY_WORDS, DEMONYMS, KNOWN_ORGS, MONTH_ABBREVIATIONS, MONTHS, NAME_CONNECTORS, NON_NAMES, OPENING_PREPOSITIONS, ORG_KEYWORDS, PROGRAMME_NOUNS, ROLE_NOUNS, SPEECH_VERBS, SPOKEN_OPENERS, TITLES, WEEKDAYS,
} from './gazetteer/words.js';
import { holdsWord, tokenize, type Token } from './tokens.js';
import { tagEntities } from './ner-entities.js';
import { loadNerModel, type NerModel } from './ner-model.js';
import type { TaggedEntity } from './ner-perceptron.js';
import { partitionPoint } from './partition-point.js';
import { givenNameGender } from './quotes-gender.js';
import { CLOSING_NAME_SUFFIX, NAME_SUFFIX } from './person-names.js';

export interface EntityAnnotatorOptions {
  /** Extra people known by surname (name + aliases), e.g. a newsroom's own list. */
  readonly people?: readonly { readonly name: string; readonly aliases: readonly string[] }[];
  /**
   * The statistical tagger that finds the names the rules cannot type (default: the shipped
   * weights, models/ner-perceptron.bin.gz, loaded on the first article); `false` keeps the rules alone.
   */
  readonly model?: NerModel | false;
}

/** Tagger types the annotator keeps; MISC (nationalities, events, works) is not a named thing of a brief. */
const MODEL_TYPES: Readonly<Partial<Record<TaggedEntity['type'], EntityType>>> = { PER: 'person', ORG: 'organization', LOC: 'place' };

interface Candidate {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  name: string;
  /** How sure the type is: titles and gazetteers are sure, a lone capitalised word is not. */
  sure: boolean;
  /** Typed by the shape of the words alone (an acronym, two name-like words): the tagger knows better. */
  guess: boolean;
}

/**
 * A candidate over a span's words. Every candidate is built with the same fields in the same order
 * (no `{ ...span, … }`, which gives each object a hidden class of its own in V8 and leaves the code
 * reading candidates megamorphic).
 */
function candidate(span: { start: number; end: number; text: string }, type: EntityType, name: string, sure: boolean, guess = false): Candidate {
  return { start: span.start, end: span.end, text: span.text, type, name, sure, guess };
}

/**
 * Bodies the rules know by name. The trained tagger's gazetteer feature reads `KNOWN_ORGS` as it was
 * trained; names added after training live here so the tagger's features stay as they were.
 */
const ORGS: Readonly<Record<string, string>> = {
  ...KNOWN_ORGS, 'Agence France-Presse': 'Agence France-Presse', 'Agence France Presse': 'Agence France-Presse',
  // Internet services, carriers, online outlets and companies the tagger, trained on 1996 newswire, never met or typed otherwise ("Skype" and "Gmail" were people).
  ...Object.fromEntries(['YouTube', 'Skype', 'Gmail', 'Yahoo', 'AOL', 'PalTalk', 'Instagram', 'WhatsApp', 'Snapchat', 'LinkedIn', 'Reddit',
    'Tumblr', 'Netflix', 'Uber', 'Airbnb', 'eBay', 'PayPal', 'Hotmail', 'Verizon', 'Comcast', 'BuzzFeed', 'Politico', 'Gawker',
    'Axios', 'Breitbart', 'Mediaite', 'Newsmax', 'TMZ', 'Vox', 'Walmart', 'Mobil', 'Exxon'].map((n) => [n, n])), 'Wal-Mart': 'Walmart',
  'Freedom to Marry': 'Freedom to Marry', 'Al Qaeda': 'al-Qaeda', 'al Qaeda': 'al-Qaeda', 'al-Qaeda': 'al-Qaeda', 'Al-Qaeda': 'al-Qaeda', 'Al Qaida': 'al-Qaeda', 'al-Qaida': 'al-Qaeda',
  'Islamic State': 'Islamic State', 'ISIS': 'Islamic State', 'ISIL': 'Islamic State',
  'Christian Science Monitor': 'Christian Science Monitor', 'Veterans of Foreign Wars': 'Veterans of Foreign Wars', Newsweek: 'Newsweek',
  Harvard: 'Harvard University', Yale: 'Yale University',
};


/** Words in lower case only, no name ("bureau" of "The bureau said", once its "The" is cut). */
const LOWER_CASE_WORDS = /^\p{Ll}+(?:\s+\p{Ll}+)*$/u;

/**
 * A state's abbreviation with neither its stop nor a city or party tag before it is a word of
 * another name ("Xu's lawyer, Mo said": Mo Shaoping, not Missouri); "Kansas City, Mo", "(D-Mass)" stay.
 */
function bareStateAbbreviation(c: Candidate, text: string, cands: readonly Candidate[]): boolean {
  if (c.type !== 'place' || STATE_ABBREVIATIONS[c.text] === undefined || /^\s*\./.test(text.slice(c.end, c.end + 3)) || text[c.start - 1] === '-') return false;
  const comma = /,\s*$/.exec(text.slice(Math.max(0, c.start - 3), c.start));
  return comma === null || !cands.some((p) => p.type === 'place' && /^\s*$/.test(text.slice(p.end, c.start - comma[0].length)) && p.end <= c.start);
}

/**
 * Seas by their parts, the planet itself and Capitol Hill ("above the South Pacific", "240 miles
 * above the Earth", "nervousness on Capitol Hill"), which the tagger reads as bodies or people.
 * Read by the rules only, as the abbreviations above.
 */
const GEOGRAPHY: readonly string[] = [
  'Earth', 'Capitol Hill', 'Pacific Rim', ...['North', 'South', 'East', 'West', 'Central', 'Western', 'Eastern', 'Northern', 'Southern']
    .flatMap((side) => ['Pacific', 'Atlantic'].map((sea) => `${side} ${sea}`)),
];

/** Spellings 1990s wire copy used for places the gazetteer names otherwise ("Kazakstan" for Kazakhstan). */
const OLDER_SPELLINGS: Readonly<Record<string, string>> = {
  Kazakstan: 'Kazakhstan', Kirghizia: 'Kyrgyzstan', Byelorussia: 'Belarus', Bombay: 'Mumbai', Calcutta: 'Kolkata', Madras: 'Chennai',
  Peking: 'Beijing', Rangoon: 'Yangon',
};

/**
 * Cities the gazetteer lacks: a place where the tagger saw a person ("Minneapolis", "Lockerbie").
 * Not where it saw a body: a city's name is its sports team's too ("Baltimore beat Cleveland").
 * Names that are as often a person's ("Charlotte", "Madison", "Austin", "Columbus", "Ferguson",
 * "Milan", "Sofia") or a word ("Phoenix", "Providence", "Buffalo") are left out.
 */
const MORE_CITIES: ReadonlySet<string> = new Set([
  'Minneapolis', 'St. Paul', 'Milwaukee', 'Cleveland', 'Cincinnati', 'Pittsburgh', 'Baltimore', 'Orlando', 'Tampa', 'Jacksonville',
  'Nashville', 'Memphis', 'Louisville', 'Indianapolis', 'St. Louis', 'Kansas City', 'Omaha', 'Tucson', 'Albuquerque', 'Las Vegas',
  'Salt Lake City', 'Sacramento', 'San Diego', 'San Jose', 'San Antonio', 'El Paso', 'Oklahoma City', 'Tulsa', 'New Orleans',
  'Anchorage', 'Honolulu', 'Des Moines', 'Little Rock', 'Baton Rouge', 'Fort Worth', 'Oakland', 'Fresno', 'Long Beach',
  'Kinshasa', 'Lockerbie', 'Dar es Salaam', 'Kampala', 'Kigali', 'Abuja', 'Accra', 'Dakar', 'Pretoria', 'Harare', 'Lusaka',
  'Luanda', 'Tunis', 'Benghazi', 'Rabat', 'Casablanca', 'Amman', 'Aleppo', 'Mosul', 'Basra', 'Jeddah', 'Sanaa', 'Muscat',
  'Abu Dhabi', 'Kuwait City', 'Manama', 'Bucharest', 'Belgrade', 'Zagreb', 'Sarajevo', 'Pristina', 'Skopje', 'Tirana',
  'Bratislava', 'Krakow', 'Vilnius', 'Riga', 'Tallinn', 'Kharkiv', 'Odessa', 'Donetsk', 'Chisinau', 'Tbilisi', 'Yerevan', 'Baku',
  'Almaty', 'Astana', 'Tashkent', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Kandahar', 'Karachi', 'Lahore', 'Peshawar', 'Bangalore',
  'Hyderabad', 'Dhaka', 'Kathmandu', 'Colombo', 'Ho Chi Minh City', 'Phnom Penh', 'Vientiane', 'Hiroshima', 'Auckland',
  'Guadalajara', 'Quito', 'Montevideo', 'Asuncion', 'Managua', 'Tegucigalpa', 'San Salvador', 'Guatemala City', 'Panama City',
  'San Juan', 'Port-au-Prince', 'Dublin', 'Belfast', 'Edinburgh', 'Glasgow', 'Liverpool', 'Barcelona', 'Naples', 'Marseille',
  'The Hague', 'Munich', 'Frankfurt', 'Hamburg', 'Reykjavik', 'Grozny', 'Novosibirsk', 'Ramallah', 'Hebron', 'Nablus', 'Davos',
  'Strasbourg', 'Mogadishu', 'Asmara', 'Bamako', 'Niamey', 'Tikrit', 'Fallujah', 'Ramadi', 'Raqqa', 'Idlib', 'Homs',
  'Goteborg', 'Gothenburg', 'Dili', 'Laramie', 'Brooklyn', 'Bronx', 'Queens', 'Staten Island', 'Harlem', 'Green Bay',
]);

const PLACES = new Map<string, string>([
  ...GEOGRAPHY.map((p): [string, string] => [p, p]),
  ...COUNTRIES.map((p): [string, string] => [p, p]),
  ...CITIES_AND_REGIONS.map((p): [string, string] => [p, PLACE_ALIASES[p] ?? p]),
  ...Object.entries(PLACE_ALIASES),
  ...Object.entries(STATE_ABBREVIATIONS).flatMap(([k, v]): [string, string][] => [[k, v], [`${k}.`, v]]),
  // Older wire spellings, kept out of the tagger's gazetteer feature so its features stay as trained.
  ...Object.entries(OLDER_SPELLINGS),
  // Sites whose words read as a person's ("Ground Zero" the tagger read as "Ground" and the person "Zero").
  ['Ground Zero', 'Ground Zero'],
]);
const PLACES_UPPER = new Map([...PLACES].map(([k, v]) => [k.toUpperCase(), v]));

/** Words closing a shop's name ("Joey’s Diner"), which close a body's name too. */
const SHOP_WORDS: readonly string[] = ['Diner', 'Restaurant', 'Cafe', 'Café', 'Grill', 'Tavern', 'Pub', 'Bakery', 'Steakhouse', 'Deli'];

/**
 * Last words that make a capitalised phrase a body, as the rules read them: the shared
 * `ORG_KEYWORDS` (a feature of the trained entity tagger, kept as it was trained) and more.
 */
const RULE_ORG_KEYWORDS: ReadonlySet<string> = new Set([
  ...ORG_KEYWORDS, 'Corps', 'Communications', 'Industries', 'Technologies', 'Pharmaceuticals', 'Motors', 'Enterprises', 'Laboratories',
  'Reserve', 'Reserves', ...SHOP_WORDS,
]);

/**
 * Peoples by their nationality words, for the rules that read a lone word or plural as a group, not a
 * name ("Malaysians", "Kuwaitis", "Congolese"): the shared `DEMONYMS` (a feature of the trained
 * entity tagger, kept as it was trained) and more.
 */
const PEOPLES: ReadonlySet<string> = new Set([
  ...DEMONYMS, 'Malaysian', 'Kuwaiti', 'Filipino', 'Thai', 'Malay', 'Congolese', 'Uzbek', 'Kazakh', 'Afghan', 'Iraqi',
  'Saudi', 'Egyptian', 'Libyan', 'Lebanese', 'Jordanian', 'Yemeni', 'Somali', 'Sudanese', 'Ethiopian', 'Kenyan',
  'Nigerian', 'Rwandan', 'Ugandan', 'Tanzanian', 'Zimbabwean', 'Angolan', 'Algerian', 'Moroccan', 'Tunisian',
  'Indonesian', 'Vietnamese', 'Cambodian', 'Burmese', 'Bangladeshi', 'Nepalese', 'Mongolian', 'Tibetan', 'Taiwanese',
  'Mexican', 'Cuban', 'Venezuelan', 'Colombian', 'Peruvian', 'Chilean', 'Argentine', 'Argentinian', 'Bolivian',
  'Haitian', 'Guatemalan', 'Honduran', 'Salvadoran', 'Nicaraguan', 'Panamanian', 'Italian', 'Spanish', 'Portuguese',
  'Greek', 'Dutch', 'Belgian', 'Swiss', 'Austrian', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Polish', 'Czech',
  'Hungarian', 'Romanian', 'Bulgarian', 'Serbian', 'Croatian', 'Bosnian', 'Albanian', 'Kosovar', 'Armenian',
  'Azerbaijani', 'Chechen', 'Kurd', 'Kurdish', 'Turk', 'Scot', 'Irish', 'Australian', 'Sandinista', 'Sikh', 'Hindu',
  'Buddhist', 'Catholic', 'Protestant', 'Sunni',
]);

/** Words the gazetteers know as a place or a body, which the rules leave as they say. */
function knownPlaceOrBody(words: string): boolean {
  return PLACES.has(words) || ORGS[words] !== undefined;
}

/**
 * Titles that make the capitalised words after them a person's name. The shared `TITLES` are also a
 * feature of the trained entity tagger and stay as it was trained; these are read by the rules only:
 * "White House Counsel Bob Bauer", "Chief of Staff Rahm Emanuel", "Congressman Sestak".
 */
const PERSON_TITLES: ReadonlySet<string> = new Set([
  ...TITLES, 'Counsel', 'Staff', 'Congressman', 'Congresswoman', 'Adviser', 'Advisor', 'Sgt.', 'Sergeant', 'Adm.', 'Admiral',
  'Rev.', 'Reverend', 'Commissioner', 'Sheriff', 'Whip', 'CEO', 'Treasurer', 'Editor', 'Columnist', 'Anchor', 'Correspondent',
  'Officer', 'Chair', 'Tem', 'Agent', 'Historian', 'Detective', 'Inspector', 'Superintendent', 'Chaplain',
  'Maj.', 'Cmdr.', 'Cpl.', 'Pvt.', 'Brig.', 'Administrator', 'Commander', 'Coordinator', 'Envoy', 'Cong.',
  'Secretary-General', 'Director-General', 'Governor-General', 'Vice-President', 'Vice-Premier',
]);

/** Titles in the plural, before several names ("Sens. Warren and Sanders"). */
const PLURAL_TITLES: ReadonlySet<string> = new Set(['Sens', 'Sens.', 'Reps', 'Reps.', 'Govs', 'Govs.', 'Drs', 'Drs.']);

/** Longest place name in words, so multi-word places are tried before their parts. */
const MAX_NAME_WORDS = 8;
/** An apposition right after a name: ", a Russia expert at …", ", the spokesman". */
const APPOSITION = /^\s*,\s+(?:a|an|the|who|China's|Russia's)\b([^,.;]{0,60})/;

/**
 * Creates the annotator. It returns the article's entities, each with every mention and alias.
 */
export function createEntityAnnotator(options: EntityAnnotatorOptions = {}) {
  const known = [...KNOWN_PEOPLE, ...(options.people ?? [])];
  const knownByAlias = new Map<string, string>();
  for (const p of known) {
    knownByAlias.set(p.name, p.name);
    for (const a of p.aliases) knownByAlias.set(a, p.name);
  }

  // Loaded on the first article, not here: commands that build a pipeline but annotate nothing never pay for it.
  let model: NerModel | null | undefined = options.model === false ? null : options.model;

  return function annotateEntities(article: Article, sentences: readonly Sentence[]): LocalEntity[] {
    if (model === undefined) model = loadNerModel();
    const text = article.text;
    const sentenceStarts = new Set(sentences.map((s) => s.start));
    const tokens = tokenize(text);
    const candidates: Candidate[] = [];
    for (const run of capitalisedRuns(tokens, text)) {
      for (const part of splitAtConnectors(run)) {
        candidates.push(...classifyRun(part, text, sentenceStarts, knownByAlias));
      }
    }
    if (model !== null) {
      // Rules from titles, gazetteers and programme nouns win; a name typed only by its shape yields to the tagger.
      const taggedAll = modelCandidates(text, sentences, model, knownByAlias, ruleNames(candidates, knownByAlias));
      splitPersonOfOrganisation(candidates, taggedAll, text);
      const ruled = candidates.filter((c) => c.sure && c.guess !== true);
      const overlapsRuled = overlapTest(ruled);
      const tagged = rejoinSplitPeople(candidates, taggedAll.filter((t) => !overlapsRuled(t.start, t.end)));
      // Shape-only guesses give way to the tagger; a lone word stays a candidate for a full name named elsewhere.
      // A given name and a surname the tagger left without a name of its own (its span gave way to a ruled
      // name across it: "Historian Alan Brinkley of| Columbia University") stays.
      const overlapsTagged = overlapTest(tagged);
      const kept = candidates.filter((c) => c.guess !== true || (c.sure === false && c.type === 'person')
        || (c.type === 'person' && givenAndSurname(c.text) && !overlapsTagged(c.start, c.end)));
      candidates.splice(0, candidates.length, ...kept, ...tagged);
    }
    joinParticleNames(candidates, text, knownByAlias);
    joinSuffixedNames(candidates, text, knownByAlias);
    joinNicknamedNames(candidates, text);
    joinInitialNames(candidates, text, knownByAlias);
    joinSplitGivenNames(candidates, text, knownByAlias);
    withoutOfficeWord(candidates, text, knownByAlias);
    departmentsOfTitles(candidates, text);
    bodyPhrases(candidates, text, knownByAlias);
    postalStates(candidates, text);
    titledAsOther(candidates, text, knownByAlias);
    craftsAsOther(candidates, text);
    for (const c of candidates) {
      retypedByPlace(c, text);
      // A broadcast's name is a work, not its host ("The Mike Gallagher Show", "Tonight Show").
      if (SHOW_LAST.test(c.text)) c.type = 'other';
    }
    lawsAsOther(candidates);
    expandedAcronyms(candidates, text);
    partedAtCommas(candidates);
    joinedAtAmpersands(candidates, text);
    listedPeople(candidates, text);
    ownerAfterOf(candidates, text);
    namedEvents(candidates, text);
    particleBodies(candidates, text);
    caseNames(candidates, text);
    quotedTitles(candidates, text);
    resolveShortNames(candidates, knownByAlias, text, article.title);
    return groupEntities(candidates.filter((c) => c.sure && text[c.start - 1] !== '#' && text[c.start - 1] !== '@' && LETTER.test(c.text) && !LONE_ABBREVIATION.test(c.text) && !namedWithThe(c, candidates, text) && !commonWordAsPerson(c, text, sentenceStarts)
      && !bareStateAbbreviation(c, text, candidates) && !LOWER_CASE_WORDS.test(c.text) && !NAME_SUFFIX.test(c.text) && !familyOfNamed(c, candidates)));
  };
}

/**
 * A candidate's type as the places in and around it tell: a landform's word closing a name, a city
 * the gazetteer lacks where the tagger saw a person, or a state after a one-word name make a place
 * ("Roosevelt Island", "Lockerbie", "Hope, Ark."); "a South Carolina Republican", "an Iowa Democrat"
 * is the place of a party's member, not a place of that name ("The Wisconsin Republican says" stays
 * whole: a speaker described, whom the quote rules read; the story's entities list its place); "California Republicans", like "Texas
 * Democrats" or "House Republicans" (which the tagger may call a person), is a body.
 */
function retypedByPlace(c: Candidate, text: string): void {
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

/** "the Hunters", "the Clintons": a family called by the surname of a person the article names is no body or place. */
function familyOfNamed(c: Candidate, candidates: readonly Candidate[]): boolean {
  if (c.type === 'person' || c.text.includes(' ') || !c.text.endsWith('s')) return false;
  const surname = c.text.slice(0, -1);
  return candidates.some((p) => p.type === 'person' && p.text.includes(' ') && p.text.endsWith(` ${surname}`));
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
function commonWordAsPerson(c: Candidate, text: string, sentenceStarts: ReadonlySet<number>): boolean {
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

/** A party's member closing a place's name ("South Carolina| Republican"). */
export const PARTY_MEMBER_LAST = / (?:Republican|Democrat)$/;
/** A comma and a US state's name or abbreviation right after a name ("Hope, Ark.", "Hope, Arkansas"). */
const STATE_AFTER = new RegExp(`^,\\s+(?:${[...Object.keys(STATE_ABBREVIATIONS).map((k) => `${k.replace(/\./g, '\\.')}\\.`), ...new Set(Object.values(STATE_ABBREVIATIONS))].join('|')})(?![\\p{L}])`, 'u');

function stateAfter(text: string, end: number): boolean {
  return STATE_AFTER.test(text.slice(end, end + 20));
}

/** A word closing an institution's name and no surname ("George Washington University Hospital"). */
const INSTITUTION_LAST = /\s(?:University|College|School|Hospital|Church|Institute|Ministry|Committee|Commission|Department|Agency|Association|Foundation|Corporation|Company|Inc\.?|Corp\.?)$/;

/** A name has a letter ("@" alone is none). */
const LETTER = /\p{L}/u;
/** A saint's, a fort's or a mount's abbreviation left alone when the name after it went ("St. John’s Church"), or a rank's ("the No. 2 Republican"). */
const LONE_ABBREVIATION = /^(?:St|Ft|Mt|No)\.?$/;

/** Publications named by a place's word after "The". */
const PUBLICATIONS_WITH_THE: ReadonlySet<string> = new Set(['Atlantic', 'Hill']);

/** The word closing a broadcast's name ("The Mike Gallagher Show", "Andrea Mitchell Reports", "Tucker Carlson Tonight"). */
const SHOW_LAST = /\s(?:Show|Reports|Tonight)$/;

/**
 * A preposition of place right before a name ("in Green Bay, Wis."; not "of": "a picture of Melania"):
 * with a state after it a person's name is a town's, and a given name after it stays a place.
 */
const LOCATIVE_BEFORE = /\b(?:in|at|from|near|outside|to|into)\s+$/;

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
function rejoinSplitPeople(candidates: Candidate[], tagged: readonly Candidate[]): Candidate[] {
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
function overlapTest(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
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

/** Occupations news capitalises before a name opening a sentence ("Journalist Charlie Rose asked"): no part of the name. */
const OCCUPATIONS: ReadonlySet<string> = new Set([
  'Journalist', 'Historian', 'Pollster', 'Columnist', 'Commentator', 'Economist', 'Analyst', 'Activist', 'Novelist', 'Comedian',
  'Filmmaker', 'Businessman', 'Businesswoman', 'Billionaire', 'Entrepreneur', 'Philanthropist', 'Blogger', 'Strategist', 'Consultant',
  'Manager', 'Coach', 'Pitcher', 'Quarterback', 'Actor', 'Actress', 'Singer', 'Rapper', 'Author', 'Professor', 'Lawyer', 'Attorney',
]);
/** An occupation before a name of two words or more, or alone, in the tagger's person span. */
const OCCUPATION_LEAD = new RegExp(`^(?:${[...OCCUPATIONS].join('|')})(?:\\s+(?=\\p{Lu}\\S*\\s+\\p{Lu})|$)`, 'u');

/** A plural title before the first of several names ("Senators Amy Klobuchar", "Reps. Jim Jordan"). */
const PLURAL_TITLE_LEAD = /^(?:Senators|Sens\.|Representatives|Reps\.|Governors|Govs\.|Congressmen|Congresswomen|Justices|Judges|Presidents|Generals)\s+(?=\p{Lu}\p{Ll})/u;

/** A health law's or programme's name: a name and "care" ("Obamacare", "ObamaCare", "Trumpcare", "Medicare"). */
const CARE_LAW = /^\p{Lu}\p{Ll}+[cC]are$/u;

/** A title the tagger typed a body ("Senate Majority Leader", "House Minority Whip", "FBI Special Agent"): a title, named by the person after it. */
const TITLE_AS_BODY_LAST = /\s(?:Leader|Whip|Agent|Spokesman|Spokeswoman|Spokesperson)$/;

/** A personal name runs to at most this many words ("Martin Luther King Jr."); a longer tagger person is a title-case headline. */
const MAX_PERSON_WORDS = 4;
/** Lower-case words inside personal names ("Osama bin Laden", "Ursula von der Leyen"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'al', 'el', 'de', 'da', 'del', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'ter', 'dos', 'das']);
/** A word starting in lower case. */
const STARTS_LOWER = /^\p{Ll}/u;

/** The tagger's people, organisations and places, named by the gazetteers when they know them. */
function modelCandidates(
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

/** A landform's or a county's word closing a name ("Roosevelt Island", "Orange County"): a place, not a person. */
const LANDFORM_LAST = /\s(?:Island|Islands|Harbor|Harbour|River|Valley|Peninsula|Canyon|Desert|Strait|Falls|Creek|Heights|County|Mountains|Bridge|Tunnel|Stadium|Monastery|Cathedral|Square|Avenue|Boulevard|Highway|Turnpike|Expressway)$/;

/** The natural landforms of LANDFORM_LAST: no club or body is named by them. */
const NATURAL_LANDFORM_LAST = /\s(?:Island|Islands|Harbor|Harbour|River|Valley|Peninsula|Canyon|Desert|Strait|Falls|Creek|Mountains)$/;

/** Capitals written as words, not initials: five letters or more, or two words ("DES MOINES", "MUNICH"; not "DC", "I.R.S."). */
const CAPITALS_NAME = /^(?=.*[AEIOUY])[A-Z][A-Z'-]*(?:\s[A-Z][A-Z'-]*)*$/;

/** A place's name as a reader writes it: the gazetteer's, else an all-capitals dateline's words capitalised ("DES MOINES" is Des Moines). */
function placeName(words: string): string {
  const known = PLACES.get(words) ?? PLACES_UPPER.get(words);
  if (known !== undefined) return known;
  if (!CAPITALS_NAME.test(words) || (!words.includes(' ') && words.length < 5)) return words;
  return words.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

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
function namedWithThe(c: Candidate, cands: readonly Candidate[], text: string): boolean {
  if (c.type !== 'person' || c.text.includes(' ') || !THE_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start))) return false;
  // "the Obama administration": the name qualifies the noun after it.
  if (!/^[,.;:!?)]/.test(text.slice(c.end, c.end + 1))) return false;
  return !cands.some((d) => d.type === 'person' && d.text.endsWith(` ${c.text}`));
}

/** A common noun's ending, which no surname the tagger meets has ("Agreement", "Journalism"). */
const NOUN_ENDING = /\p{Ll}(?:ment|ism|tion|sion|ity|ness|ance|ence|ship|ology)$/u;

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

/**
 * Countries and their short forms ("US", "U.S."). The tagger reads a country before a title as an
 * organisation ("US President Donald Trump"); it is the place, as CoNLL-2003 marks it.
 */
const COUNTRY_NAMES: ReadonlySet<string> = new Set([...COUNTRIES, ...Object.entries(PLACE_ALIASES).filter(([, v]) => COUNTRIES.includes(v)).map(([k]) => k)]);
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
 * A lone word that opens sentences but names nothing ("For", "Well" after an opening quote mark,
 * where the tagger reads it as a name). Months stay: "May" is also a surname.
 */
function isOpenerWord(words: string): boolean {
  return SPOKEN_OPENERS.has(words) || (NON_NAMES.has(words) && !MONTHS.has(words));
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
function ruleNames(candidates: readonly Candidate[], knownByAlias: ReadonlyMap<string, string>): Set<string> {
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

const SPACE = 0x20;
const COMMA = 0x2c;
const STOP = 0x2e;

/** Runs of capitalised tokens joined only by spaces (and connectors inside organisation names). */
function capitalisedRuns(tokens: readonly Token[], text: string): Token[][] {
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
function splitAtConnectors(run: Token[]): Token[][] {
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
function chamberSpans(e: { start: number; end: number }, text: string): { start: number; end: number }[] {
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

function classifyRun(
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

/** Words a personal name is made of: capitalised, letters (and an inner hyphen or apostrophe). */
function isNameWord(word: string): boolean {
  return /^(?:al-|el-|bin-)?[A-Z][a-z\u00C0-\u024F]+(?:[-'’][A-Za-z][a-z\u00C0-\u024F]+)?$/.test(word)
    && !NON_NAMES.has(word) && !DEMONYMS.has(word) && !RULE_ORG_KEYWORDS.has(word) && !PLACES.has(word);
}

function isAcronym(s: string): boolean {
  return /^(?:[A-Z]\.){2,5}$|^[A-Z]{2,6}$/.test(s);
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

/** A surname written with its particle capitalised, as a sentence or a name alone opens it ("De Blasio", "Von der Leyen"). */
const CAPITAL_PARTICLE_NAME = /^(?:De|Del|Della|Der|Di|Da|Du|Van|Von|Bin|Al|El|La|Le|Dos|Das|Ter|Ten)(?: der| den)? \p{Lu}[\p{L}’'-]+$/u;

/**
 * A lone capitalised word that is part of a person's full name in the same article is that person
 * (the latest full name before it, else the first after it): "Li" after "Li Xing"; "Qishan" after
 * "Wang Qishan"; a surname with its capitalised particle ("De Blasio") is the person of the full name
 * ending in it. An acronym matching an organisation's initials is that organisation.
 */
function resolveShortNames(cands: Candidate[], knownByAlias: ReadonlyMap<string, string>, text: string, title: string): void {
  // Full names per word of the name, in candidate order (their names do not change below: only one-word names are resolved).
  const fullByWord = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (!c.sure || c.type !== 'person' || !c.name.includes(' ')) continue;
    for (const word of new Set(c.name.split(/\s+/))) {
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
      const owner = c.guess === false && !c.name.includes(' ') ? surnameOwner(fullByWord.get(c.text), c) : undefined;
      if (owner !== undefined && !knownPlaceOrBody(c.text)) {
        c.type = 'person';
        c.name = owner.name;
      } else if (c.type === 'place' && !c.text.includes(' ') && !knownPlaceOrBody(c.text) && !MORE_CITIES.has(c.text)) {
        // A given name the tagger typed a place: the one person of the article it opens ("Melania" of
        // "Melania Trump"), someone's relative ("Mr. Trump's daughter Ivanka"), or a common given name
        // no gazetteer knows as a place ("Eric, Ivanka and Tiffany"), unless the words around it place
        // it ("in Hope", "Wayne, Neb.").
        // Not a place opening a name the tagger took for a person ("Insein" of "Insein Prison").
        const named = (fullByWord.get(c.text) ?? []).filter((f) => f.name.startsWith(`${c.text} `) && !commonWords().has(f.name.slice(f.name.lastIndexOf(' ') + 1).toLowerCase()));
        if (new Set(named.map((f) => f.name)).size === 1) [c.type, c.name] = ['person', named[0]!.name];
        else if (RELATIVE_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start))
          || (givenNameGender(c.text) !== undefined && !stateAfter(text, c.end) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start)))) c.type = 'person';
      }
      continue;
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

/** What joins a person to the organisation named after them ("David Woodard of Clemson University"). */
const PERSON_OF = /^\s+(?:of|at)\s+(?:the\s+)?/;

/**
 * A rules' organisation that runs over a person the tagger finds at its start, joined by "of" or
 * "at" ("David Woodard of Clemson University": the keyword "University" made the whole run one
 * organisation) is cut to the organisation after the connector; the tagger's person then stands.
 */
function splitPersonOfOrganisation(cands: Candidate[], tagged: readonly Candidate[], text: string): void {
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
function joinNicknamedNames(cands: Candidate[], text: string): void {
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

/** A candidate moved to new bounds, with its words and the gazetteers' name for them. */
function respan(c: Candidate, start: number, end: number, text: string, knownByAlias: ReadonlyMap<string, string>): void {
  c.start = start;
  c.end = end;
  c.text = text.slice(start, end);
  c.name = knownByAlias.get(c.text) ?? c.text;
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
function withoutOfficeWord(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
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

/** Two or three capitalised words, single-spaced. */
const GIVEN_AND_SURNAME = /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,2}$/u;

/** Whether words read as a common given name and a surname: two or three capitalised words, the first a given name of the lists. */
function givenAndSurname(words: string): boolean {
  return GIVEN_AND_SURNAME.test(words) && givenNameGender(words) !== undefined;
}

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
function titledAsOther(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
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
function joinSplitGivenNames(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
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

function joinInitialNames(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
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
function joinParticleNames(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
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
function joinSuffixedNames(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
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

/** The first letters of a name's capitalised words ("Republican National Committee" → "RNC"), which its acronym spells. */
export function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
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
function craftsAsOther(cands: Candidate[], text: string): void {
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
function partedAtCommas(cands: Candidate[]): void {
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
function ownerAfterOf(cands: Candidate[], text: string): void {
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

/** Keywords that stand for the article's one body of their kind when written alone ("the Committee", "the Times"). */
const SHORT_BODY_WORDS: ReadonlySet<string> = new Set(['Committee', 'Department', 'Commission', 'Agency', 'Bureau', 'Council', 'Board', 'Court', 'Ministry', 'Institute', 'Foundation', 'Association', 'Times', 'Post', 'Journal']);

/** Between two people of a list: a suffix of the first, then a comma or "and" ("Jon M. Huntsman Jr. and "). */
const LIST_BETWEEN = /^(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * A common given name and a surname the tagger typed a body or place is a person ("Rex Tillerson",
 * "Victoria Nuland"), unless its words name a site or a known place or body. Listed with people
 * ("Mitt Romney, … Jon M. Huntsman Jr. and Ron Paul all declined"), longer names too. A firm named
 * like a person with a given name of the lists is read as one ("Arthur Andersen"); one whose first word
 * the lists lack stays a body ("Morgan Stanley", "Dean Witter").
 */
function listedPeople(cands: Candidate[], text: string): void {
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
function joinedAtAmpersands(cands: Candidate[], text: string): void {
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

/** Named occasions, eras, holidays, scriptures and faiths whose words the tagger takes for a body, a place or a person ("his State of the Union address", "the Cold War", "Remembrance Day", "the Bible", "Christianity"). */
const NAMED_EVENTS = /\b(?:(?:Martin Luther )?King(?: Jr\.)? Day|Bible|Koran|Quran|Torah|Talmud|Christianity|Islam|Judaism|Buddhism|Hinduism|Catholicism|Protestantism|State of the Union|Cold War|Great Depression|Great Recession|Hail Mary|(?:Pride|Black History|Women's History) Month|World War (?:I|II|One|Two)|(?:Winter |Summer )?Olympics|Super Bowl|World Cup|(?:Memorial|Labor|Labour|Remembrance|Election|Veterans'?|Independence|Inauguration|Armistice|Bastille|Earth|Columbus|Presidents'?|Valentine's|Mother's|Father's|New Year's|Boxing|Victory|Thanksgiving|Christmas) Day)\b/g;

/** The place or body named by the words before a title: a known place or body, or an acronym; else null. */
function titleOwner(span: { start: number; end: number; text: string }): Candidate | null {
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
const DEPARTMENT_LAST = /\s+(?:Communications|Finance|Policy|Political|Press|Legislative|Research|Field|Digital|Operations|Media|Outreach|Budget|Development|Marketing)$/;
/** A title after a department ("… Communications| Director"). */
const DEPARTMENT_TITLE_NEXT = /^\s+(?:Deputy\s+)?(?:Director|Directors|Chairman|Chairwoman|Chair|Secretary|Manager|Officer|Adviser|Advisor|Aide|Staffer|Coordinator|Chief|Head|Vice\s+President)\b/;

/**
 * A body's name the tagger closed with the department of a post named after it ("the RNC Finance|
 * Director", "DNC Communications| Director"): the body is the name, the department the title's.
 */
function departmentsOfTitles(cands: Candidate[], text: string): void {
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
function postalStates(cands: Candidate[], text: string): void {
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
/** A party's adjective closing the words before a chamber. */
const PARTY_ADJECTIVE_LAST = /(?:^|\s+)(?:Democratic|Republican|GOP)$/;
const CONTEST_NEXT = /^\s+(?:primary|primaries|race|races|seat|seats|nomination|nominee|campaign|candidate|candidates|contest|bid|run|hopeful|hopefuls|election|elections|runoff)\b/;

/**
 * Bodies and places as the phrases around them read. A chamber named only for the contest for its
 * seats is no body of that name ("Pennsylvania’s Democratic Senate primary", "the Pennsylvania Senate
 * race"): the place is named, a party's adjective names nothing. A state's chamber is a body ("the
 * Texas House voted"), "the No. 3 House Democrat" a person described, "an Act of Congress" and "a
 * Member of Congress" Congress, "the Clinton White House" the White House, "the Duchess of Cambridge"
 * a person by title, no body; "Dar es Salaam" one place.
 */
function bodyPhrases(cands: Candidate[], text: string, knownByAlias: ReadonlyMap<string, string>): void {
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

/** An article opening a capitalised run ("An Act"). */
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['A', 'An', 'The']);

/**
 * A law is a name of another kind ("the Patriot Act", "the Equal Rights Amendment"), not a person or
 * a body, and so is its acronym written alone ("ACA" for the Affordable Care Act), which names it.
 */
function lawsAsOther(cands: Candidate[]): void {
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

/**
 * Capitalised words closed by "Act", "Amendment" or "Constitution": a law's name; by "Agreement",
 * "Treaty", "Accord", "Conventions" (not a party's "Convention") or "Protocol": a treaty's; by "Doctrine": a policy's.
 */
const LAW_KEYWORDS: readonly string[] = ['Act', 'Amendment', 'Agreement', 'Treaty', 'Accord', 'Accords', 'Conventions', 'Protocol', 'Doctrine', 'Constitution', 'Clause'];
const LAW_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|for|and|on|to|the|\p{Lu}[\p{L}.'’-]*))*\s+(?:${LAW_KEYWORDS.join('|')})$`, 'u');
const LAW_KEYWORD_SET: ReadonlySet<string> = new Set(LAW_KEYWORDS);

/** Whether a run of tokens is a law's name; its last word is read first, so most runs cost one lookup. */
function isLawRun(words: readonly Token[]): boolean {
  return LAW_KEYWORD_SET.has(words[words.length - 1]!.word) && LAW_NAME.test(words.map((t) => t.word).join(' '));
}

/** A named occasion is one name of another kind; the names the tagger found inside it or across its edge go. */
function namedEvents(cands: Candidate[], text: string): void {
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

function caseNames(cands: Candidate[], text: string): void {
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

function particleBodies(cands: Candidate[], text: string): void {
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

function quotedTitles(cands: Candidate[], text: string): void {
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
function expandedAcronyms(cands: Candidate[], text: string): void {
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

function groupEntities(cands: readonly Candidate[]): LocalEntity[] {
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
