import type { RemovalReason } from '../types.js';

/** What happened to one line: kept (null), taken as the title, or removed with a reason. */
export type LineLabel = RemovalReason | 'title' | null;

/** One non-blank line of a raw document, trimmed, with its offsets into the raw text. */
export interface LineSlot {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the blank-line separated block the line belongs to. */
  readonly block: number;
  label: LineLabel;
}

/** A run of non-whitespace characters on one line, used to trim lines while keeping offsets. */
const LINE_CONTENT = /\S(?:.*\S)?/;

/**
 * Splits raw text into trimmed lines grouped into blocks (paragraphs), keeping the raw offsets
 * so every removed piece can point back at the characters it came from.
 */
export function splitLines(text: string): LineSlot[] {
  const slots: LineSlot[] = [];
  let block = -1;
  let previousBlank = true;
  let offset = 0;
  for (const raw of text.split('\n')) {
    const match = LINE_CONTENT.exec(raw);
    if (match) {
      if (previousBlank) block += 1;
      const start = offset + match.index;
      slots.push({ text: match[0], start, end: start + match[0].length, block, label: null });
      previousBlank = false;
    } else {
      previousBlank = true;
    }
    offset += raw.length + 1;
  }
  return slots;
}

/** True for the characters of the regex class `\s` (white space and line terminators). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The curly quotes ‘ ’ “ ” (the non-ASCII marks of prose tokens; none of them a letter). */
export const isCurlyQuote = (c: number): boolean => c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;

/** What folding a line needs beyond lower-casing (bit flags of `foldingOf`). */
const QUOTES = 1;
const SPACING = 2;

/**
 * Whether `line` has a curly quote or backtick (QUOTES), and whether its spacing is other than
 * single spaces between words (SPACING).
 */
function foldingOf(line: string): number {
  let flags = 0;
  let previousSpace = true;
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) flags |= SPACING;
      previousSpace = true;
    } else {
      if (c === 0x60 || isCurlyQuote(c)) flags |= QUOTES;
      else if (isSpaceCode(c)) flags |= SPACING;
      previousSpace = false;
    }
  }
  if (previousSpace && line.length > 0) flags |= SPACING;
  return flags;
}

/**
 * Compares lines the way a reader would: case, spacing and curly/straight quotes ignored. Each
 * replacement runs only when the line needs it (neither lower-casing nor the quote replacements
 * add white space).
 */
export function normaliseLine(line: string): string {
  const flags = foldingOf(line);
  let out = line.toLowerCase();
  if ((flags & QUOTES) !== 0) out = out.replace(/[‘’`]/g, "'").replace(/[“”]/g, '"');
  if ((flags & SPACING) !== 0) out = out.replace(/\s+/g, ' ').trim();
  return out;
}

/**
 * False when `normaliseLine(line)` cannot be `key`: the line has more characters outside white space
 * than `key` has in all (normalising keeps each of them as one character or more). Reads only that far.
 */
export function mayNormaliseTo(line: string, key: string): boolean {
  let visible = 0;
  for (let i = 0; i < line.length; i += 1) {
    if (!isSpaceCode(line.charCodeAt(i)) && ++visible > key.length) return false;
  }
  return true;
}

/** Number of whitespace-separated words. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    if (isSpaceCode(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      words += 1;
    }
  }
  return words;
}
