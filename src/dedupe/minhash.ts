/** MinHash signatures and the estimates read from two of them. */
import { createSimdMinHasher } from './minhash-simd.js';
import { mix32 } from './shingles.js';

/** Seeds for the hash family, fixed so that signatures are comparable across runs and processes. */
function seeds(count: number): Uint32Array {
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = mix32(0x9e3779b9 + i * 0x6a09e667);
  return out;
}

export interface MinHasherOptions {
  /** Use WebAssembly SIMD where available (default true); the signatures are the same either way. */
  readonly simd?: boolean;
}

/**
 * Creates the signature function for `permutations` hash functions: the minimum over the shingles of
 * each seeded hash. With a multiple of 16 functions and WebAssembly SIMD, four are computed at once.
 */
export function createMinHasher(permutations: number, options: MinHasherOptions = {}): (shingles: Uint32Array) => Uint32Array {
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new Error(`permutations must be a positive integer, got ${permutations}`);
  }
  const salt = seeds(permutations);
  const simd = (options.simd ?? true) ? createSimdMinHasher(salt) : null;
  if (simd !== null) return simd;
  return function signature(shingles: Uint32Array): Uint32Array {
    const sig = new Uint32Array(permutations).fill(0xffffffff);
    for (let j = 0; j < shingles.length; j++) {
      const s = shingles[j]!;
      for (let i = 0; i < permutations; i++) {
        // mix32 written out: this loop is most of the duplicate index's time, and the call did not inline.
        let h = (s ^ salt[i]!) >>> 0;
        h ^= h >>> 16;
        h = Math.imul(h, 0x85ebca6b);
        h ^= h >>> 13;
        h = Math.imul(h, 0xc2b2ae35);
        h = (h ^ (h >>> 16)) >>> 0;
        if (h < sig[i]!) sig[i] = h;
      }
    }
    return sig;
  };
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error('signatures of different lengths: build both with one MinHasher');
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * Share of the smaller shingle set found in the larger, from the Jaccard estimate and the set sizes
 * (|A∩B| = J(|A|+|B|)/(1+J)): a trimmed or extended reprint keeps a high containment.
 */
export function containmentFromJaccard(jaccard: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB);
  if (small === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / ((1 + jaccard) * small));
}
