/**
 * The statistical named-entity tagger: an averaged perceptron trained on CoNLL-2003 English by
 * scripts/train-ner.ts (weights: ner-model.ts). Tags tokens PER, ORG, LOC, MISC (BIO scheme),
 * greedily left to right.
 *
 * Speed: a token's score is the sum of its features' weight rows. What depends on the word alone
 * (its own features summed, the rows it brings as a neighbour or after each tag, the hash prefixes
 * of the pair features) is resolved once per word type and cached, in one typed array per model;
 * only the pair features and the previous tags are looked up per token, by hash, without building
 * feature strings. An article is split into tokens once, and a word found once per spelling (its
 * `Lexeme`), whichever of the entity and attribution taggers reads it first.
 */
import { FNV_OFFSET, FNV_PRIME, fnvRange } from '../fnv.js';
import type { WordType as AttributionWordType } from './attribution-model.js';
import type { WordForm } from './attribution-features.js';
import { AFFIX_LENGTHS, featureKey, fnv, gazetteerLength, gazetteerMarks, wordShape } from './ner-features.js';
import { rowOf, type NerModel } from './ner-model.js';
import { partitionPoint } from './partition-point.js';
import { isAsciiAlnum } from './tokens.js';

/** Word types cached per model before the cache starts over: a year of one outlet's news has fewer, and it bounds memory (~0.4 KB each). */
const MAX_WORD_TYPES = 100_000;
/** Lexemes kept before the lexicon starts over (bounds memory; tokens already made keep theirs). */
const MAX_LEXEMES = 100_000;
/** A row not looked up yet (a word meets few of the tags before it). */
const UNRESOLVED = -2;
/** The tag "before the first token", as the features name it. */
const START = '<s>';
/** The word "after the last token", as the features name it. */
const END = '</s>';

/**
 * A word as written, met once per spelling (while the lexicon lasts): what the taggers compute from
 * the spelling alone is kept on it, so a token's word costs one table lookup for every tagger.
 */
export interface Lexeme {
  readonly word: string;
  readonly lower: string;
  readonly shape: string;
  /** A number for the spelling, never reused. */
  readonly id: number;
  /** Longest gazetteer phrase the word starts, in tokens (0: none). */
  readonly gazetteer: number;
  /** The entity tagger's tables for the word, made for `nerScorer`'s model. */
  nerScorer: object | null;
  nerType: WordType | null;
  /** The attribution features' per-word data (attribution-features.ts), and the attribution tagger's tables for `attributionScorer`'s model. */
  attributionForm: WordForm | null;
  attributionScorer: object | null;
  attributionType: AttributionWordType | null;
}

/**
 * The lexicon: an open-addressing table on the FNV hash of a word's characters, so a token is
 * found from the text it spans without first copying it out. Kept at most 0.4 full.
 */
const LEXICON_BITS = 18;
const LEXICON_MASK = (1 << LEXICON_BITS) - 1;
/**
 * Per slot, side by side (one memory read finds both): the word's hash, then 1 + the lexeme's index
 * in `lexicon` (0 for an empty slot). A probe reads a lexeme only when the hashes agree.
 */
const lexiconSlots = new Int32Array(2 << LEXICON_BITS);
/** The lexemes, in the order they were added. */
const lexicon: Lexeme[] = [];
let nextLexemeId = 0;
/** A multiplier that spreads the hash's bits over the slots. */
const SPREAD = 0x9e3779b1;

/** FNV hash of `s[from, to)`, signed as the lexicon's Int32Array stores it. */
function hashRange(s: string, from: number, to: number): number {
  return fnvRange(FNV_OFFSET, s, from, to) | 0;
}

/** The slot holding the word `s[from, to)`, or the empty slot where it belongs. */
function lexiconSlot(hash: number, s: string, from: number, to: number): number {
  let slot = Math.imul(hash, SPREAD) >>> (32 - LEXICON_BITS);
  for (;;) {
    const entry = lexiconSlots[2 * slot + 1]!;
    if (entry === 0) return slot;
    if (lexiconSlots[2 * slot] === hash) {
      const e = lexicon[entry - 1]!;
      if (e.word.length === to - from && s.startsWith(e.word, from)) return slot;
    }
    slot = (slot + 1) & LEXICON_MASK;
  }
}

/** The lexeme in a slot, or null when it is empty. */
function lexemeIn(slot: number): Lexeme | null {
  const entry = lexiconSlots[2 * slot + 1]!;
  return entry === 0 ? null : lexicon[entry - 1]!;
}

/** Adds a word missing from the lexicon at its `slot` (starting the lexicon over when it is full). */
function addLexeme(word: string, hash: number, slot: number): Lexeme {
  let at = slot;
  if (lexicon.length >= MAX_LEXEMES) {
    lexiconSlots.fill(0);
    lexicon.length = 0;
    at = lexiconSlot(hash, word, 0, word.length);
  }
  const lexeme: Lexeme = {
    word, lower: word.toLowerCase(), shape: wordShape(word), id: nextLexemeId, gazetteer: gazetteerLength(word),
    nerScorer: null, nerType: null, attributionForm: null, attributionScorer: null, attributionType: null,
  };
  nextLexemeId += 1;
  lexicon.push(lexeme);
  lexiconSlots[2 * at] = hash;
  lexiconSlots[2 * at + 1] = lexicon.length;
  return lexeme;
}

/** The lexeme of a word as written. */
export function lexemeOf(word: string): Lexeme {
  const hash = hashRange(word, 0, word.length);
  const slot = lexiconSlot(hash, word, 0, word.length);
  return lexemeIn(slot) ?? addLexeme(word, hash, slot);
}

/** The lexeme of the token `s[from, to)`, whose `hashRange` is `hash`. */
function lexemeAt(s: string, from: number, to: number, hash: number): Lexeme {
  const slot = lexiconSlot(hash, s, from, to);
  return lexemeIn(slot) ?? addLexeme(s.slice(from, to), hash, slot);
}

/**
 * What the tagger resolves once per word type. Its numbers live in the scorer's `arena` from `at`:
 * `classes.length` each, the word's own features summed; its rows as the word before the token with
 * its shape (`pw=`, `psh=`); as the word after (`nw=`, `nsh=`); two before (`ppw=`); two after
 * (`nnw=`); then the rows of `pt|w=` and of `pt|sh=` per previous tag (index `classes.length` is the
 * sentence start), `UNRESOLVED` until first needed.
 */
interface WordType {
  readonly lower: string;
  readonly shape: string;
  /** The arena the numbers live in (a scorer starts a new one when its cache starts over). */
  readonly generation: number;
  readonly at: number;
  /** The scorer's number for the shape (`NO_SHAPE_ID` past `MAX_SHAPES`). */
  readonly shapeId: number;
  /** FNV states of the pair features up to the other token's part: `sh|nsh=SHAPE|`, `psh|sh=SHAPE|`, `pw|w=LOWER|`, `w|nw=LOWER|`. */
  readonly shNsh: number;
  readonly pshSh: number;
  readonly pwW: number;
  readonly wNw: number;
}

/** Where each part of a word type's numbers starts, in rows of `classes.length`. */
const SELF = 0;
const AS_PREV = 1;
const AS_NEXT = 2;
const AS_PREV2 = 3;
const AS_NEXT2 = 4;
const VEC_ROWS = 5;

/** Per-model tables, built on first use. */
interface Scorer extends TypeArena {
  readonly model: NerModel;
  /** The model's classes, then the sentence start. */
  readonly tags: readonly string[];
  /** Their numbers live in the arena (see `WordType`). */
  readonly types: Map<string, WordType>;
  start: WordType;
  end: WordType;
  /** Summed rows of `pt=` and `pt2=` per (tag two before, tag before), `classes.length + 1` each way. */
  readonly tagPairs: Int32Array;
  /** 1 where class `c` may follow tag `p`: `allowed[p * C + c]`. */
  readonly allowed: Uint8Array;
  readonly first: number;
  /** FNV states of the gazetteer features' names before their value. */
  readonly gz: number;
  readonly gzSh: number;
  readonly ngz: number;
  readonly pgz: number;
  /** Reused for each sentence's static scores (grown when a sentence needs more). */
  scratch: Int32Array;
  /** Shapes numbered in the order met (a few hundred in news), up to `MAX_SHAPES`. */
  readonly shapeIds: Map<string, number>;
  /**
   * Rows of the shape-pair features by the two shapes' numbers, `UNRESOLVED` until first needed:
   * `sh|nsh=` at `2 * (shape * MAX_SHAPES + next shape)`, `psh|sh=` at `2 * (previous shape * MAX_SHAPES + shape) + 1`.
   * A handful of shapes make most tokens, so these few rows stay in the processor's cache.
   */
  readonly shapePairs: Int32Array;
}

/** Shapes numbered per scorer; a rarer shape's pair features are looked up in the model each time. */
const MAX_SHAPES = 256;
const NO_SHAPE_ID = -1;

const scorers = new WeakMap<NerModel, Scorer>();

function scorerOf(model: NerModel): Scorer {
  const hit = scorers.get(model);
  if (hit !== undefined) return hit;
  const C = model.classes.length;
  const { tags, allowed } = transitionTable(model.classes);
  const T = tags.length;
  const tagPairs = new Int32Array(T * T * C);
  for (let p2 = 0; p2 < T; p2 += 1) {
    for (let p = 0; p < T; p += 1) {
      const into = tagPairs.subarray((p2 * T + p) * C, (p2 * T + p + 1) * C);
      addRow(model, rowOf(model, featureKey(`pt=${tags[p]!}`)), into);
      addRow(model, rowOf(model, featureKey(`pt2=${tags[p2]!}|${tags[p]!}`)), into);
    }
  }
  const stride = VEC_ROWS * C + 2 * T;
  const scorer: Scorer = {
    model,
    tags,
    types: new Map(),
    arena: new Int32Array(0),
    used: 0,
    generation: 0,
    stride,
    start: undefined as unknown as WordType,
    end: undefined as unknown as WordType,
    tagPairs,
    allowed,
    first: rowOf(model, featureKey('first')),
    gz: featureKey('gz='),
    gzSh: featureKey('gz|sh='),
    ngz: featureKey('ngz='),
    pgz: featureKey('pgz='),
    scratch: new Int32Array(256 * C),
    shapeIds: new Map(),
    shapePairs: new Int32Array(2 * MAX_SHAPES * MAX_SHAPES).fill(UNRESOLVED),
  };
  startTypes(scorer);
  scorers.set(model, scorer);
  return scorer;
}

/** Word types made before the arena this big are kept when it grows. */
const INITIAL_TYPES = 4096;

/**
 * A tagger's numbers per word type, `stride` each, in one array (`used` so far); `generation`
 * counts fresh starts, so a type kept elsewhere (on a lexeme) can tell it belongs to an old arena.
 */
export interface TypeArena {
  arena: Int32Array;
  used: number;
  generation: number;
  readonly stride: number;
}

/** Starts an arena over, empty. */
export function restartArena(a: TypeArena): void {
  a.arena = new Int32Array(INITIAL_TYPES * a.stride);
  a.used = 0;
  a.generation += 1;
}

/** The offset of a new word type's numbers, the arena doubled first when full. */
export function reserveType(a: TypeArena): number {
  if (a.used + a.stride > a.arena.length) {
    const grown = new Int32Array(a.arena.length * 2);
    grown.set(a.arena);
    a.arena = grown;
  }
  const at = a.used;
  a.used += a.stride;
  return at;
}

/** Starts the word types over: a new arena, then the sentence edges' types. */
function startTypes(scorer: Scorer): void {
  scorer.types.clear();
  restartArena(scorer);
  scorer.start = wordType(scorer, START, START, START);
  scorer.end = wordType(scorer, END, END, END);
}

/** Adds row `row` of the model's weights (none when negative) to `into[at …]`. */
function addRow(model: NerModel, row: number, into: Int32Array, at = 0): void {
  addRowAt(model.weights, row, into, at, model.classes.length);
}

/** Adds row `row` of `w` (`C` weights; none when negative) to `into[at …]`. */
export function addRowAt(w: Int32Array, row: number, into: Int32Array, at: number, C: number): void {
  if (row < 0) return;
  for (let c = 0; c < C; c += 1) into[at + c]! += w[row + c]!;
}

/** FNV states of the feature names before their value ("pw=" then the word). */
const NAME = Object.fromEntries(
  ['w', 'lw', 'sh', 'pw', 'nw', 'ppw', 'nnw', 'psh', 'nsh', 'sh|nsh', 'psh|sh', 'pw|w', 'w|nw'].map((n) => [n, featureKey(`${n}=`)]),
) as Readonly<Record<string, number>>;
/** The affix lengths of `wordFeatures` (rising), and the states of their names (`p2=`, `s2=`, …). */
const AFFIXES = AFFIX_LENGTHS;
const PREFIX_NAMES = AFFIXES.map((n) => featureKey(`p${n}=`));
const SUFFIX_NAMES = AFFIXES.map((n) => featureKey(`s${n}=`));
const BIAS = featureKey('b');
const ALLCAPS = featureKey('allcaps');
const HYPHEN = featureKey('hyphen');

function wordType(scorer: Scorer, word: string, lower: string, shape: string): WordType {
  const model = scorer.model;
  const C = model.classes.length;
  const at = reserveType(scorer);
  const vec = scorer.arena;
  vec.fill(UNRESOLVED, at + VEC_ROWS * C, at + scorer.stride);
  const self = at + SELF * C;
  // The keys of `wordFeatures` (ner-features.ts), hashed from the names' states.
  addRow(model, rowOf(model, BIAS), vec, self);
  addRow(model, rowOf(model, fnv(NAME.w!, word)), vec, self);
  addRow(model, rowOf(model, fnv(NAME.lw!, lower)), vec, self);
  addRow(model, rowOf(model, fnv(NAME.sh!, shape)), vec, self);
  for (let k = 0; k < AFFIXES.length; k += 1) {
    const n = AFFIXES[k]!;
    if (lower.length <= n) break;
    addRow(model, rowOf(model, fnvRange(PREFIX_NAMES[k]!, lower, 0, n)), vec, self);
    addRow(model, rowOf(model, fnvRange(SUFFIX_NAMES[k]!, lower, lower.length - n, lower.length)), vec, self);
  }
  if (shape === 'X' && word.length > 1) addRow(model, rowOf(model, ALLCAPS), vec, self);
  if (word.includes('-')) addRow(model, rowOf(model, HYPHEN), vec, self);
  addRow(model, rowOf(model, fnv(NAME.pw!, lower)), vec, at + AS_PREV * C);
  addRow(model, rowOf(model, fnv(NAME.psh!, shape)), vec, at + AS_PREV * C);
  addRow(model, rowOf(model, fnv(NAME.nw!, lower)), vec, at + AS_NEXT * C);
  addRow(model, rowOf(model, fnv(NAME.nsh!, shape)), vec, at + AS_NEXT * C);
  addRow(model, rowOf(model, fnv(NAME.ppw!, lower)), vec, at + AS_PREV2 * C);
  addRow(model, rowOf(model, fnv(NAME.nnw!, lower)), vec, at + AS_NEXT2 * C);
  let shapeId = scorer.shapeIds.get(shape);
  if (shapeId === undefined) {
    shapeId = scorer.shapeIds.size < MAX_SHAPES ? scorer.shapeIds.size : NO_SHAPE_ID;
    if (shapeId !== NO_SHAPE_ID) scorer.shapeIds.set(shape, shapeId);
  }
  return {
    lower,
    shape,
    generation: scorer.generation,
    at,
    shapeId,
    shNsh: fnv(fnv(NAME['sh|nsh']!, shape), '|'),
    pshSh: fnv(fnv(NAME['psh|sh']!, shape), '|'),
    pwW: fnv(fnv(NAME['pw|w']!, lower), '|'),
    wNw: fnv(fnv(NAME['w|nw']!, lower), '|'),
  };
}

/** The scorer's tables for a lexeme: kept on the lexeme for the last model that read it, else in the scorer's own cache. */
function typeOf(scorer: Scorer, lexeme: Lexeme): WordType {
  if (lexeme.nerScorer === scorer && lexeme.nerType!.generation === scorer.generation) return lexeme.nerType!;
  let type = scorer.types.get(lexeme.word);
  if (type === undefined) {
    type = wordType(scorer, lexeme.word, lexeme.lower, lexeme.shape);
    scorer.types.set(lexeme.word, type);
  }
  lexeme.nerScorer = scorer;
  lexeme.nerType = type;
  return type;
}

/** A BIO tag that may follow `prev`: I-X only continues B-X or I-X. */
export function allowedAfter(prev: string, tag: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);
}

/**
 * The tags a tagger's previous-tag features can name (the classes, then the start `<s>`) and, for
 * each, which classes may follow it: `allowed[p * C + c]` is 1 when class `c` may follow tag `p`.
 */
export function transitionTable(classes: readonly string[]): { tags: string[]; allowed: Uint8Array } {
  const C = classes.length;
  const tags = [...classes, START];
  const allowed = new Uint8Array(tags.length * C);
  for (let p = 0; p < tags.length; p += 1) for (let c = 0; c < C; c += 1) allowed[p * C + c] = allowedAfter(tags[p]!, classes[c]!) ? 1 : 0;
  return { tags, allowed };
}

/**
 * The static score (no tag features) of every token: the same sum as the weights of
 * `staticFeatures` in ner-features.ts. Row-major, `classes.length` per token.
 */
export function staticScores(model: NerModel, words: readonly string[]): Int32Array {
  const scorer = scorerOf(model);
  const lexemes = words.map(lexemeOf);
  if (scorer.types.size + lexemes.length > MAX_WORD_TYPES) startTypes(scorer);
  return scoresOf(scorer, lexemes.map((l) => typeOf(scorer, l)), lexemes);
}

/**
 * The static scores of a sentence's tokens, written over `into` when it is long enough (the
 * tagger's scratch array: a typed array this size lives outside the JS heap and costs an
 * allocation per sentence otherwise), else into a new array.
 */
function scoresOf(scorer: Scorer, types: readonly WordType[], lexemes: readonly Lexeme[], into?: Int32Array): Int32Array {
  const model = scorer.model;
  const C = model.classes.length;
  const n = lexemes.length;
  const marks = gazetteerMarksOf(lexemes);
  const w = model.weights;
  const out = into !== undefined && into.length >= n * C ? into : new Int32Array(n * C);
  const a = scorer.arena;
  const start = scorer.start.at;
  const end = scorer.end.at;
  for (let i = 0; i < n; i += 1) {
    const at = i * C;
    const cur = types[i]!;
    const prev = i > 0 ? types[i - 1]! : scorer.start;
    const next = i + 1 < n ? types[i + 1]! : scorer.end;
    const self = cur.at + SELF * C;
    const left = prev.at + AS_PREV * C;
    const right = next.at + AS_NEXT * C;
    const left2 = (i > 1 ? types[i - 2]!.at : start) + AS_PREV2 * C;
    const right2 = (i + 2 < n ? types[i + 2]!.at : end) + AS_NEXT2 * C;
    for (let c = 0; c < C; c += 1) out[at + c] = a[self + c]! + a[left + c]! + a[right + c]! + a[left2 + c]! + a[right2 + c]!;
    if (i === 0) addRowAt(w, scorer.first, out, at, C);
    addRowAt(w, shapePairRow(scorer, cur, next, 0), out, at, C);
    addRowAt(w, shapePairRow(scorer, prev, cur, 1), out, at, C);
    addRowAt(w, rowOf(model, fnv(prev.pwW, cur.lower)), out, at, C);
    addRowAt(w, rowOf(model, fnv(cur.wNw, next.lower)), out, at, C);
    const mark = marks === null ? null : marks[i];
    if (mark != null) {
      addRowAt(w, rowOf(model, fnv(scorer.gz, mark)), out, at, C);
      addRowAt(w, rowOf(model, fnv(fnv(fnv(scorer.gzSh, mark), '|'), cur.shape)), out, at, C);
    }
    if (marks === null) continue;
    const nextMark = marks[i + 1];
    if (nextMark != null) addRowAt(w, rowOf(model, fnv(scorer.ngz, nextMark)), out, at, C);
    const prevMark = marks[i - 1];
    if (prevMark != null) addRowAt(w, rowOf(model, fnv(scorer.pgz, prevMark)), out, at, C);
  }
  return out;
}

/** The row of `sh|nsh=` (`which` 0: `first` the token, `second` the next) or `psh|sh=` (1: `first` the previous token, `second` the token). */
function shapePairRow(scorer: Scorer, first: WordType, second: WordType, which: 0 | 1): number {
  if (first.shapeId === NO_SHAPE_ID || second.shapeId === NO_SHAPE_ID) return rowOf(scorer.model, fnv(which === 0 ? first.shNsh : first.pshSh, second.shape));
  const i = 2 * (first.shapeId * MAX_SHAPES + second.shapeId) + which;
  let row = scorer.shapePairs[i]!;
  if (row === UNRESOLVED) row = scorer.shapePairs[i] = rowOf(scorer.model, fnv(which === 0 ? first.shNsh : first.pshSh, second.shape));
  return row;
}

/** Gazetteer marks of a sentence's lexemes (`gazetteerMarks`), or null when no word starts a phrase (most sentences). */
function gazetteerMarksOf(lexemes: readonly Lexeme[]): (string | null)[] | null {
  for (const l of lexemes) if (l.gazetteer > 0) return gazetteerMarks(lexemes.map((x) => x.word));
  return null;
}

/** Tags one sentence's words; the result is valid BIO. */
export function tagWords(model: NerModel, words: readonly string[]): string[] {
  return tagLexemes(model, words.map(lexemeOf));
}

/** Tags one sentence's tokens (their lexemes); the result is valid BIO. */
export function tagLexemes(model: NerModel, lexemes: readonly Lexeme[]): string[] {
  const scorer = scorerOf(model);
  const C = model.classes.length;
  const T = C + 1;
  // The cache starts over between sentences only: a sentence's types share one arena.
  if (scorer.types.size + lexemes.length > MAX_WORD_TYPES) startTypes(scorer);
  const types: WordType[] = [];
  for (const l of lexemes) types.push(typeOf(scorer, l));
  if (scorer.scratch.length < lexemes.length * C) scorer.scratch = new Int32Array(2 * lexemes.length * C);
  const scores = scoresOf(scorer, types, lexemes, scorer.scratch);
  const w = model.weights;
  const a = scorer.arena;
  const tagRows = VEC_ROWS * C;
  const tags: string[] = [];
  // Tag indices of the two tokens before; `C` is the sentence start.
  let prev = C;
  let prev2 = C;
  for (let i = 0; i < lexemes.length; i += 1) {
    const at = i * C;
    const type = types[i]!;
    const pairAt = (prev2 * T + prev) * C;
    const afterTag = type.at + tagRows + prev;
    let rowW = a[afterTag]!;
    if (rowW === UNRESOLVED) rowW = a[afterTag] = rowOf(model, featureKey(`pt|w=${scorer.tags[prev]!}|${type.lower}`));
    let rowSh = a[afterTag + T]!;
    if (rowSh === UNRESOLVED) rowSh = a[afterTag + T] = rowOf(model, featureKey(`pt|sh=${scorer.tags[prev]!}|${type.shape}`));
    let best = -1;
    let bestScore = 0;
    for (let c = 0; c < C; c += 1) {
      if (scorer.allowed[prev * C + c] === 0) continue;
      const score = scores[at + c]! + scorer.tagPairs[pairAt + c]! + (rowW >= 0 ? w[rowW + c]! : 0) + (rowSh >= 0 ? w[rowSh + c]! : 0);
      if (best < 0 || score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    tags.push(model.classes[best]!);
    prev2 = prev;
    prev = best;
  }
  return tags;
}

/** A token of running text for the tagger: words, numbers, clitics and punctuation apart, as CoNLL splits them. */
export interface NerToken {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  readonly lexeme: Lexeme;
}

/** Words with inner periods, hyphens and apostrophes ("U.S.", "al-Assad", "O'Neill"), clitics ("'s", "n't"), then any other mark. */
const NER_TOKEN = /n['’]t\b|['’](?:s|re|ve|ll|d|m)\b|(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:(?!n['’]t\b)[\p{L}\p{N}\p{M}]|[-.&/](?=[\p{L}\p{N}])|['’](?!(?:s|re|ve|ll|d|m)\b)(?=[\p{L}\p{N}]))*(?:\.(?<=\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Co|Corp|Inc|Ltd|No)\.))?|\S/gu;

/** `NER_TOKEN` matched at one position: every match starts at the first character that is not white space (`\s`). */
const NER_TOKEN_AT = new RegExp(NER_TOKEN.source, 'uy');
const RIGHT_QUOTE = 0x2019;

/**
 * Whether an ASCII code unit right after a run of ASCII letters and digits ends `NER_TOKEN`'s word
 * there: anything but a letter, digit, period, hyphen, ampersand, slash or apostrophe (which may join
 * the word, or open a clitic or an abbreviation's period).
 */
function endsAsciiWord(c: number): boolean {
  return c < 0x80 && !isAsciiAlnum(c) && c !== 0x2e && c !== 0x2d && c !== 0x26 && c !== 0x2f && c !== 0x27;
}

/** Whether a UTF-16 code unit is white space as `\s` reads it. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Tokens of `text.slice(from, to)`, read afresh. */
function tokenize(text: string, from: number, to: number): NerToken[] {
  const out: NerToken[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const n = slice.length;
  let p = 0;
  while (p < n) {
    const c = slice.charCodeAt(p);
    if (isSpace(c)) {
      p += 1;
      continue;
    }
    let e = p + 1;
    let lexeme: Lexeme | null = null;
    if (isAsciiAlnum(c)) {
      // Most tokens are ASCII words ending before a space or a comma: `NER_TOKEN` reads them as the
      // run of letters and digits, found here while hashing it.
      let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      while (e < n && isAsciiAlnum(slice.charCodeAt(e))) h = Math.imul(h ^ slice.charCodeAt(e++), FNV_PRIME);
      if (e === n || endsAsciiWord(slice.charCodeAt(e))) lexeme = lexemeAt(slice, p, e, h);
    } else if (c < 0x80 && c !== 0x27) {
      // Any other ASCII mark but an apostrophe is a token of its own.
      lexeme = lexemeAt(slice, p, e, Math.imul(FNV_OFFSET ^ c, FNV_PRIME));
    }
    if (lexeme === null) {
      // A sticky `test` finds the match's end without copying the match out.
      NER_TOKEN_AT.lastIndex = p;
      e = NER_TOKEN_AT.test(slice) ? NER_TOKEN_AT.lastIndex : p + 1;
      let curly = false;
      for (let i = p; i < e; i += 1) if (slice.charCodeAt(i) === RIGHT_QUOTE) curly = true;
      lexeme = curly ? lexemeOf(slice.slice(p, e).replace(/’/g, "'")) : lexemeAt(slice, p, e, hashRange(slice, p, e));
    }
    out.push({ word: lexeme.word, start: from + p, end: from + e, lexeme });
    p = e;
  }
  return out;
}

/** The last text tokenized whole, and its tokens: the entity tagger reads it by sentence and the attribution tagger by paragraph. */
let lastText: string | null = null;
let lastTokens: readonly NerToken[] = [];

/**
 * Splits `text[from, to)` into tagger tokens with offsets: the whole text's tokens that lie within
 * the range, read once per text. A range that cuts a token of the whole text (it never does at
 * sentence and paragraph edges) is read on its own.
 */
export function nerTokens(text: string, from = 0, to = text.length): NerToken[] {
  if (text !== lastText) {
    lastTokens = tokenize(text, 0, text.length);
    lastText = text;
  }
  const tokens = lastTokens;
  // The first token ending after `from`.
  const lo = partitionPoint(tokens.length, (i) => tokens[i]!.end <= from);
  let last = lo;
  while (last < tokens.length && tokens[last]!.end <= to) last += 1;
  const cut = (lo < tokens.length && tokens[lo]!.start < from) || (last < tokens.length && tokens[last]!.start < to);
  return cut ? tokenize(text, from, to) : tokens.slice(lo, last);
}

/** An entity the tagger found: offsets into the text and a CoNLL type. */
export interface TaggedEntity {
  readonly start: number;
  readonly end: number;
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/** Runs of consecutive B-/I- tags of one label, as token ranges `[from, to)`. */
export function tagRuns(tags: readonly string[]): { label: string; from: number; to: number }[] {
  const out: { label: string; from: number; to: number }[] = [];
  // The open run: its first token (-1: none) and label.
  let from = -1;
  let label = '';
  for (let i = 0; i < tags.length; i += 1) {
    const tag = tags[i]!;
    if (from >= 0 && (tag === 'O' || tag.startsWith('B-') || label !== tag.slice(2))) {
      out.push({ label, from, to: i });
      from = -1;
    }
    if (tag !== 'O' && from < 0) {
      from = i;
      label = tag.slice(2);
    }
  }
  if (from >= 0) out.push({ label, from, to: tags.length });
  return out;
}

/** Spans of consecutive B-/I- tags of one type. */
export function spansOfTags(tokens: readonly { start: number; end: number }[], tags: readonly string[]): TaggedEntity[] {
  return tagRuns(tags).map((r) => ({ start: tokens[r.from]!.start, end: tokens[r.to - 1]!.end, type: r.label as TaggedEntity['type'] }));
}
