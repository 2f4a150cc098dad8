import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEntityAnnotator } from './entities.js';
import { encodeModel, loadNerModel, modelFromStored, rowOf } from './ner-model.js';
import { lexemeOf, nerTokens, spansOfTags, staticScores, tagWords } from './ner-perceptron.js';
import { featureKey, prepareSentence, staticFeatures, wordShape } from './ner-features.js';
import { splitSentences } from './sentences.js';
import { makeArticle } from '../test-support/articles.js';

test('word shapes collapse runs of one character class', () => {
  assert.deepEqual(['McDonald', 'U.S.', '1996-08-22', 'Zürich'].map(wordShape), ['XxXx', 'X.X.', 'd-d-d', 'Xx']);
});

test('tokens split punctuation and clitics as CoNLL does, abbreviations kept whole', () => {
  const text = "Mr. Smith's firm, U.S.-based, isn't here. O'Neill's";
  assert.deepEqual(nerTokens(text).map((t) => t.word), ['Mr.', 'Smith', "'s", 'firm', ',', 'U.S.', '-', 'based', ',', 'is', "n't", 'here', '.', "O'Neill", "'s"]);
  for (const t of nerTokens(text)) assert.equal(text.slice(t.start, t.end).replace(/’/g, "'"), t.word);
});

test('a range reads the same tokens as its text alone, also where it cuts a token of the whole text', () => {
  const text = 'He said: “It isn’t over.” The U.S.-based firm, run by Mr. O’Neill, won’t say.\n\nAnother paragraph here.';
  const alone = (from: number, to: number) => nerTokens(text.slice(from, to)).map((t) => [t.word, t.start + from, t.end + from]);
  const ranges: [number, number][] = [[0, text.length], [0, 25], [26, 80], [text.indexOf('Another'), text.length]];
  // Cuts inside "U.S.-based", between "is" and "n’t", inside "O’Neill".
  ranges.push([text.indexOf('S.-'), 60], [0, text.indexOf('n’t')], [text.indexOf('Neill'), text.length]);
  for (const [from, to] of ranges) {
    nerTokens(text);
    assert.deepEqual(nerTokens(text, from, to).map((t) => [t.word, t.start, t.end]), alone(from, to), `range ${from}-${to}`);
  }
});

test('tokens of one spelling share a lexeme; a curly apostrophe reads as a straight one', () => {
  const [a, b, c] = nerTokens('O’Neill met O\'Neill and Neill');
  assert.equal(a!.word, "O'Neill");
  assert.equal(a!.lexeme, c!.lexeme);
  assert.equal(a!.lexeme, lexemeOf("O'Neill"));
  assert.notEqual(b!.lexeme, a!.lexeme);
  assert.deepEqual([a!.lexeme.lower, a!.lexeme.shape], ["o'neill", "X'Xx"]);
});

test('stored weights round-trip and the tagger keeps BIO valid', () => {
  const classes = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];
  // A capitalised word is a person, one after a person continues it; "in" pulls the next word to a place.
  const model = modelFromStored(encodeModel(classes, [
    { feature: 'sh=Xx', weights: [[1, 100], [2, 50]] },
    { feature: 'pt=B-PER', weights: [[2, 200]] },
    { feature: 'pw=in', weights: [[3, 400]] },
    { feature: 'b', weights: [[0, 60]] },
  ], 100));
  assert.deepEqual(tagWords(model, ['Ann', 'Lee', 'lives', 'in', 'Oslo']), ['B-PER', 'I-PER', 'O', 'O', 'B-LOC']);
  assert.deepEqual(spansOfTags([{ start: 0, end: 3 }, { start: 4, end: 7 }, { start: 8, end: 9 }], ['B-PER', 'I-PER', 'B-LOC']), [
    { start: 0, end: 7, type: 'PER' }, { start: 8, end: 9, type: 'LOC' },
  ]);
});

test('the tagger scores a token as the sum of the weights of its named features', () => {
  const model = loadNerModel();
  const C = model.classes.length;
  for (const text of ['Mr. Smith of Acme Corp. flew to Papua New Guinea on Monday.', "U.S.-based O'Neill's firm, al-Assad's ally, sold 1,200 shares."]) {
    const words = nerTokens(text).map((t) => t.word);
    const prepared = prepareSentence(words);
    const fast = staticScores(model, words);
    words.forEach((_, i) => {
      const want = new Int32Array(C);
      for (const f of staticFeatures(prepared, i)) {
        const row = rowOf(model, featureKey(f));
        for (let c = 0; row >= 0 && c < C; c += 1) want[c]! += model.weights[row + c]!;
      }
      assert.deepEqual([...fast.subarray(i * C, (i + 1) * C)], [...want], `token ${i} (${words[i]}) of "${text}"`);
    });
  }
});

test('the shipped model tags a plain news sentence', () => {
  const text = 'Angela Merkel met officials of Siemens in Munich on Monday.';
  const es = createEntityAnnotator({ model: loadNerModel() })(makeArticle(text), splitSentences(text));
  assert.deepEqual(es.map((e) => [e.name, e.type]).sort(), [['Angela Merkel', 'person'], ['Munich', 'place'], ['Siemens', 'organization']]);
});
