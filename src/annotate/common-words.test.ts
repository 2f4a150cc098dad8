import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commonWords } from './common-words.js';

describe('commonWords', () => {
  it('holds words news writes in lower case, and no surname news capitalises inside sentences', () => {
    const words = commonWords();
    for (const w of ['normally', 'poor', 'policy', 'knowledge']) assert.ok(words.has(w), w);
    for (const w of ['brown', 'bush', 'clinton', 'king']) assert.ok(!words.has(w), w);
  });

  it('names the file and the script that builds it when the list cannot be read', () => {
    assert.throws(() => commonWords(new URL('file:///nonexistent/common-words.json.gz')), /nonexistent.*scripts\/build-common-words\.ts/);
  });
});
