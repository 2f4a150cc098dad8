import { countWords, isCurlyQuote, isSpaceCode } from './blocks.js';

/** A line needs a clause's worth of words to count as prose; shorter lines are labels or list items. */
const PROSE_MIN_WORDS = 5;
/** Letters make up most of the visible characters of prose; code, tables and numbers fall below. */
const PROSE_MIN_LETTER_SHARE = 0.7;
/** Most tokens of prose are words; CSV rows and code are mostly symbols, numbers and identifiers. */
const PROSE_MIN_WORD_TOKEN_SHARE = 0.7;
/** A token that reads as a word: letters, inner apostrophes or hyphens, trailing punctuation. */
const WORD_TOKEN = /^["“‘'(]*\p{L}[\p{L}\p{M}'’-]*[.,;:!?)"”’]*$/u;

/** Fewer prose words than this after boilerplate removal is a stub, a listing or an error page. */
export const MIN_ARTICLE_PROSE_WORDS = 40;
/** At least this share of the remaining words must be prose, else the file is data with a caption. */
export const MIN_ARTICLE_PROSE_SHARE = 0.5;

/** Ends like a sentence: a stop, optionally closed by a quote or bracket. */
const SENTENCE_END = /[.!?…]["”’)\]]*$/;
/** Direct-quote marks: a line carrying one is someone's words, which two outlets may share. */
const QUOTE_MARK = /["“”«»]|(?:^|\s)‘/;

/** True for a line that reads as running text rather than a label, table row or code. */
export function isProseLine(line: string): boolean {
  let count = 0;
  let visible = 0;
  let letters = 0;
  let words = 0;
  // One pass over the line: tokens are the runs between white space (splitting every line allocated
  // most of the check's time), and each token's letters and WORD_TOKEN match are read as it is scanned.
  let start = -1;
  /** WORD_TOKEN matched by code, as one greedy pass: before the first letter, in the word, in the closing marks, or failed. */
  let state = OPENING;
  /** A character outside ASCII and curly quotes: the token goes to the regex. */
  let other = false;
  for (let i = 0; i <= line.length; i += 1) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    if (!isSpaceCode(c)) {
      if (start < 0) {
        start = i;
        state = OPENING;
        other = false;
      }
      if (isAsciiLetter(c)) {
        letters += 1;
        if (state === OPENING) state = WORD;
        else if (state === CLOSING) state = FAILED;
      } else if (c >= 128 && !isCurlyQuote(c)) {
        other = true;
        // A surrogate pair is one character of the regex class, counted once at its high half.
        if (c >= 0xdc00 && c <= 0xdfff) continue;
        const ch = c >= 0xd800 && c <= 0xdbff ? line.slice(i, i + 2) : line[i]!;
        if (LETTER.test(ch)) letters += 1;
      } else if (state === OPENING) {
        if (!isOpeningMark(c)) state = FAILED;
      } else if (state === WORD) {
        if (c !== 39 && c !== 0x2019 && c !== 45) state = isClosingMark(c) ? CLOSING : FAILED;
      } else if (state === CLOSING && !isClosingMark(c)) state = FAILED;
      continue;
    }
    if (start < 0) continue;
    count += 1;
    visible += i - start;
    if (other ? WORD_TOKEN.test(line.slice(start, i)) : state === WORD || state === CLOSING) words += 1;
    start = -1;
  }
  if (count < PROSE_MIN_WORDS) return false;
  if (letters / visible < PROSE_MIN_LETTER_SHARE) return false;
  return words / count >= PROSE_MIN_WORD_TOKEN_SHARE;
}

const LETTER = /\p{L}/u;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const OPENING = 0;
const WORD = 1;
const CLOSING = 2;
const FAILED = 3;
/** Opening marks of WORD_TOKEN: " “ ‘ ' ( */
const isOpeningMark = (c: number) => c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40;
/** Closing marks of WORD_TOKEN: . , ; : ! ? ) " ” ’ */
const isClosingMark = (c: number) =>
  c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 34 || c === 0x201d || c === 0x2019;

/** True for a line that might be a sentence or a quote, which cross-article matching must keep. */
export function looksLikeSentenceOrQuote(line: string): boolean {
  return SENTENCE_END.test(line) || QUOTE_MARK.test(line);
}

/** Why a text is not an article, or null when it is one. */
export function notAnArticleReason(text: string): string | null {
  let prose = 0;
  let total = 0;
  for (const line of text.split('\n')) {
    const words = countWords(line);
    total += words;
    if (isProseLine(line)) prose += words;
  }
  if (prose < MIN_ARTICLE_PROSE_WORDS) {
    return `only ${prose} words of prose after boilerplate removal (at least ${MIN_ARTICLE_PROSE_WORDS} needed)`;
  }
  if (prose / total < MIN_ARTICLE_PROSE_SHARE) {
    const percent = Math.round((prose / total) * 100);
    return `only ${percent}% of its ${total} words are prose: it reads as data, code or a list`;
  }
  return null;
}
