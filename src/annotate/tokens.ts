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

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
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
