import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed, f1Of, pairwise } from './bcubed.js';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} != ${expected}`);

/** Gold: a a a b b; predicted: {1,2} {3,4,5}. */
const gold = new Map([['1', 'a'], ['2', 'a'], ['3', 'a'], ['4', 'b'], ['5', 'b']]);
const predicted = new Map([['1', 'x'], ['2', 'x'], ['3', 'y'], ['4', 'y'], ['5', 'y']]);

describe('bcubed', () => {
  it('averages per item the share of its cluster in its class and of its class in its cluster', () => {
    // Precision: items 1,2 -> 2/2; items 3,4,5 -> 1/3, 2/3, 2/3. Mean = (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15.
    // Recall: items 1,2 -> 2/3; item 3 -> 1/3; items 4,5 -> 2/2. Mean = (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15.
    const s = bcubed(predicted, gold);
    close(s.precision, 11 / 15);
    close(s.recall, 11 / 15);
    close(s.f1, 11 / 15);
  });

  it('gives perfect precision and a recall of one over the class size to all singletons', () => {
    const singletons = new Map([...gold.keys()].map((id) => [id, id]));
    const s = bcubed(singletons, gold);
    close(s.precision, 1);
    // Recall: a's three items get 1/3 each, b's two get 1/2: (1 + 1) / 5.
    close(s.recall, 2 / 5);
  });

  it('throws when an item is missing from one side', () => {
    assert.throws(() => bcubed(new Map([['1', 'x']]), gold), /no predicted cluster/);
  });
});

describe('pairwise', () => {
  it('counts item pairs put together against pairs of one class', () => {
    // Predicted pairs: C(2,2) + C(3,2) = 4; gold pairs: C(3,2) + C(2,2) = 4; shared: (1,2) and (4,5) = 2.
    const s = pairwise(predicted, gold);
    close(s.precision, 2 / 4);
    close(s.recall, 2 / 4);
    close(s.f1, 0.5);
  });

  it('scores a perfect clustering 1 whatever the labels are called', () => {
    const renamed = new Map([...gold].map(([id, g]) => [id, `story-${g}`]));
    assert.deepEqual(pairwise(renamed, gold), { precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(bcubed(renamed, gold), { precision: 1, recall: 1, f1: 1 });
  });
});

describe('f1Of', () => {
  it('is the harmonic mean and 0 when both inputs are 0', () => {
    close(f1Of(1, 0.5), 2 / 3);
    assert.equal(f1Of(0, 0), 0);
  });
});
