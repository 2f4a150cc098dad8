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
  let start = -1;
  // Tokens are the runs between white space, scanned by hand: splitting every line allocated most of the check's time.
  for (let i = 0; i <= line.length; i += 1) {
    if (i < line.length && !isSpaceCode(line.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    count += 1;
    visible += i - start;
    letters += letterCount(line, start, i);
    if (isWordToken(line, start, i)) words += 1;
    start = -1;
  }
  if (count < PROSE_MIN_WORDS) return false;
  if (letters / visible < PROSE_MIN_LETTER_SHARE) return false;
  return words / count >= PROSE_MIN_WORD_TOKEN_SHARE;
}

const LETTER = /\p{L}/u;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * WORD_TOKEN on `line[start, end)`. A token of ASCII and curly quotes is matched by code (each part of
 * the pattern stops at a character the next part or the end must take, so one greedy pass decides);
 * any other goes to the regex.
 */
function isWordToken(line: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const c = line.charCodeAt(i);
    if (c >= 128 && !isCurlyQuote(c)) return WORD_TOKEN.test(line.slice(start, end));
  }
  let i = start;
  // Opening marks: " “ ‘ ' (
  while (i < end) {
    const c = line.charCodeAt(i);
    if (c !== 34 && c !== 0x201c && c !== 0x2018 && c !== 39 && c !== 40) break;
    i += 1;
  }
  if (i >= end || !isAsciiLetter(line.charCodeAt(i))) return false;
  i += 1;
  // Letters, apostrophes, hyphens.
  while (i < end) {
    const c = line.charCodeAt(i);
    if (!isAsciiLetter(c) && c !== 39 && c !== 0x2019 && c !== 45) break;
    i += 1;
  }
  // Closing punctuation: . , ; : ! ? ) " ” ’
  while (i < end) {
    const c = line.charCodeAt(i);
    if (c !== 46 && c !== 44 && c !== 59 && c !== 58 && c !== 33 && c !== 63 && c !== 41 && c !== 34 && c !== 0x201d && c !== 0x2019) break;
    i += 1;
  }
  return i === end;
}

/** Letters in a token; ASCII is checked by code, the rest by the Unicode letter class. */
function letterCount(token: string, from = 0, to = token.length): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = token.charCodeAt(i);
    if (isAsciiLetter(c)) n += 1;
    else if (c >= 128 && !isCurlyQuote(c)) {
      // A surrogate pair is one character of the regex class, counted once at its high half.
      if (c >= 0xdc00 && c <= 0xdfff) continue;
      const ch = c >= 0xd800 && c <= 0xdbff ? token.slice(i, i + 2) : token[i]!;
      if (LETTER.test(ch)) n += 1;
    }
  }
  return n;
}

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
