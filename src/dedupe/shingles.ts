/** Word shingles and the 32-bit hashes MinHash is computed over. */
import { FNV_OFFSET, FNV_PRIME, fnvRange } from '../fnv.js';
import { isPlainPunctuation, isPlainText } from '../types.js';

/** Letters and digits; punctuation and case never make two copies of one text differ. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased, accent-folded words of a text. */
export function shingleWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().matchAll(WORD)) out.push(m[0]);
  return out;
}


/**
 * `shingleWords(text).join(' ')` for a text of ASCII and plain punctuation, which needs no accent
 * folding (so it is not normalised); null for any other text.
 */
function asciiJoinedWords(text: string): string | null {
  if (!isPlainText(text)) return null;
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * A text's words joined by single spaces (`shingleWords(text).join(' ')`) and the hash of each word,
 * without a string per word.
 */
export function joinedWordHashes(text: string): { readonly joined: string; readonly hashes: Uint32Array } {
  const joined = asciiJoinedWords(text) ?? shingleWords(text).join(' ');
  if (joined === '') return { joined, hashes: new Uint32Array(0) };
  let count = 1;
  for (let i = 0; i < joined.length; i++) if (joined.charCodeAt(i) === 32) count++;
  const hashes = new Uint32Array(count);
  let w = 0;
  let h = FNV_OFFSET;
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 32) {
      hashes[w++] = h >>> 0;
      h = FNV_OFFSET;
    } else {
      h ^= c;
      h = Math.imul(h, FNV_PRIME);
    }
  }
  hashes[w] = h >>> 0;
  return { joined, hashes };
}

/** Reused by `plainWordHashes`: the joined words' bytes and the words' hashes. */
let plainBytes = new Uint8Array(4096);
let plainHashes = new Uint32Array(1024);

/**
 * `joinedWordHashes` of a text of ASCII and plain punctuation in one pass, with the joined words as
 * bytes (ASCII, so the same bytes as the string's UTF-8): null for any other text. The arrays are
 * views of buffers the next call overwrites.
 */
export function plainWordHashes(text: string): { readonly bytes: Uint8Array; readonly hashes: Uint32Array } | null {
  if (plainBytes.length < text.length) plainBytes = new Uint8Array(Math.max(text.length, plainBytes.length * 2));
  const bytes = plainBytes;
  let n = 0;
  let words = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (!inWord) {
        if (n > 0) {
          pushPlainHash(words++, h);
          bytes[n++] = 32;
          h = FNV_OFFSET;
        }
        inWord = true;
      }
      bytes[n++] = c;
      h ^= c;
      h = Math.imul(h, FNV_PRIME);
    } else {
      if (c >= 128 && !isPlainPunctuation(c)) return null;
      inWord = false;
    }
  }
  if (n > 0) pushPlainHash(words++, h);
  return { bytes: bytes.subarray(0, n), hashes: plainHashes.subarray(0, words) };
}

/** Stores the hash of word `index` in `plainHashes`, growing it as needed. */
function pushPlainHash(index: number, h: number): void {
  if (index === plainHashes.length) {
    const grown = new Uint32Array(index * 2);
    grown.set(plainHashes);
    plainHashes = grown;
  }
  plainHashes[index] = h >>> 0;
}

/** FNV-1a over UTF-16 code units: fast, and good enough before the MinHash mixing step. */
export function hashString(s: string): number {
  return fnvRange(FNV_OFFSET, s, 0, s.length);
}

/** murmur3's finaliser: spreads every input bit over the output, so XOR-seeded copies act as independent hashes. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The distinct hashes of a text's `size`-word shingles, ascending (a text shorter than `size` is one shingle). */
export function shingleHashes(words: readonly string[], size: number): Uint32Array {
  const wordHashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = hashString(words[i]!);
  return shinglesOfWordHashes(wordHashes, size);
}

/** `shingleHashes` from the words' hashes (`hashString` of each word). */
export function shinglesOfWordHashes(wordHashes: Uint32Array, size: number): Uint32Array {
  const n = wordHashes.length;
  if (n === 0) return new Uint32Array(0);
  const count = Math.max(0, n - size) + 1;
  const all = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    // Chained mixing keeps word order: "a b" and "b a" are different shingles.
    let h = 0;
    for (let j = i; j < Math.min(i + size, n); j++) h = mix32(h ^ wordHashes[j]!);
    all[i] = h;
  }
  // Sorted, repeats sit side by side and are dropped in one pass (a Set of them allocated more).
  all.sort();
  let distinct = 1;
  for (let i = 1; i < count; i++) if (all[i] !== all[distinct - 1]) all[distinct++] = all[i]!;
  return all.slice(0, distinct);
}
