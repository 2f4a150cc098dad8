import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partitionPoint } from './partition-point.js';

test('partitionPoint finds where a sorted list stops being before a position', () => {
  const values = [1, 3, 3, 7, 9];
  assert.equal(partitionPoint(values.length, (i) => values[i]! < 3), 1);
  assert.equal(partitionPoint(values.length, (i) => values[i]! <= 3), 3);
  assert.equal(partitionPoint(values.length, (i) => values[i]! < 0), 0);
  assert.equal(partitionPoint(values.length, (i) => values[i]! < 100), 5);
  assert.equal(partitionPoint(0, () => true), 0);
});
