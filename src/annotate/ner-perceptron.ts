/**
 * The statistical named-entity tagger: an averaged perceptron trained on CoNLL-2003 English by
 * scripts/train-ner.ts (weights: ner-model.ts). Tags tokens PER, ORG, LOC, MISC (BIO scheme),
 * greedily left to right.
 *
 * Speed: a token's score is the sum of its features' weight rows. What depends on the word alone
 * (its own features summed, the rows it brings as a neighbour or after each tag, the hash prefixes
 * of the pair features) is resolved once per word type and cached; only the pair features and the
 * previous tags are looked up per token, by hash, without building feature strings.
 */
import { featureKey, fnv, gazetteerMarks, wordFeatures, wordShape } from './ner-features.js';
import { rowOf, type NerModel } from './ner-model.js';

/** Word types cached per model before the cache starts over: a year of one outlet's news has fewer, and it bounds memory (~0.5 KB each). */
const MAX_WORD_TYPES = 100_000;
/** A row not looked up yet (a word meets few of the tags before it). */
const UNRESOLVED = -2;
/** The tag "before the first token", as the features name it. */
const START = '<s>';
/** The word "after the last token", as the features name it. */
const END = '</s>';

/** What the tagger resolves once per word type. Rows are offsets into `model.weights`, -1 when unknown. */
interface WordType {
  readonly lower: string;
  readonly shape: string;
  /** The word's own features, summed. */
  readonly self: Int32Array;
  /** Its rows as the word before, after, two before and two after the token (`pw=`, `nw=`, `ppw=`, `nnw=`), and its shape's (`psh=`, `nsh=`). */
  readonly asPrev: number;
  readonly asNext: number;
  readonly asPrev2: number;
  readonly asNext2: number;
  readonly asPrevShape: number;
  readonly asNextShape: number;
  /** FNV states of the pair features up to the other token's part: `sh|nsh=SHAPE|`, `psh|sh=SHAPE|`, `pw|w=LOWER|`, `w|nw=LOWER|`. */
  readonly shNsh: number;
  readonly pshSh: number;
  readonly pwW: number;
  readonly wNw: number;
  /** Rows of `pt|w=` and `pt|sh=` per previous tag (index `classes.length` is the sentence start), resolved on first use. */
  readonly afterTag: Int32Array;
  readonly afterTagShape: Int32Array;
}

/** Per-model tables, built on first use. */
interface Scorer {
  readonly model: NerModel;
  /** The model's classes, then the sentence start. */
  readonly tags: readonly string[];
  readonly types: Map<string, WordType>;
  readonly start: WordType;
  readonly end: WordType;
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
}

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
  const scorer: Scorer = {
    model,
    tags,
    types: new Map(),
    start: wordType(model, START, START, START),
    end: wordType(model, END, END, END),
    tagPairs,
    allowed,
    first: rowOf(model, featureKey('first')),
    gz: featureKey('gz='),
    gzSh: featureKey('gz|sh='),
    ngz: featureKey('ngz='),
    pgz: featureKey('pgz='),
  };
  scorers.set(model, scorer);
  return scorer;
}

function addRow(model: NerModel, row: number, into: Int32Array): void {
  if (row < 0) return;
  const w = model.weights;
  for (let c = 0; c < into.length; c += 1) into[c]! += w[row + c]!;
}

/** Adds row `row` of `w` (`C` weights; none when negative) to `into[at …]`. */
function addRowAt(w: Int32Array, row: number, into: Int32Array, at: number, C: number): void {
  if (row < 0) return;
  for (let c = 0; c < C; c += 1) into[at + c]! += w[row + c]!;
}

function wordType(model: NerModel, word: string, lower: string, shape: string): WordType {
  const C = model.classes.length;
  const self = new Int32Array(C);
  for (const f of wordFeatures(word, lower, shape)) addRow(model, rowOf(model, featureKey(f)), self);
  const tags = model.classes.length + 1;
  return {
    lower,
    shape,
    self,
    asPrev: rowOf(model, featureKey(`pw=${lower}`)),
    asNext: rowOf(model, featureKey(`nw=${lower}`)),
    asPrev2: rowOf(model, featureKey(`ppw=${lower}`)),
    asNext2: rowOf(model, featureKey(`nnw=${lower}`)),
    asPrevShape: rowOf(model, featureKey(`psh=${shape}`)),
    asNextShape: rowOf(model, featureKey(`nsh=${shape}`)),
    shNsh: featureKey(`sh|nsh=${shape}|`),
    pshSh: featureKey(`psh|sh=${shape}|`),
    pwW: featureKey(`pw|w=${lower}|`),
    wNw: featureKey(`w|nw=${lower}|`),
    afterTag: new Int32Array(tags).fill(UNRESOLVED),
    afterTagShape: new Int32Array(tags).fill(UNRESOLVED),
  };
}

function typeOf(scorer: Scorer, word: string): WordType {
  const hit = scorer.types.get(word);
  if (hit !== undefined) return hit;
  if (scorer.types.size >= MAX_WORD_TYPES) scorer.types.clear();
  const type = wordType(scorer.model, word, word.toLowerCase(), wordShape(word));
  scorer.types.set(word, type);
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
  return scoresOf(scorer, words.map((w) => typeOf(scorer, w)), words);
}

function scoresOf(scorer: Scorer, types: readonly WordType[], words: readonly string[]): Int32Array {
  const model = scorer.model;
  const C = model.classes.length;
  const marks = gazetteerMarks(words);
  const w = model.weights;
  const out = new Int32Array(words.length * C);
  for (let i = 0; i < words.length; i += 1) {
    const at = i * C;
    const cur = types[i]!;
    const prev = types[i - 1] ?? scorer.start;
    const next = types[i + 1] ?? scorer.end;
    const self = cur.self;
    for (let c = 0; c < C; c += 1) out[at + c] = self[c]!;
    if (i === 0) addRowAt(w, scorer.first, out, at, C);
    addRowAt(w, prev.asPrev, out, at, C);
    addRowAt(w, next.asNext, out, at, C);
    addRowAt(w, prev.asPrevShape, out, at, C);
    addRowAt(w, next.asNextShape, out, at, C);
    addRowAt(w, (types[i - 2] ?? scorer.start).asPrev2, out, at, C);
    addRowAt(w, (types[i + 2] ?? scorer.end).asNext2, out, at, C);
    addRowAt(w, rowOf(model, fnv(cur.shNsh, next.shape)), out, at, C);
    addRowAt(w, rowOf(model, fnv(prev.pshSh, cur.shape)), out, at, C);
    addRowAt(w, rowOf(model, fnv(prev.pwW, cur.lower)), out, at, C);
    addRowAt(w, rowOf(model, fnv(cur.wNw, next.lower)), out, at, C);
    const mark = marks[i];
    if (mark != null) {
      addRowAt(w, rowOf(model, fnv(scorer.gz, mark)), out, at, C);
      addRowAt(w, rowOf(model, fnv(fnv(fnv(scorer.gzSh, mark), '|'), cur.shape)), out, at, C);
    }
    const nextMark = marks[i + 1];
    if (nextMark != null) addRowAt(w, rowOf(model, fnv(scorer.ngz, nextMark)), out, at, C);
    const prevMark = marks[i - 1];
    if (prevMark != null) addRowAt(w, rowOf(model, fnv(scorer.pgz, prevMark)), out, at, C);
  }
  return out;
}

/** Tags one sentence's words; the result is valid BIO. */
export function tagWords(model: NerModel, words: readonly string[]): string[] {
  const scorer = scorerOf(model);
  const C = model.classes.length;
  const T = C + 1;
  const types = words.map((word) => typeOf(scorer, word));
  const scores = scoresOf(scorer, types, words);
  const w = model.weights;
  const tags: string[] = [];
  // Tag indices of the two tokens before; `C` is the sentence start.
  let prev = C;
  let prev2 = C;
  for (let i = 0; i < words.length; i += 1) {
    const at = i * C;
    const type = types[i]!;
    const pairAt = (prev2 * T + prev) * C;
    let rowW = type.afterTag[prev]!;
    if (rowW === UNRESOLVED) rowW = type.afterTag[prev] = rowOf(model, featureKey(`pt|w=${scorer.tags[prev]!}|${type.lower}`));
    let rowSh = type.afterTagShape[prev]!;
    if (rowSh === UNRESOLVED) rowSh = type.afterTagShape[prev] = rowOf(model, featureKey(`pt|sh=${scorer.tags[prev]!}|${type.shape}`));
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
}

/** Words with inner periods, hyphens and apostrophes ("U.S.", "al-Assad", "O'Neill"), clitics ("'s", "n't"), then any other mark. */
const NER_TOKEN = /n['’]t\b|['’](?:s|re|ve|ll|d|m)\b|(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:(?!n['’]t\b)[\p{L}\p{N}\p{M}]|[-.&/](?=[\p{L}\p{N}])|['’](?!(?:s|re|ve|ll|d|m)\b)(?=[\p{L}\p{N}]))*(?:\.(?<=\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Co|Corp|Inc|Ltd|No)\.))?|\S/gu;

/** Splits text into tagger tokens with offsets. */
export function nerTokens(text: string, from = 0, to = text.length): NerToken[] {
  const out: NerToken[] = [];
  const slice = text.slice(from, to);
  // `exec` on the one global pattern (no match is empty): the same matches as `matchAll`, without its iterator.
  NER_TOKEN.lastIndex = 0;
  for (let m = NER_TOKEN.exec(slice); m !== null; m = NER_TOKEN.exec(slice)) {
    const word = m[0];
    out.push({ word: word.includes('’') ? word.replace(/’/g, "'") : word, start: from + m.index, end: from + m.index + word.length });
  }
  return out;
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
  let open: { from: number; label: string } | null = null;
  const close = (to: number) => {
    if (open !== null) out.push({ label: open.label, from: open.from, to });
    open = null;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag.startsWith('B-') || (open !== null && open.label !== tag.slice(2))) close(i);
    if (tag !== 'O' && open === null) open = { from: i, label: tag.slice(2) };
  });
  close(tags.length);
  return out;
}

/** Spans of consecutive B-/I- tags of one type. */
export function spansOfTags(tokens: readonly { start: number; end: number }[], tags: readonly string[]): TaggedEntity[] {
  return tagRuns(tags).map((r) => ({ start: tokens[r.from]!.start, end: tokens[r.to - 1]!.end, type: r.label as TaggedEntity['type'] }));
}
