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
    const firstOfLine = out.length;
    const parts = isOneSentence(line[0]) ? [line[0]] : linePieces(line[0]).flatMap((p) => sbd.sentences(p, SBD_OPTIONS)).flatMap(atMissedBreaks);
    for (const part of parts) {
      const trimmed = part.trim();
      if (!trimmed) continue;
      const at = text.indexOf(trimmed, cursor);
      if (at < 0 || at >= lastLineEnd) continue;
      cursor = at + trimmed.length;
      const prev = out.length > firstOfLine ? out[out.length - 1]! : undefined;
      if (prev !== undefined && continues(prev.text, trimmed)) {
        // sbd drops the space between its parts: the joined sentence is read from the text. Built
        // field by field (not by spread) so every sentence has the same hidden class.
        out[out.length - 1] = { start: prev.start, end: cursor, text: text.slice(prev.start, cursor), paragraph: prev.paragraph };
      } else {
        out.push({ start: at, end: cursor, text: trimmed, paragraph });
      }
    }
  }
  return out;
}

/**
 * A stop, then a quote closed with two apostrophes or a quote opened with two backticks (newswire
 * archives: "… them.'' The disclosure …", "… statement. ``During …"), then the next sentence's
 * capital or opening mark. sbd reads only '"' and the curly marks as closing a sentence's quote.
 */
const APOSTROPHE_MARK_BREAK = /[.!?](?:''|(?=\s+``))\s+(?=``|''|["“]|[A-Z])/g;
/**
 * A name that ends like an abbreviated title ("Hun Sen.", "… Gen."), then a word that opens sentences
 * and never a name: a title is followed by a name, so the stop ends the sentence ("… on Hun Sen. The
 * opposition …").
 */
const TITLE_STOP_SOURCE = String.raw`\b(?:Sen|Rep|Gov|Gen|Col|Sgt|Capt|Maj)\.\s`;
const TITLE_STOP_BREAK = new RegExp(`${TITLE_STOP_SOURCE}+(?=(?:The|He|She|It|They|We|But|This|That|These|Those|However|Meanwhile|There)\\s)`, 'g');
/** Cheap pre-check for `TITLE_STOP_BREAK`. */
const TITLE_STOP = new RegExp(TITLE_STOP_SOURCE);

/** A part of sbd's cut again where a sentence ends at an apostrophe-style quote mark or after a name ending like a title. */
function atMissedBreaks(part: string): string[] {
  const marks = part.includes("''") || part.includes('``');
  const titles = TITLE_STOP.test(part);
  if (!marks && !titles) return [part];
  const breaks = [...(marks ? part.matchAll(APOSTROPHE_MARK_BREAK) : []), ...(titles ? part.matchAll(TITLE_STOP_BREAK) : [])].sort((a, b) => a.index - b.index);
  const out: string[] = [];
  let from = 0;
  for (const m of breaks) {
    const cut = m.index + m[0].length;
    out.push(part.slice(from, cut));
    from = cut;
  }
  out.push(part.slice(from));
  return out;
}

/** A part starting in lower case continues the previous one: sbd split after an abbreviation ("U.S. meeting"). */
const STARTS_LOWER = /^[\s"“‘'(]*[a-z]/;
/** A country's initials ending a part ("… support for U.S."). */
const ENDS_INITIALS = /\b(?:U\.S|U\.K|U\.N|E\.U)\.$/;
/**
 * Capitalised words that follow a country's initials inside a sentence far more often than they
 * open one ("U.S. Republican candidate", "U.S. Senate", "U.K. Foreign Office").
 */
const INITIALS_MODIFIER = /^(?:Republican|Republicans|Democratic|Democrat|Democrats|Senate|Senator|Sen\.|Rep\.|House|Congress|Army|Navy|Air|Marine|Marines|Supreme|Justice|State|Treasury|Defense|Embassy|Ambassador|Secretary|Attorney|Department|Census|Border|Customs|Federal|Postal|Coast|Capitol|Olympic|Central|Special|Intelligence|District|Circuit|Chamber|Commerce|Trade|Energy|Labor|Homeland|Secret|Geological|Foreign|Home|Security|Forces|Treasuries|Mission|Consulate|Consul|Envoy|Military|Naval|Agency|Office|Bureau|Agriculture|Interior|Transportation|Education|Health|Immigration|Citizenship|Institute|Marshals|Patent|Mint|Open|Steel|Airways|Conference|Catholic|Forest|Park|Food|Drug)\b/;

function continues(previous: string, part: string): boolean {
  return STARTS_LOWER.test(part) || (ENDS_INITIALS.test(previous) && INITIALS_MODIFIER.test(part));
}

/** The end of a line whose only stops are at its very end ("… he said.", "… now?”"): a run of stops, then closing marks. */
const FINAL_STOPS = /[.!?]+["”’'»)\]]*\s*$/;
const STOP = /[.!?]/;

/**
 * A line sbd would return whole: it holds no stop (".", "!", "?") but in the run that ends it, for
 * sbd ends sentences only at words holding one. Most headlines, bylines and one-sentence
 * paragraphs are such lines, and sbd's tokenising is most of the cost of splitting them.
 */
function isOneSentence(line: string): boolean {
  if (line.length > MAX_PIECE_CHARS) return false;
  const end = FINAL_STOPS.exec(line);
  return !STOP.test(end === null ? line : line.slice(0, end.index));
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
