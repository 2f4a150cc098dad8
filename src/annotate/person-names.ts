/**
 * Whether two written names are one person: the same surname, and given names that do not disagree.
 * The quote eval scores speakers with it, and the brief's quote ledger tells a real attribution
 * conflict from one person written two ways ("Tim Murray" / "Timothy Murray", "Dick Durbin" /
 * "Richard J. Durbin").
 */

/** Words that precede a name without being a given name ("Mr.", "Sen.", "President"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'gen', 'general',
  'sir', 'lord', 'lady', 'prof', 'professor', 'rev', 'judge', 'justice', 'secretary', 'minister', 'mayor',
  'premier', 'chancellor', 'king', 'queen', 'prince', 'pope', 'speaker', 'chairman', 'chairwoman', 'lt', 'col',
  'capt', 'sgt', 'ambassador', 'spokesman', 'spokeswoman', 'leader', 'candidate', 'nominee', 'former', 'the',
  'democrat', 'republican', 'gop', 'democratic', 'independent', 'admiral', 'adm', 'representative', 'congressman',
  'congresswoman', 'colonel', 'captain', 'sergeant', 'lieutenant', 'commander', 'vice', 'attorney', 'rabbi', 'father',
]);
/** Name suffixes that are not the surname ("Jr.", "III"). */
const SUFFIX_WORDS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** A generational suffix as a word of a name ("Jr.", "Sr", "III"). */
export const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;
/** A generational suffix closing a written name, with its comma ("Roger J. Stone Jr.", "Martin Luther King, Jr."). */
export const CLOSING_NAME_SUFFIX = /,?\s+(?:Jr|Sr|II|III|IV)\b\.?$/;

/** Lower case, accents and possessives removed, split into word tokens. */
export function nameTokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s\b/g, '')
    .replace(/(\p{L})['’](\p{L})/gu, '$1$2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
}

/** A name's surname (its last word, suffixes and leading titles aside) and the given names before it. */
export function surnameAndGiven(tokens: readonly string[]): { surname: string | null; given: readonly string[] } {
  // Titles lead a name ("Sen. Bernie Sanders"); a title word inside or at the end is a name ("Billie Jean King").
  let first = 0;
  while (first < tokens.length && TITLE_WORDS.has(tokens[first]!)) first++;
  if (first === tokens.length) return { surname: null, given: [] };
  const core = tokens.slice(first);
  while (core.length > 1 && SUFFIX_WORDS.has(core[core.length - 1]!)) core.pop();
  return { surname: core[core.length - 1] ?? null, given: core.slice(0, -1) };
}

/**
 * Short forms of English given names that are not the name's first letters (those agree by prefix:
 * "Tim" / "Timothy"). Each group is one name.
 */
const NICKNAME_GROUPS: readonly (readonly string[])[] = [
  ['richard', 'dick', 'rick', 'rich'], ['william', 'bill', 'billy', 'will'], ['robert', 'bob', 'bobby', 'rob'],
  ['michael', 'mike'], ['james', 'jim', 'jimmy'], ['charles', 'chuck', 'charlie'], ['edward', 'ted', 'ed', 'eddie'],
  ['theodore', 'ted'], ['john', 'jack'], ['anthony', 'tony'], ['henry', 'hank', 'harry'], ['margaret', 'peggy', 'maggie'],
  ['elizabeth', 'liz', 'beth', 'betsy', 'libby'], ['katherine', 'kathy', 'kate'], ['catherine', 'cathy', 'kate'],
  ['gerald', 'jerry'], ['jerrold', 'jerry'], ['lawrence', 'larry'], ['andrew', 'andy', 'drew'], ['stephen', 'steve'],
  ['steven', 'steve'], ['patrick', 'pat'], ['patricia', 'pat', 'trish'], ['christopher', 'chris'], ['joseph', 'joe'],
  ['alexander', 'alex'], ['frederick', 'fred'], ['nicholas', 'nick'], ['samuel', 'sam'], ['benjamin', 'ben'],
  ['thomas', 'tom'], ['daniel', 'dan'], ['david', 'dave'], ['ronald', 'ron'], ['donald', 'don'], ['kenneth', 'ken'],
];
const NICKNAMES = new Map<string, Set<string>>();
for (const group of NICKNAME_GROUPS) {
  for (const name of group) {
    const set = NICKNAMES.get(name) ?? new Set<string>();
    for (const other of group) set.add(other);
    NICKNAMES.set(name, set);
  }
}

/**
 * Given names agree when equal, when one is the other's initial or first letters ("J", "Tim" ⊂
 * "Timothy"), with `nicknames` when one is a known short form of the other ("Dick" / "Richard"), or
 * when long names differ by one letter, as a misspelling does ("Vicente" / "Vincente").
 */
export function givenCompatible(a: string, b: string, nicknames = false): boolean {
  if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
  if (!nicknames) return false;
  return NICKNAMES.get(a)?.has(b) === true || (Math.min(a.length, b.length) >= 5 && withinOneEdit(a, b)) || neighbourKeyTypo(a, b);
}

/** Rows of a QWERTY keyboard: a typo often strikes the key beside the one meant. */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Whether two letters sit side by side on a keyboard row. */
function neighbourKeys(x: string, y: string): boolean {
  return KEY_ROWS.some((row) => {
    const i = row.indexOf(x);
    return i >= 0 && (row[i - 1] === y || row[i + 1] === y);
  });
}

/**
 * Whether a short name (four letters) was typed with one key beside the right one ("Hand Carlsson" for
 * "Hans Carlsson"). Other one-letter differences between short names are other names ("Joan", "John").
 */
function neighbourKeyTypo(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false;
  let at = -1;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  return at > 0 && neighbourKeys(a[at]!, b[at]!);
}

/** Whether two words differ by at most one inserted, deleted or changed letter. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Whether two words differ by two neighbouring letters swapped ("Preibus" / "Priebus"). */
function swappedNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const i = [...a].findIndex((c, k) => c !== b[k]);
  return i >= 0 && i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Whether two full names are one person whose surname one of them misspells: the same first given
 * name, and surnames of five letters or more with the same first letter that differ by one letter or
 * by two neighbouring letters swapped ("Reince Preibus" / "Reince Priebus"). For names of one story.
 */
export function misspelledPerson(a: string, b: string): boolean {
  const x = surnameAndGiven(nameTokens(a));
  const y = surnameAndGiven(nameTokens(b));
  if (x.surname === null || y.surname === null || x.surname === y.surname || x.given[0] === undefined || x.given[0] !== y.given[0]) return false;
  if (Math.min(x.surname.length, y.surname.length) < 5 || x.surname[0] !== y.surname[0]) return false;
  return withinOneEdit(x.surname, y.surname) || swappedNeighbours(x.surname, y.surname);
}

/**
 * Whether two resolved names are one person: the same surname, and the first given names (when
 * both have one) agree, short forms and a misspelling included. Middle names and initials are not
 * compared ("Richard J. Durbin" = "Dick Durbin").
 */
export function sameNamedPerson(a: string, b: string): boolean {
  const x = surnameAndGiven(nameTokens(a));
  const y = surnameAndGiven(nameTokens(b));
  if (x.surname === null || x.surname !== y.surname) return false;
  const gx = x.given[0];
  const gy = y.given[0];
  return gx === undefined || gy === undefined || givenCompatible(gx, gy, true);
}
