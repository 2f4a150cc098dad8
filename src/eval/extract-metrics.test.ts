import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aebScores, bagOfWordsScores, pagePrecision, pageRecall, shingleCounts, shingles, wordTokens } from './extract-metrics.js';

const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} != ${expected}`);

describe('extraction metrics', () => {
  it('tokenises like Python re \\w+: letters, digits and underscore of any script, marks and punctuation split', () => {
    assert.deepEqual(wordTokens("Don't stop—São Paulo_2 東京, 3.5"), ['Don', 't', 'stop', 'São', 'Paulo_2', '東京', '3', '5']);
    // Devanagari vowel signs and virama are combining marks, which Python's \w does not match either.
    assert.deepEqual(wordTokens('हिन्दी'), ['ह', 'न', 'द']);
  });

  it('makes word 4-gram shingles as a multiset, one short shingle for texts under four tokens, none for empty text', () => {
    assert.deepEqual([...shingles('a b c d a b c d').values()], [2, 1, 1, 1]);
    assert.equal(shingles('one two three').size, 1);
    assert.equal(shingles('  ... ').size, 0);
  });

  it('normalises one page\'s tp, fp and fn to sum to one', () => {
    const c = shingleCounts('a b c d e', 'a b c d x');
    close(c.tp, 1 / 3);
    close(c.fp, 1 / 3);
    close(c.fn, 1 / 3);
    close(pagePrecision(c), 0.5);
    close(pageRecall(c), 0.5);
  });

  it('counts repeated shingles as a multiset', () => {
    const c = shingleCounts('a b c d a b c d', 'a b c d');
    close(pagePrecision(c), 1);
    close(pageRecall(c), 0.2);
  });

  it('averages precision over pages with a prediction and recall over pages with gold text, then takes F1 of the averages', () => {
    const pages = [shingleCounts('a b c d e', 'a b c d x'), shingleCounts('one two three', 'one two three'), shingleCounts('w x y z', '')];
    const scores = aebScores(pages);
    close(scores.precision, 0.75);
    close(scores.recall, 0.5);
    close(scores.f1, 0.6);
  });

  it('is case-sensitive in the shingle metric', () => {
    close(pageRecall(shingleCounts('Alpha beta gamma delta', 'alpha beta gamma delta')), 0);
  });

  it('scores WCXB bag-of-words F1 on lower-cased tokens with multiset overlap', () => {
    const s = bagOfWordsScores('The cat the hat', 'the cat sat');
    close(s.precision, 2 / 3);
    close(s.recall, 0.5);
    close(s.f1, 4 / 7);
    assert.deepEqual(bagOfWordsScores('', ''), { f1: 1, precision: 1, recall: 1 });
    assert.equal(bagOfWordsScores('some gold text', '').f1, 0);
  });
});
