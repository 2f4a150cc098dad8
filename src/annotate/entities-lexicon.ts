/** The word lists and name maps the entity rules read: the bodies, places, peoples and titles they know. */
import type { Candidate } from './entities-candidate.js';
import { CITIES_AND_REGIONS, COUNTRIES, PLACE_ALIASES, STATE_ABBREVIATIONS } from './gazetteer/places.js';
import { DEMONYMS, KNOWN_ORGS, ORG_KEYWORDS, TITLES } from './gazetteer/words.js';

/**
 * Bodies the rules know by name. The trained tagger's gazetteer feature reads `KNOWN_ORGS` as it was
 * trained; names added after training live here so the tagger's features stay as they were.
 */
export const ORGS: Readonly<Record<string, string>> = {
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
export const LOWER_CASE_WORDS = /^\p{Ll}+(?:\s+\p{Ll}+)*$/u;

/**
 * A state's abbreviation with neither its stop nor a city or party tag before it is a word of
 * another name ("Xu's lawyer, Mo said": Mo Shaoping, not Missouri); "Kansas City, Mo", "(D-Mass)" stay.
 */
export function bareStateAbbreviation(c: Candidate, text: string, cands: readonly Candidate[]): boolean {
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
export const MORE_CITIES: ReadonlySet<string> = new Set([
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

export const PLACES = new Map<string, string>([
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
export const PLACES_UPPER = new Map([...PLACES].map(([k, v]) => [k.toUpperCase(), v]));

/** Words closing a shop's name ("Joey’s Diner"), which close a body's name too. */
export const SHOP_WORDS: readonly string[] = ['Diner', 'Restaurant', 'Cafe', 'Café', 'Grill', 'Tavern', 'Pub', 'Bakery', 'Steakhouse', 'Deli'];

/**
 * Last words that make a capitalised phrase a body, as the rules read them: the shared
 * `ORG_KEYWORDS` (a feature of the trained entity tagger, kept as it was trained) and more.
 */
export const RULE_ORG_KEYWORDS: ReadonlySet<string> = new Set([
  ...ORG_KEYWORDS, 'Corps', 'Communications', 'Industries', 'Technologies', 'Pharmaceuticals', 'Motors', 'Enterprises', 'Laboratories',
  'Reserve', 'Reserves', ...SHOP_WORDS,
]);

/**
 * Peoples by their nationality words, for the rules that read a lone word or plural as a group, not a
 * name ("Malaysians", "Kuwaitis", "Congolese"): the shared `DEMONYMS` (a feature of the trained
 * entity tagger, kept as it was trained) and more.
 */
export const PEOPLES: ReadonlySet<string> = new Set([
  ...DEMONYMS, 'Malaysian', 'Kuwaiti', 'Filipino', 'Thai', 'Malay', 'Congolese', 'Uzbek', 'Kazakh', 'Afghan', 'Iraqi',
  'Saudi', 'Egyptian', 'Libyan', 'Lebanese', 'Jordanian', 'Yemeni', 'Somali', 'Sudanese', 'Ethiopian', 'Kenyan',
  'Nigerian', 'Rwandan', 'Ugandan', 'Tanzanian', 'Zimbabwean', 'Angolan', 'Algerian', 'Moroccan', 'Tunisian',
  'Indonesian', 'Vietnamese', 'Cambodian', 'Burmese', 'Bangladeshi', 'Nepalese', 'Mongolian', 'Tibetan', 'Taiwanese',
  'Mexican', 'Cuban', 'Venezuelan', 'Colombian', 'Peruvian', 'Chilean', 'Argentine', 'Argentinian', 'Bolivian',
  'Haitian', 'Guatemalan', 'Honduran', 'Salvadoran', 'Nicaraguan', 'Panamanian', 'Italian', 'Spanish', 'Portuguese',
  'Greek', 'Dutch', 'Belgian', 'Swiss', 'Austrian', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Polish', 'Czech',
  'Hungarian', 'Romanian', 'Bulgarian', 'Serbian', 'Croatian', 'Bosnian', 'Albanian', 'Kosovar', 'Armenian',
  'Azerbaijani', 'Chechen', 'Kurd', 'Kurdish', 'Turk', 'Scot', 'Swede', 'Dane', 'Finn', 'Pole', 'Briton', 'Spaniard', 'Serb', 'Croat', 'Irish', 'Australian', 'Sandinista', 'Sikh', 'Hindu',
  'Buddhist', 'Catholic', 'Protestant', 'Sunni',
]);

/** Words the gazetteers know as a place or a body, which the rules leave as they say. */
export function knownPlaceOrBody(words: string): boolean {
  return PLACES.has(words) || ORGS[words] !== undefined;
}

/**
 * Titles that make the capitalised words after them a person's name. The shared `TITLES` are also a
 * feature of the trained entity tagger and stay as it was trained; these are read by the rules only:
 * "White House Counsel Bob Bauer", "Chief of Staff Rahm Emanuel", "Congressman Sestak".
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  ...TITLES, 'Counsel', 'Staff', 'Congressman', 'Congresswoman', 'Adviser', 'Advisor', 'Sgt.', 'Sergeant', 'Adm.', 'Admiral',
  'Rev.', 'Reverend', 'Commissioner', 'Sheriff', 'Whip', 'CEO', 'Treasurer', 'Editor', 'Columnist', 'Anchor', 'Correspondent',
  'Officer', 'Chair', 'Tem', 'Agent', 'Historian', 'Detective', 'Inspector', 'Superintendent', 'Chaplain',
  'Maj.', 'Cmdr.', 'Cpl.', 'Pvt.', 'Brig.', 'Administrator', 'Commander', 'Coordinator', 'Envoy', 'Cong.',
  'Secretary-General', 'Director-General', 'Governor-General', 'Vice-President', 'Vice-Premier',
]);

/** Titles in the plural, before several names ("Sens. Warren and Sanders"). */
export const PLURAL_TITLES: ReadonlySet<string> = new Set(['Sens', 'Sens.', 'Reps', 'Reps.', 'Govs', 'Govs.', 'Drs', 'Drs.']);

/** Longest place name in words, so multi-word places are tried before their parts. */
export const MAX_NAME_WORDS = 8;
/** An apposition right after a name: ", a Russia expert at …", ", the spokesman". */
export const APPOSITION = /^\s*,\s+(?:a|an|the|who|China's|Russia's)\b([^,.;]{0,60})/;
