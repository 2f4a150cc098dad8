/** Word tokens with offsets, possessives split off, for the rule-based annotators. */

export interface Token {
  /** The word without a possessive `'s`. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Starts with a capital letter (or is a lower-case name particle like `al-Assad`). */
  readonly capitalised: boolean;
  /** Was followed by `'s` / `’s` (removed from `word`). */
  readonly possessive: boolean;
}

/** Letters and digits with inner apostrophes, hyphens and abbreviation periods ("U.S.", "al-Assad"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[-'’.](?=[\p{L}\p{N}]))*\.?/gu;
/** Abbreviations whose final period belongs to the word. */
const KEEP_PERIOD = /^(?:(?:\p{Lu}\.)+|St\.|Mr\.|Mrs\.|Ms\.|Dr\.|Jr\.|Sr\.|Gen\.|Sen\.|Rep\.|Gov\.|Lt\.|Col\.|Capt\.|Prof\.|Co\.|Corp\.|Inc\.|Ltd\.|No\.)$/u;
const POSSESSIVE = /['’]s$/;
const CAPITAL = /^(?:\p{Lu}|(?:al|el|bin|de|van|von)-\p{Lu})/u;

/** `WORD` matched at one position, and the character a word starts with (one position, like `WORD_AT`). */
const WORD_AT = new RegExp(WORD.source, 'uy');
const WORD_START_AT = /[\p{L}\p{N}]/uy;

/** Whether a UTF-16 code unit is an ASCII letter or digit (either case). */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/** Whether an ASCII code unit right after a run of ASCII letters and digits ends `WORD` there (not an apostrophe, hyphen or period). */
function endsAsciiWord(c: number): boolean {
  return c < 0x80 && !isAsciiAlnum(c) && c !== 0x27 && c !== 0x2d && c !== 0x2e;
}

/** Code units of the letter or digit a word may start with at `i` (2 for one outside the BMP), else 0. */
function wordStartAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiAlnum(c) ? 1 : 0;
  WORD_START_AT.lastIndex = i;
  return WORD_START_AT.test(text) ? WORD_START_AT.lastIndex - i : 0;
}

/**
 * The words of `text` (what `text.matchAll(WORD)` finds), read with a sticky `test` from each
 * word's first character: no match object is made per word.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (wordStartAt(text, i) === 0) {
      // A surrogate pair is one character: never start a match inside it.
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    const first = text.charCodeAt(start);
    let end = start + 1;
    if (first < 0x80) {
      while (end < n && isAsciiAlnum(text.charCodeAt(end))) end += 1;
      if (end === n || endsAsciiWord(text.charCodeAt(end))) {
        // A run of ASCII letters and digits before a space or a mark that joins no word (most words):
        // `WORD` reads it as it is, with no period or possessive to take off.
        i = end;
        out.push({ word: text.slice(start, end), start, end, capitalised: first >= 0x41 && first <= 0x5a, possessive: false });
        continue;
      }
    }
    WORD_AT.lastIndex = start;
    end = WORD_AT.test(text) ? WORD_AT.lastIndex : start + 1;
    i = end;
    let word = text.slice(start, end);
    if (word.endsWith('.') && !KEEP_PERIOD.test(word)) word = word.slice(0, -1);
    let possessive = false;
    if (POSSESSIVE.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    if (!word) continue;
    out.push({ word, start, end: start + word.length, capitalised: CAPITAL.test(word), possessive });
  }
  return out;
}

/** A character that continues a word. */
const WORD_CHAR = /[\p{L}\d'’-]/u;

/** Whether `word` occurs in `text` as a whole word (no letter, digit, apostrophe or hyphen joined to either side). */
export function holdsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[at + word.length] ?? ' ')) return true;
  }
  return false;
}
