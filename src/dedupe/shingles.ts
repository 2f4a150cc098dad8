/** Word shingles and the 32-bit hashes MinHash is computed over. */

/** Letters and digits; punctuation and case never make two copies of one text differ. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased, accent-folded words of a text. */
export function shingleWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().matchAll(WORD)) out.push(m[0]);
  return out;
}

/** FNV-1a over UTF-16 code units: fast, and good enough before the MinHash mixing step. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
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

/** The distinct hashes of a text's `size`-word shingles (a text shorter than `size` is one shingle). */
export function shingleHashes(words: readonly string[], size: number): Uint32Array {
  const wordHashes = words.map(hashString);
  const set = new Set<number>();
  const last = Math.max(0, words.length - size);
  for (let i = 0; i <= last && words.length > 0; i++) {
    // Chained mixing keeps word order: "a b" and "b a" are different shingles.
    let h = 0;
    for (let j = i; j < Math.min(i + size, words.length); j++) h = mix32(h ^ wordHashes[j]!);
    set.add(h);
  }
  return Uint32Array.from(set);
}
