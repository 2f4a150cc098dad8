import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTuneArticle, splitBucket, splitOf } from './quotes-split.js';

const ids = Array.from({ length: 2000 }, (_, i) => `outlet-${i % 7}_2016-0${(i % 9) + 1}-1${i % 10}_headline-${i}`);

test('the split of an id never changes', () => {
  assert.equal(splitOf('breitbart_2015-11-11_the-ninth-circle-the-hellish-vie'), splitOf('breitbart_2015-11-11_the-ninth-circle-the-hellish-vie'));
  assert.deepEqual(ids.slice(0, 12).map(splitBucket), [81, 13, 93, 89, 85, 45, 13, 80, 86, 81, 6, 20]);
});

test('held-out and train are disjoint, cover every id, and held-out is about a fifth', () => {
  const heldout = ids.filter((id) => splitOf(id) === 'heldout');
  const train = ids.filter((id) => splitOf(id) === 'train');
  assert.equal(heldout.length + train.length, ids.length);
  assert.equal(heldout.filter((id) => train.includes(id)).length, 0);
  assert.ok(heldout.length > 0.15 * ids.length && heldout.length < 0.25 * ids.length, `held out ${heldout.length}`);
});

test('the tuning articles are part of train, never held out', () => {
  const tune = ids.filter(isTuneArticle);
  assert.ok(tune.length > 0);
  assert.ok(tune.every((id) => splitOf(id) === 'train'));
});
