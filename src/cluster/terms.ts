/**
 * An article's terms as integer ids: the words of `termCounts` (features.ts) interned into a
 * vocabulary as they are scanned, so that ASCII text (most news) builds no string per word, only one
 * per new term.
 */
import { FNV_OFFSET, fnvRange } from '../fnv.js';
import { isPlainText } from '../types.js';
import { DEFAULT_WEIGHTS, entityTerm, isLowerAsciiAlnum, isAsciiDigit, isLowerAsciiLetter, LEAD_WORDS, NON_ASCII, STOP_WORDS, words, type ClusterFeatures, type TermWeights } from './features.js';

/** FNV-1a of the UTF-16 code units of `s[start, end)`, signed as stored in the Int32Array of hashes. */
function hashSpan(s: string, start: number, end: number): number {
  return fnvRange(FNV_OFFSET, s, start, end) | 0;
}

/**
 * Strings numbered in the order they were first added (open addressing on a hash of their code
 * units), looked up by a span of a longer string without cutting it out.
 */
export class TermVocabulary {
  /** Each string, by id. */
  readonly terms: string[] = [];
  private hashes = new Int32Array(1024);
  /** Id + 1 per slot, 0 when free; at most half full. */
  private slots = new Int32Array(2048);
  private mask = 2047;

  get size(): number {
    return this.terms.length;
  }

  /** The id of `s[start, end)` (its hash `h` from `hashSpan`), or -1 when absent. */
  private find(s: string, start: number, end: number, h: number): number {
    const { slots, hashes, terms, mask } = this;
    const length = end - start;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const v = slots[at]!;
      if (v === 0) return -1;
      const id = v - 1;
      if (hashes[id] !== h) continue;
      const t = terms[id]!;
      if (t.length !== length) continue;
      let k = 0;
      while (k < length && t.charCodeAt(k) === s.charCodeAt(start + k)) k++;
      if (k === length) return id;
    }
  }

  /** Whether `s[start, end)` is in the vocabulary. */
  has(s: string, start = 0, end = s.length): boolean {
    return this.find(s, start, end, hashSpan(s, start, end)) >= 0;
  }

  /** The id of `s[start, end)`, added as the next id when new. */
  intern(s: string, start = 0, end = s.length): number {
    const h = hashSpan(s, start, end);
    const found = this.find(s, start, end, h);
    if (found >= 0) return found;
    const id = this.terms.length;
    this.terms.push(start === 0 && end === s.length ? s : s.slice(start, end));
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = h;
    if (2 * (id + 1) > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  private place(id: number) {
    let at = this.hashes[id]! & this.mask;
    while (this.slots[at] !== 0) at = (at + 1) & this.mask;
    this.slots[at] = id + 1;
  }

  private rehash(capacity: number) {
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let id = 0; id < this.terms.length; id++) this.place(id);
  }
}

const STOP = new TermVocabulary();
for (const w of STOP_WORDS) STOP.intern(w);
/** No stop word is longer: a longer word needs no look-up. */
const STOP_MAX = Math.max(...[...STOP_WORDS].map((w) => w.length));

/** Whether `text` has no character outside ASCII but plain punctuation (the regular expression answers most texts at once). */
function isPlain(text: string): boolean {
  return !NON_ASCII.test(text) || isPlainText(text);
}

const APOSTROPHE = 39;
/** The curly apostrophe, which `words` reads as a straight one. */
const CURLY_APOSTROPHE = 0x2019;

/**
 * Calls `term(id)` for each term of `text` in order — the ids in `vocabulary` of the strings
 * `words(text)` returns, with the same scan, possessive, stop-word, number and suffix rules.
 */
function forEachTerm(text: string, vocabulary: TermVocabulary, term: (id: number) => void) {
  if (!isPlain(text)) {
    for (const w of words(text)) term(vocabulary.intern(w));
    return;
  }
  const s = text.toLowerCase();
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isLowerAsciiAlnum(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digits = true;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (!isLowerAsciiAlnum(c)) break;
      if (!isAsciiDigit(c)) digits = false;
      i++;
    }
    let end = i;
    let curly = false;
    const a = i + 1 < n ? s.charCodeAt(i) : 0;
    if ((a === APOSTROPHE || a === CURLY_APOSTROPHE) && isLowerAsciiLetter(s.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isLowerAsciiLetter(s.charCodeAt(i))) i++;
      // "-'s" is dropped; any other ending after an apostrophe stays part of the word.
      if (!(i - end === 2 && s.charCodeAt(end + 1) === 115)) {
        curly = a === CURLY_APOSTROPHE;
        end = i;
        digits = false;
      }
    }
    const length = end - start;
    if (curly) {
      // The word is kept with a straight apostrophe (rare: "don’t", "O’Neill").
      const w = s.slice(start, end).replace(/’/g, "'");
      if (!STOP_WORDS.has(w)) term(vocabulary.intern(w, 0, w.length - suffixLength(w, 0, w.length)));
      continue;
    }
    if (length < 2 || digits || (length <= STOP_MAX && STOP.has(s, start, end))) continue;
    term(vocabulary.intern(s, start, end - suffixLength(s, start, end)));
  }
}

/** How many characters `stem` (features.ts) strips from `s[start, end)`. */
function suffixLength(s: string, start: number, end: number): number {
  if (end - start <= 4) return 0;
  const c1 = s.charCodeAt(end - 1);
  const c2 = s.charCodeAt(end - 2);
  const c3 = s.charCodeAt(end - 3);
  const c4 = s.charCodeAt(end - 4);
  // -ings, -edly
  if ((c4 === 105 && c3 === 110 && c2 === 103 && c1 === 115) || (c4 === 101 && c3 === 100 && c2 === 108 && c1 === 121)) return 4;
  // -ing
  if (c3 === 105 && c2 === 110 && c1 === 103) return 3;
  // -ed, -es, -ly
  if ((c2 === 101 && (c1 === 100 || c1 === 115)) || (c2 === 108 && c1 === 121)) return 2;
  return c1 === 115 ? 1 : 0;
}

/** An article's terms: ids in `vocabulary`, in order of first use, and their weighted counts. */
export interface TermIdCounts {
  readonly ids: Int32Array;
  readonly counts: Float64Array;
}

/**
 * Creates the counter of `termCounts` (features.ts) over term ids: the same terms, in the same order,
 * with the same weighted counts, interned into `vocabulary`.
 */
export function createTermCounter(vocabulary: TermVocabulary, partial: Partial<TermWeights> = {}) {
  const weights = { ...DEFAULT_WEIGHTS, ...partial };
  /** Weighted count per term id of the article being counted (reset after each). */
  let counts = new Float64Array(1024);
  /** The article number that last used each term id: marks the ids already listed. */
  let usedBy = new Float64Array(1024);
  let order = new Int32Array(256);
  let listed = 0;
  let article = 0;
  let weight = 0;

  function add(id: number) {
    if (id >= counts.length) {
      const size = Math.max(id + 1, counts.length * 2);
      const c = new Float64Array(size);
      c.set(counts);
      counts = c;
      const u = new Float64Array(size);
      u.set(usedBy);
      usedBy = u;
    }
    if (usedBy[id] !== article) {
      usedBy[id] = article;
      if (listed === order.length) {
        const o = new Int32Array(order.length * 2);
        o.set(order);
        order = o;
      }
      order[listed++] = id;
    }
    counts[id] = counts[id]! + weight;
  }

  let position = 0;
  function addText(id: number) {
    weight = position++ < LEAD_WORDS ? weights.lead : weights.body;
    add(id);
  }

  return function countTerms(f: ClusterFeatures): TermIdCounts {
    article += 1;
    listed = 0;
    if (f.title) {
      weight = weights.title;
      forEachTerm(f.title, vocabulary, add);
    }
    position = 0;
    forEachTerm(f.text, vocabulary, addText);
    for (const e of f.entities ?? []) {
      const term = entityTerm(e.name);
      if (term === null) continue;
      weight = weights.entity * e.mentions;
      add(vocabulary.intern(term));
    }
    const ids = order.slice(0, listed);
    const out = new Float64Array(listed);
    for (let i = 0; i < listed; i++) {
      const id = ids[i]!;
      out[i] = counts[id]!;
      counts[id] = 0;
    }
    return { ids, counts: out };
  };
}
