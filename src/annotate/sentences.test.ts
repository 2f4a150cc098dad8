import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

describe('sentence splitter', () => {
  it('keeps exact offsets and paragraph numbers', () => {
    const text = 'First one. Second one!\n\nThird, in a new paragraph.';
    const s = splitSentences(text);
    assert.deepEqual(s.map((x) => x.text), ['First one.', 'Second one!', 'Third, in a new paragraph.']);
    for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
    assert.deepEqual(s.map((x) => x.paragraph), [0, 0, 1]);
  });

  it('does not split after an abbreviation followed by a lower-case word', () => {
    const s = splitSentences('He said, "We hope that the DPRK (North Korea)-U.S. meeting will proceed," urging talks.');
    assert.equal(s.length, 1);
  });

  it('ends a sentence at a line break, as headlines carry no stop', () => {
    const s = splitSentences('China turns to Russia\nThe vice-president will visit.');
    assert.equal(s.length, 2);
    assert.equal(s[0]!.paragraph, s[1]!.paragraph);
  });
});

it('a country’s initials before a capitalised modifier do not end the sentence; before a sentence opener they do', () => {
  const text = 'Le Pen voiced support for U.S. Republican candidate Donald Trump, saying he would win. He flew to the U.S. The trip was long.';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences.map((s) => s.text), [
    'Le Pen voiced support for U.S. Republican candidate Donald Trump, saying he would win.',
    'He flew to the U.S.',
    'The trip was long.',
  ]);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});
