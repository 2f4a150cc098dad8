import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { containmentFromJaccard, createMinHasher, estimateJaccard } from './minhash.js';
import { hashString, joinedWordHashes, shingleHashes, shingleWords, shinglesOfWordHashes } from './shingles.js';

describe('MinHash', () => {
  it('estimates the Jaccard similarity of two sets within a few hundredths', () => {
    const a = Uint32Array.from({ length: 1000 }, (_, i) => i);
    const b = Uint32Array.from({ length: 1000 }, (_, i) => i + 500); // |A∩B| = 500, |A∪B| = 1500.
    const signature = createMinHasher(256);
    const j = estimateJaccard(signature(a), signature(b));
    assert.ok(Math.abs(j - 1 / 3) < 0.08, `estimate ${j}`);
    assert.equal(estimateJaccard(signature(a), signature(a)), 1);
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
    for (const text of ['The “Mayor” — said: it’s 12 o\'clock…\n\nDone.', 'Café Ökonomie, São Paulo’s vote', '', '  ,; ', 'Kelvin \u212a and İstanbul']) {
      const words = shingleWords(text);
      const { joined, hashes } = joinedWordHashes(text);
      assert.equal(joined, words.join(' '));
      assert.deepEqual([...hashes], words.map(hashString));
      assert.deepEqual([...shinglesOfWordHashes(hashes, 3)], [...shingleHashes(words, 3)]);
    }
    assert.equal(joinedWordHashes('The “Mayor” — it’s 12').joined, 'the mayor it s 12');
    assert.equal(joinedWordHashes('Café').joined, 'cafe');
  });
});
