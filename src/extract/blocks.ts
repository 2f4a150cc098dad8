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

/** Compares lines the way a reader would: case, spacing and curly/straight quotes ignored. */
export function normaliseLine(line: string): string {
  return line
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Number of whitespace-separated words. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
