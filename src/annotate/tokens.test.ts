import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokens.js';

test('tokenize: offsets, possessives, abbreviations and letters outside the BMP', () => {
  const text = 'Mr. O’Neill’s 𝐀bc met al-Assad in the U.S. on 3.5 days… 😀Zed, Ltd. ok.';
  assert.deepEqual(tokenize(text).map((t) => [t.word, t.start, t.end, t.capitalised, t.possessive]), [
    ['Mr.', 0, 3, true, false],
    ['O’Neill', 4, 11, true, true],
    ['𝐀bc', 14, 18, true, false],
    ['met', 19, 22, false, false],
    ['al-Assad', 23, 31, true, false],
    ['in', 32, 34, false, false],
    ['the', 35, 38, false, false],
    ['U.S.', 39, 43, true, false],
    ['on', 44, 46, false, false],
    ['3.5', 47, 50, false, false],
    ['days', 51, 55, false, false],
    ['Zed', 59, 62, true, false],
    ['Ltd.', 64, 68, true, false],
    ['ok', 69, 71, false, false],
  ]);
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.word);
});
