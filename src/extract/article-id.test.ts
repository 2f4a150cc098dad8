import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createIdAllocator } from './article-id.js';

describe('createIdAllocator', () => {
  it('numbers repeated base names from 2 and skips a suffix a source already took', () => {
    const next = createIdAllocator();
    const ids = ['a/x.txt', 'b/x.txt', 'x-3.txt', 'c/x.txt', 'y.txt', 'd/x.txt'].map((s) => next(s) as string);
    assert.deepEqual(ids, ['x', 'x-2', 'x-3', 'x-4', 'y', 'x-5']);
  });

  it('hands out a thousand ids of one base in order', () => {
    const next = createIdAllocator();
    const ids = Array.from({ length: 1000 }, () => next('feed.jsonl') as string);
    assert.equal(ids[0], 'feed');
    assert.equal(ids[999], 'feed-1000');
    assert.equal(new Set(ids).size, 1000);
  });
});
