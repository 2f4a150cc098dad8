/**
 * FNV-1a (32-bit) over UTF-16 code units: the hash behind the taggers' feature keys, their word
 * look-ups, the clusterer's term vocabulary and the duplicate index's word hashes.
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** Continues an FNV-1a state over `s[from, to)` (unsigned): hashing "a" then "b" equals hashing "ab". */
export function fnvRange(state: number, s: string, from: number, to: number): number {
  let h = state;
  for (let i = from; i < to; i += 1) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}
