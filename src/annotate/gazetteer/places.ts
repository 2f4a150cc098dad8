/**
 * Place names the recogniser knows without context. Only names, no coordinates: enough to tell
 * "Moscow" (a place) from "Pang" (a surname). Aliases map to the canonical name.
 */
export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin',
  'Bhutan', 'Bolivia', 'Bosnia', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi',
  'Cambodia', 'Cameroon', 'Canada', 'Chad', 'Chile', 'China', 'Colombia', 'Congo', 'Costa Rica', 'Croatia',
  'Cuba', 'Cyprus', 'Czech Republic', 'Denmark', 'Djibouti', 'Dominican Republic', 'Ecuador', 'Egypt',
  'El Salvador', 'Eritrea', 'Estonia', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia',
  'Germany', 'Ghana', 'Greece', 'Guatemala', 'Guinea', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland',
  'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Jamaica', 'Japan', 'Jordan',
  'Kazakhstan', 'Kenya', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Liberia', 'Libya',
  'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta',
  'Mauritania', 'Mauritius', 'Mexico', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique',
  'Myanmar', 'Namibia', 'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea',
  'North Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palestine', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru',
  'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saudi Arabia', 'Senegal',
  'Serbia', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'South Korea',
  'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan',
  'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Tunisia', 'Turkey', 'Turkmenistan', 'Uganda', 'Ukraine',
  'United Arab Emirates', 'United Kingdom', 'United States', 'Uruguay', 'Uzbekistan', 'Venezuela', 'Vietnam',
  'Yemen', 'Zambia', 'Zimbabwe', 'Hong Kong', 'Macau', 'Tibet', 'Xinjiang', 'Crimea', 'Gaza', 'West Bank',
];

export const CITIES_AND_REGIONS: readonly string[] = [
  'Beijing', 'Shanghai', 'Qingdao', 'Shenzhen', 'Guangzhou', 'Wuhan', 'Tianjin', 'Chongqing', 'Moscow',
  'St. Petersburg', 'St Petersburg', 'Saint Petersburg', 'Minsk', 'Kiev', 'Kyiv', 'Washington', 'New York',
  'Los Angeles', 'Chicago', 'Houston', 'Boston', 'San Francisco', 'Seattle', 'Miami', 'Atlanta', 'Dallas',
  'Denver', 'Philadelphia', 'Detroit', 'London', 'Paris', 'Berlin', 'Rome', 'Madrid', 'Lisbon', 'Brussels',
  'Vienna', 'Geneva', 'Zurich', 'Amsterdam', 'Stockholm', 'Oslo', 'Copenhagen', 'Helsinki', 'Warsaw', 'Prague',
  'Budapest', 'Athens', 'Istanbul', 'Ankara', 'Tehran', 'Baghdad', 'Damascus', 'Beirut', 'Jerusalem',
  'Tel Aviv', 'Cairo', 'Riyadh', 'Dubai', 'Doha', 'Kabul', 'Islamabad', 'New Delhi', 'Delhi', 'Mumbai',
  'Tokyo', 'Osaka', 'Seoul', 'Pyongyang', 'Taipei', 'Manila', 'Hanoi', 'Bangkok', 'Jakarta', 'Kuala Lumpur',
  'Sydney', 'Melbourne', 'Canberra', 'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Mexico City', 'Havana',
  'Caracas', 'Bogota', 'Lima', 'Santiago', 'Buenos Aires', 'Brasilia', 'Sao Paulo', 'Rio de Janeiro',
  'Nairobi', 'Lagos', 'Johannesburg', 'Cape Town', 'Addis Ababa', 'Khartoum', 'Tripoli', 'Algiers',
  'Zhongnanhai', 'Punggye-ri', 'Vladivostok', 'Sochi', 'Kaliningrad', 'Hokkaido', 'Okinawa',
  'Europe', 'Asia', 'Africa', 'Latin America', 'South America', 'North America', 'Middle East',
  'Korean Peninsula', 'Balkans', 'Caucasus', 'Siberia', 'Arctic', 'Antarctica', 'Pacific', 'Atlantic',
  'California', 'Texas', 'Florida', 'Ohio', 'Michigan', 'Pennsylvania', 'Virginia', 'Iowa', 'Arizona',
  'Nevada', 'Wisconsin', 'Minnesota', 'Colorado', 'Oregon', 'Alaska', 'Hawaii', 'New Jersey', 'Illinois',
  'Massachusetts', 'North Carolina', 'South Carolina', 'Tennessee', 'Kentucky', 'Louisiana', 'Alabama',
  'Mississippi', 'Missouri', 'Indiana', 'Utah', 'New Mexico', 'Oklahoma', 'Kansas', 'Nebraska', 'Maryland',
  'Connecticut', 'Maine', 'Vermont', 'New Hampshire', 'Idaho', 'Montana', 'Wyoming', 'Arkansas',
  'West Virginia', 'Delaware', 'Rhode Island', 'North Dakota', 'South Dakota', 'Puerto Rico',
  'Scotland', 'Wales', 'England', 'Northern Ireland', 'Catalonia', 'Bavaria', 'Kashmir', 'Chechnya',
];

/** Other ways a text names a place, mapped to the canonical name. */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {
  US: 'United States', 'U.S.': 'United States', USA: 'United States', 'U.S.A.': 'United States',
  America: 'United States', 'United States of America': 'United States',
  UK: 'United Kingdom', 'U.K.': 'United Kingdom', Britain: 'United Kingdom', 'Great Britain': 'United Kingdom',
  DPRK: 'North Korea', 'Democratic People\'s Republic of Korea': 'North Korea',
  ROK: 'South Korea', 'Republic of Korea': 'South Korea', Burma: 'Myanmar', Holland: 'Netherlands',
  'Saint Petersburg': 'St. Petersburg', 'St Petersburg': 'St. Petersburg', Kiev: 'Kyiv',
  "People's Republic of China": 'China', PRC: 'China', 'Russian Federation': 'Russia', UAE: 'United Arab Emirates',
};

/** Every name the gazetteer knows a place by: countries, cities and regions, and the other ways texts name them. */
export const GAZETTEER_PLACE_NAMES: readonly string[] = [...COUNTRIES, ...CITIES_AND_REGIONS, ...Object.keys(PLACE_ALIASES)];

/** Prefixes of hyphenated compounds that stand for a place ("Sino-Russian" names China). */
export const PLACE_PREFIXES: Readonly<Record<string, string>> = {
  Sino: 'China', Russo: 'Russia', Anglo: 'United Kingdom', Franco: 'France', Indo: 'India', Euro: 'Europe',
};

/**
 * US states by the abbreviations news copy uses ("Tujunga, Calif.", "R-Va."), with and without the stop.
 * Read by the rules only (the tagger's gazetteer features stay as trained). Left out where the
 * abbreviation is also a word of names or titles: "Miss", "La", "Del", "Me".
 */
export const STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Ala: 'Alabama', Ariz: 'Arizona', Ark: 'Arkansas', Calif: 'California', Colo: 'Colorado', Conn: 'Connecticut',
  Fla: 'Florida', Ga: 'Georgia', Ill: 'Illinois', Ind: 'Indiana', Kan: 'Kansas', Ky: 'Kentucky', Md: 'Maryland',
  Mass: 'Massachusetts', Mich: 'Michigan', Minn: 'Minnesota', Mo: 'Missouri', Mont: 'Montana', Neb: 'Nebraska',
  Nev: 'Nevada', 'N.H': 'New Hampshire', 'N.J': 'New Jersey', 'N.M': 'New Mexico', 'N.Y': 'New York', 'N.C': 'North Carolina',
  'N.D': 'North Dakota', Okla: 'Oklahoma', Ore: 'Oregon', Pa: 'Pennsylvania', 'R.I': 'Rhode Island', 'S.C': 'South Carolina',
  'S.D': 'South Dakota', Tenn: 'Tennessee', Tex: 'Texas', Va: 'Virginia', Vt: 'Vermont', Wash: 'Washington', Wis: 'Wisconsin',
  'W.Va': 'West Virginia', Wyo: 'Wyoming',
};

/** States news copy writes out in party tags ("R-Iowa", "D-Texas"). */
const UNABBREVIATED_STATES: readonly string[] = ['Alaska', 'Hawaii', 'Idaho', 'Iowa', 'Ohio', 'Texas', 'Utah'];
/** Abbreviations left out above as words of names, which a party tag writes without doubt ("R-Miss.", "D-Del."). */
const PARTY_TAG_ABBREVIATIONS: Readonly<Record<string, string>> = { La: 'Louisiana', Miss: 'Mississippi', Del: 'Delaware', Me: 'Maine' };

/** The ways a party tag writes a US state ("Wis.", "Wis", "Wisconsin"); empty for a name that is no state. */
export function stateForms(state: string): string[] {
  const abbreviations = Object.entries({ ...STATE_ABBREVIATIONS, ...PARTY_TAG_ABBREVIATIONS })
    .filter(([, name]) => name === state).flatMap(([abbreviation]) => [`${abbreviation}.`, abbreviation]);
  return abbreviations.length > 0 || UNABBREVIATED_STATES.includes(state) ? [...abbreviations, state] : [];
}
