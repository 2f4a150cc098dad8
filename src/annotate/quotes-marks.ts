/**
 * Finds quoted spans by their marks: straight and typographic, double and single, with
 * apostrophes told apart from closing single marks and quotes that run on into the next paragraph.
 */

/** One blank-line separated block of the text, numbered as `splitSentences` numbers paragraphs. */
export interface ParagraphRange {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** A pair of quote marks (or an opening mark left open at the paragraph end). */
export interface MarkSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark; the trimmed paragraph end when `closed` is false. */
  readonly close: number;
  readonly closed: boolean;
  readonly paragraph: number;
  readonly style: 'double' | 'single';
  /** True when this span continues a quote left open at the end of the previous paragraph. */
  readonly continues: boolean;
  /** The quoted words: inside the marks, trimmed of spaces and of a trailing attribution comma. */
  readonly start: number;
  readonly end: number;
}

/** Same line rule as the sentence splitter, so paragraph numbers agree with `Sentence.paragraph`. */
const LINE = /[^\n]+/g;
/** A blank line (possibly holding spaces) separates paragraphs. */
const BLANK_GAP = /\n\s*\n/;
/** Characters after which a straight mark opens a quote. */
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/;
/** Characters before which a straight mark closes a quote. */
const CLOSERS = '\\s.,;:!?)\\]}\\u2014\\u2013-';
const CLOSES_BEFORE = new RegExp(`[${CLOSERS}]`);
/** A single mark also closes right before a double one: a quote inside a quote ends with it (“… ‘go home.’”). */
const SINGLE_CLOSES_BEFORE = new RegExp(`["\\u201d${CLOSERS}]`);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The end of quoted words: a letter, digit or stop right before a mark. */
const AFTER_WORDS = /[\p{L}\p{N}.,!?;]/u;
/** Newspaper archives (the NYT's among them) write a double quote mark as two apostrophes. */
const DOUBLED_APOSTROPHES = /''/g;
/** Two backticks open a double quote in newswire written in the Penn Treebank style. */
const DOUBLED_BACKTICKS = /``/g;

/** Splits the text into paragraph ranges the way `splitSentences` numbers them. */
export function paragraphRanges(text: string): ParagraphRange[] {
  const out: ParagraphRange[] = [];
  let lastEnd = -2;
  for (const line of text.matchAll(LINE)) {
    const start = line.index;
    const end = start + line[0].trimEnd().length;
    const gap = text.slice(Math.max(0, lastEnd), start);
    const last = out[out.length - 1];
    if (last === undefined || BLANK_GAP.test(gap)) out.push({ index: out.length, start, end });
    else out[out.length - 1] = { index: last.index, start: last.start, end: Math.max(last.end, end) };
    lastEnd = start + line[0].length;
  }
  return out.filter((p) => text.slice(p.start, p.end).trim() !== '');
}

type MarkRole = 'open' | 'close' | 'either' | 'none';

function roleOfDouble(text: string, at: number, paraStart: number, paraEnd: number): MarkRole {
  const ch = text[at];
  const prev = at > paraStart ? text[at - 1] : undefined;
  const next = at + 1 < paraEnd ? text[at + 1] : undefined;
  // A typographic mark typed the wrong way round keeps its place's role: “It's unusual,“ said … closes,
  // and a ” before a word at the start of a phrase opens.
  if (ch === '\u201c' || ch === '\u201e') return prev !== undefined && AFTER_WORDS.test(prev) && (next === undefined || /\s/.test(next)) ? 'close' : 'open';
  if (ch === '\u201d') return (prev === undefined || OPENS_AFTER.test(prev)) && next !== undefined && LETTER_OR_DIGIT.test(next) ? 'open' : 'close';
  const canOpen = (prev === undefined || OPENS_AFTER.test(prev)) && next !== undefined && !/\s/.test(next);
  const canClose = (next === undefined || CLOSES_BEFORE.test(next)) && prev !== undefined && !/\s/.test(prev);
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  return 'either';
}

function roleOfSingle(text: string, at: number, paraStart: number, paraEnd: number): MarkRole {
  const ch = text[at];
  const prev = at > paraStart ? text[at - 1] : undefined;
  const next = at + 1 < paraEnd ? text[at + 1] : undefined;
  const letterBefore = prev !== undefined && LETTER_OR_DIGIT.test(prev);
  const letterAfter = next !== undefined && LETTER_OR_DIGIT.test(next);
  // A mark between two letters is an apostrophe (Trump’s, don't), never a quote boundary.
  if (letterBefore && letterAfter) return 'none';
  if (ch === '\u2018') return 'open';
  const canOpen = (prev === undefined || OPENS_AFTER.test(prev)) && letterAfter;
  const canClose = prev !== undefined && !/\s/.test(prev) && (next === undefined || SINGLE_CLOSES_BEFORE.test(next));
  if (canOpen) return 'open';
  if (canClose) return 'close';
  return 'none';
}

interface RawPair {
  open: number;
  close: number;
  closed: boolean;
  style: 'double' | 'single';
}

function pairDoubles(text: string, para: ParagraphRange): RawPair[] {
  const out: RawPair[] = [];
  let openAt: number | null = null;
  for (let i = para.start; i < para.end; i += 1) {
    const ch = text[i];
    if (ch !== '"' && ch !== '\u201c' && ch !== '\u201d' && ch !== '\u201e') continue;
    const role = roleOfDouble(text, i, para.start, para.end);
    if (openAt === null) {
      if (role !== 'close') openAt = i;
    } else if (role === 'open' && ch !== '"') {
      // A second typographic opener means the first was never closed: start again from here.
      openAt = i;
    } else {
      out.push({ open: openAt, close: i, closed: true, style: 'double' });
      openAt = null;
    }
  }
  if (openAt !== null) out.push({ open: openAt, close: para.end, closed: false, style: 'double' });
  return out;
}

function pairSingles(text: string, para: ParagraphRange): RawPair[] {
  const out: RawPair[] = [];
  let openAt: number | null = null;
  for (let i = para.start; i < para.end; i += 1) {
    const ch = text[i];
    if (ch !== "'" && ch !== '\u2018' && ch !== '\u2019') continue;
    const role = roleOfSingle(text, i, para.start, para.end);
    if (role === 'none') continue;
    if (openAt === null) {
      if (role === 'open') openAt = i;
    } else if (role === 'close') {
      out.push({ open: openAt, close: i, closed: true, style: 'single' });
      openAt = null;
    }
  }
  // Only a typographic opener may run on: a straight one left open is usually an elision ('90s).
  if (openAt !== null && text[openAt] === '\u2018') out.push({ open: openAt, close: para.end, closed: false, style: 'single' });
  return out;
}

function contains(outer: RawPair, inner: RawPair): boolean {
  return outer !== inner && outer.open <= inner.open && inner.close <= outer.close;
}

function startsWithOpener(text: string, para: ParagraphRange, style: 'double' | 'single'): boolean {
  const ch = text[para.start];
  return style === 'double' ? ch === '"' || ch === '\u201c' || ch === '\u201e' : ch === "'" || ch === '\u2018';
}

/** Trims the quoted words: spaces, and a trailing comma that belongs to the attribution. */
function innerRange(text: string, open: number, close: number): { start: number; end: number } {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /[\s,]/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/**
 * Reads two apostrophes as one typographic double mark, offsets kept: the mark sits on the
 * outer apostrophe ('' opening a quote becomes "“ ", closing it " ”"), so the text before an
 * opener and after a closer is untouched.
 */
function typographicDoubles(text: string): string {
  if (!text.includes("''")) return text;
  // Newswire in the Penn Treebank style (DUC, the AP archives) opens with two backticks: ``…''.
  const opened = text.includes('``') ? text.replace(DOUBLED_BACKTICKS, '\u201c ') : text;
  return opened.replace(DOUBLED_APOSTROPHES, (_pair, at: number) => {
    const prev = opened[at - 1];
    return prev === undefined || prev === '\n' || OPENS_AFTER.test(prev) ? '\u201c ' : ' \u201d';
  });
}

/**
 * Finds the outermost quoted spans of every paragraph. A span left open at a paragraph end is kept
 * when the next paragraph opens with the same kind of mark (the newspaper style for quotes of
 * several paragraphs); a single-mark span left open otherwise is dropped as an apostrophe.
 */
export function findQuoteMarks(original: string, paragraphs: readonly ParagraphRange[] = paragraphRanges(original)): MarkSpan[] {
  const text = typographicDoubles(original);
  const out: MarkSpan[] = [];
  let runOn: 'double' | 'single' | null = null;
  paragraphs.forEach((para, k) => {
    const pairs = [...pairDoubles(text, para), ...pairSingles(text, para)];
    const nextPara = paragraphs[k + 1];
    // A single mark left open that the next paragraph does not continue is an apostrophe: it is
    // dropped before it could hide the quotes after it.
    const marks = pairs.filter((pair) => pair.closed || pair.style === 'double' || (nextPara !== undefined && startsWithOpener(text, nextPara, 'single')));
    const kept = marks
      .filter((pair) => !marks.some((other) => contains(other, pair) && other.style !== pair.style))
      .sort((a, b) => a.open - b.open);
    kept.forEach((pair, i) => {
      const { start, end } = innerRange(text, pair.open, pair.close);
      if (end <= start) return;
      const continues = i === 0 && runOn === pair.style && pair.open === para.start;
      out.push({ open: pair.open, close: pair.close, closed: pair.closed, style: pair.style, paragraph: para.index, continues, start, end });
    });
    const last = kept[kept.length - 1];
    runOn = last !== undefined && !last.closed ? last.style : null;
  });
  return out;
}
