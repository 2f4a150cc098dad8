import sbd from 'sbd';
import type { Sentence } from '../types.js';

/**
 * Abbreviations that end in a period inside news sentences. sbd's option replaces its own list, so
 * the honorifics and name suffixes of that list are repeated here ("Mr. Rhodes said" is one sentence).
 */
const EXTRA_ABBREVIATIONS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Jr', 'Sr', 'Rev', 'Capt', 'Maj', 'Sgt', 'Co', 'Corp', 'Inc', 'vs', 'No', 'Gov', 'Sen', 'Rep', 'Gen', 'Lt', 'Col', 'Sgt', 'Rev', 'Jan', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'U.S', 'U.K', 'U.N', 'Mt', 'St'];

const SBD_OPTIONS = {
  newline_boundaries: false,
  html_boundaries: false,
  sanitize: false,
  preserve_whitespace: true,
  abbreviations: EXTRA_ABBREVIATIONS,
} as const;

/** A line break always ends a sentence: headlines and list items carry no final stop. */
const LINE = /[^\n]+/g;
/**
 * sbd's cost grows faster than linearly with the input, so a very long line is cut after a stop
 * followed by a capital into pieces of about this size before it is split.
 */
const MAX_PIECE_CHARS = 4000;

/**
 * Splits article text into sentences with exact offsets. Paragraphs are blank-line separated
 * blocks; a single line break also ends a sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  let lastLineEnd = -2;
  for (const line of text.matchAll(LINE)) {
    const lineStart = line.index;
    const between = text.slice(Math.max(0, lastLineEnd), lineStart);
    if (paragraph < 0 || /\n\s*\n/.test(between)) paragraph += 1;
    lastLineEnd = lineStart + line[0].length;
    let cursor = lineStart;
    const parts = mergeLowercaseStarts(linePieces(line[0]).flatMap((p) => sbd.sentences(p, SBD_OPTIONS)));
    for (const part of parts) {
      const trimmed = part.trim();
      if (!trimmed) continue;
      const at = text.indexOf(trimmed, cursor);
      if (at < 0 || at >= lastLineEnd) continue;
      out.push({ start: at, end: at + trimmed.length, text: trimmed, paragraph });
      cursor = at + trimmed.length;
    }
  }
  return out;
}

/** A part starting in lower case continues the previous one: sbd split after an abbreviation ("U.S. meeting"). */
const STARTS_LOWER = /^[\s"“‘'(]*[a-z]/;

function mergeLowercaseStarts(parts: readonly string[]): string[] {
  const merged: string[] = [];
  for (const part of parts) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && STARTS_LOWER.test(part)) merged[merged.length - 1] = prev + part;
    else merged.push(part);
  }
  return merged;
}

function linePieces(line: string): string[] {
  if (line.length <= MAX_PIECE_CHARS) return [line];
  const out: string[] = [];
  let start = 0;
  while (line.length - start > MAX_PIECE_CHARS) {
    const window = line.slice(start, start + MAX_PIECE_CHARS);
    const m = [...window.matchAll(/[.!?]["”’]?\s+(?=[A-Z"“])/g)].pop();
    const cut = m ? start + m.index + m[0].length : start + MAX_PIECE_CHARS;
    out.push(line.slice(start, cut));
    start = cut;
  }
  out.push(line.slice(start));
  return out;
}
