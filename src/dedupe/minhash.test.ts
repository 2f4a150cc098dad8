import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { containmentFromJaccard, createMinHasher, estimateJaccard } from './minhash.js';
import { createSimdMinHasher } from './minhash-simd.js';
import { hashString, joinedWordHashes, plainWordHashes, shingleHashes, shingleWords, shinglesOfWordHashes } from './shingles.js';

describe('MinHash', () => {
  it('estimates the Jaccard similarity of two sets within a few hundredths', () => {
    const a = Uint32Array.from({ length: 1000 }, (_, i) => i);
    const b = Uint32Array.from({ length: 1000 }, (_, i) => i + 500); // |A∩B| = 500, |A∪B| = 1500.
    const signature = createMinHasher(256);
    const j = estimateJaccard(signature(a), signature(b));
    assert.ok(Math.abs(j - 1 / 3) < 0.08, `estimate ${j}`);
    assert.equal(estimateJaccard(signature(a), signature(a)), 1);
  });

  it('gives the same signature with and without SIMD, for empty, small and large shingle sets', () => {
    // Node 20 runs WebAssembly SIMD: the comparison below is between the two paths.
    assert.notEqual(createSimdMinHasher(new Uint32Array(16)), null);
    const simd = createMinHasher(128);
    const scalar = createMinHasher(128, { simd: false });
    let x = 12345;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
    // 300,000 shingles need more WebAssembly memory than the first page.
    for (const size of [0, 1, 7, 200, 300_000]) {
      const shingles = Uint32Array.from({ length: size }, next);
      assert.deepEqual([...simd(shingles)], [...scalar(shingles)], `${size} shingles`);
    }
    assert.deepEqual([...simd(Uint32Array.of(0, 0xffffffff))], [...scalar(Uint32Array.of(0, 0xffffffff))]);
    // A count of functions that is no multiple of 16 takes the scalar path.
    assert.equal(createMinHasher(20)(Uint32Array.of(1, 2, 3)).length, 20);
  });

  it('derives containment of the smaller set from Jaccard and the set sizes', () => {
    // A (60) inside B (100): J = 60/100, so all of A is contained.
    assert.equal(containmentFromJaccard(0.6, 60, 100), 1);
    // |A| = |B| = 100 sharing 50: J = 50/150, containment 0.5.
    assert.ok(Math.abs(containmentFromJaccard(1 / 3, 100, 100) - 0.5) < 1e-12);
    assert.equal(containmentFromJaccard(0.5, 0, 10), 0);
  });
});

describe('shingles', () => {
  it('ignores case, accents and punctuation but keeps word order', () => {
    const h = (t: string) => [...shingleHashes(shingleWords(t), 3)].sort();
    assert.deepEqual(h('Café owners, on strike today!'), h('cafe OWNERS on strike — today'));
    assert.notDeepEqual(h('owners on strike today'), h('today strike on owners'));
    assert.equal(shingleHashes(shingleWords('two words'), 5).length, 1);
  });

  it('reads ASCII texts (with curly quotes and dashes) and accented texts alike, without a string per word', () => {
    for (const text of ['The “Mayor” — said: it’s 12 o\'clock…\n\nDone.', 'Café Ökonomie, São Paulo’s vote', '', '  ,; ', 'Kelvin \u212a and İstanbul', ' -- Lead and TRAIL 42 ―\u00a0', 'x']) {
      const words = shingleWords(text);
      const { joined, hashes } = joinedWordHashes(text);
      assert.equal(joined, words.join(' '));
      assert.deepEqual([...hashes], words.map(hashString));
      assert.deepEqual([...shinglesOfWordHashes(hashes, 3)], [...shingleHashes(words, 3)]);
      const plain = plainWordHashes(text);
      // Only a text of ASCII and plain punctuation takes the one-pass reading, with the same words.
      assert.equal(plain === null, /[^ -~\n‘’“”–—…\u00a0]/.test(text), text);
      if (plain !== null) {
        assert.equal(Buffer.from(plain.bytes).toString('latin1'), joined);
        assert.deepEqual([...plain.hashes], [...hashes]);
      }
    }
    assert.equal(joinedWordHashes('The “Mayor” — it’s 12').joined, 'the mayor it s 12');
    assert.equal(joinedWordHashes('Café').joined, 'cafe');
  });
});
