/**
 * Features of the named-entity tagger: the word and its shape, affixes, neighbours, the project's
 * gazetteers, and the two previous tags (greedy left-to-right decoding). A feature is its name
 * ("pw=the"), stored and looked up as the name's 32-bit FNV-1a hash. Training (scripts/train-ner.ts)
 * builds the names below; the tagger (ner-perceptron.ts) hashes the same names without building
 * them, and ner-perceptron.test.ts checks the two agree.
 */
import { FNV_OFFSET, fnvRange } from '../fnv.js';
import { GAZETTEER_PLACE_NAMES } from './gazetteer/places.js';
import { KNOWN_PEOPLE } from './gazetteer/people.js';
import { DEMONYMS, KNOWN_ORGS, ORG_KEYWORDS, TITLES } from './gazetteer/words.js';

/** Longest gazetteer phrase tried, in tokens ("Papua New Guinea"). */
const MAX_GAZETTEER_TOKENS = 4;
/** Affix lengths: enough for "-ese", "-ville", "Mc-" without memorising whole rare words. */
export const AFFIX_LENGTHS = [2, 3, 4] as const;

type Gazetteer = 'place' | 'person' | 'org' | 'orgkey' | 'title' | 'demonym';

/** Continues an FNV-1a hash over `s` (UTF-16 code units): hashing "a" then "b" equals hashing "ab". */
export function fnv(state: number, s: string): number {
  return fnvRange(state, s, 0, s.length);
}

/** The key a feature name is stored and looked up by. */
export function featureKey(name: string): number {
  return fnv(FNV_OFFSET, name);
}

interface GazetteerIndex {
  /** Phrases (space-joined tokens) mapped to their list. */
  readonly phrases: Map<string, Gazetteer>;
  /** Each phrase's first token mapped to the longest phrase it starts, in tokens: most words start none. */
  readonly firsts: Map<string, number>;
}

let index: GazetteerIndex | null = null;

/** The gazetteer phrases, built once on first use. */
function gazetteerIndex(): GazetteerIndex {
  if (index !== null) return index;
  const out = new Map<string, Gazetteer>();
  const firsts = new Map<string, number>();
  const add = (phrase: string, kind: Gazetteer) => {
    const key = phrase.replace(/\s+/g, ' ');
    if (out.has(key)) return;
    out.set(key, kind);
    const tokens = key.split(' ');
    firsts.set(tokens[0]!, Math.max(firsts.get(tokens[0]!) ?? 0, tokens.length));
  };
  for (const p of GAZETTEER_PLACE_NAMES) add(p, 'place');
  for (const p of KNOWN_PEOPLE) for (const n of [p.name, ...p.aliases]) add(n, 'person');
  for (const o of Object.keys(KNOWN_ORGS)) add(o, 'org');
  for (const w of ORG_KEYWORDS) add(w, 'orgkey');
  for (const w of TITLES) add(w, 'title');
  for (const w of DEMONYMS) add(w, 'demonym');
  index = { phrases: out, firsts };
  return index;
}

/** The word's shape with runs collapsed: "McDonald" -> "XxXx", "1996-08-22" -> "d-d-d". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = ch;
    else c = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** A sentence prepared once for feature extraction: lower-case forms, shapes, gazetteer marks. */
export interface PreparedSentence {
  readonly words: readonly string[];
  readonly lower: readonly string[];
  readonly shapes: readonly string[];
  readonly marks: readonly (string | null)[];
}

/** Computes what every token's features look up. */
export function prepareSentence(words: readonly string[]): PreparedSentence {
  return { words, lower: words.map((w) => w.toLowerCase()), shapes: words.map(wordShape), marks: gazetteerMarks(words) };
}

/** The longest gazetteer phrase `word` starts, in tokens; 0 when it starts none. */
export function gazetteerLength(word: string): number {
  return gazetteerIndex().firsts.get(word) ?? 0;
}

/** The marks of each gazetteer, made once: `B-place` and `I-place`, … */
const MARK_STRINGS = new Map<Gazetteer, readonly [string, string]>();

function markStrings(kind: Gazetteer): readonly [string, string] {
  let marks = MARK_STRINGS.get(kind);
  if (marks === undefined) MARK_STRINGS.set(kind, (marks = [`B-${kind}`, `I-${kind}`]));
  return marks;
}

/** Per-token gazetteer marks (`B-place`, `I-place`, …) from the longest phrase match at each token. */
export function gazetteerMarks(words: readonly string[]): (string | null)[] {
  const { phrases, firsts } = gazetteerIndex();
  const marks: (string | null)[] = words.map(() => null);
  for (let i = 0; i < words.length; i += 1) {
    const longest = firsts.get(words[i]!);
    if (longest === undefined) continue;
    for (let n = Math.min(MAX_GAZETTEER_TOKENS, longest, words.length - i); n >= 1; n -= 1) {
      const kind = phrases.get(n === 1 ? words[i]! : words.slice(i, i + n).join(' '));
      if (kind === undefined) continue;
      const [begin, inside] = markStrings(kind);
      for (let k = 0; k < n; k += 1) marks[i + k] ??= k === 0 ? begin : inside;
      break;
    }
  }
  return marks;
}

/** Features of the word alone (whatever its neighbours): the tagger sums them once per word type. */
export function wordFeatures(word: string, lower: string, shape: string): string[] {
  const f = ['b', `w=${word}`, `lw=${lower}`, `sh=${shape}`];
  for (const n of AFFIX_LENGTHS) {
    if (lower.length > n) f.push(`p${n}=${lower.slice(0, n)}`, `s${n}=${lower.slice(-n)}`);
  }
  if (shape === 'X' && word.length > 1) f.push('allcaps');
  if (word.includes('-')) f.push('hyphen');
  return f;
}

/** Features that do not depend on the tags before the token. */
export function staticFeatures(s: PreparedSentence, i: number): string[] {
  const lower = s.lower[i] ?? '';
  const shape = s.shapes[i] ?? '';
  const pw = s.lower[i - 1] ?? '<s>';
  const nw = s.lower[i + 1] ?? '</s>';
  const psh = s.shapes[i - 1] ?? '<s>';
  const nsh = s.shapes[i + 1] ?? '</s>';
  const f = wordFeatures(s.words[i] ?? '', lower, shape);
  if (i === 0) f.push('first');
  f.push(`pw=${pw}`, `nw=${nw}`, `psh=${psh}`, `nsh=${nsh}`, `ppw=${s.lower[i - 2] ?? '<s>'}`, `nnw=${s.lower[i + 2] ?? '</s>'}`);
  f.push(`sh|nsh=${shape}|${nsh}`, `psh|sh=${psh}|${shape}`, `pw|w=${pw}|${lower}`, `w|nw=${lower}|${nw}`);
  const mark = s.marks[i];
  if (mark != null) f.push(`gz=${mark}`, `gz|sh=${mark}|${shape}`);
  const nextMark = s.marks[i + 1];
  if (nextMark != null) f.push(`ngz=${nextMark}`);
  const prevMark = s.marks[i - 1];
  if (prevMark != null) f.push(`pgz=${prevMark}`);
  return f;
}

/** Features of the tags already given to the two tokens before. */
export function tagFeatures(s: PreparedSentence, i: number, prevTag: string, prev2Tag: string): string[] {
  return [`pt=${prevTag}`, `pt2=${prev2Tag}|${prevTag}`, `pt|w=${prevTag}|${s.lower[i] ?? ''}`, `pt|sh=${prevTag}|${s.shapes[i] ?? ''}`];
}
