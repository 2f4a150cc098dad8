import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuoteMarks, paragraphRanges } from './quotes-marks.js';
import { splitSentences } from './sentences.js';

const inner = (text: string): string[] => findQuoteMarks(text).map((m) => text.slice(m.start, m.end));

test('typographic and straight double marks both delimit quotes', () => {
  const text = 'She said, “We will go.” He said, "We will stay," and left.';
  assert.deepEqual(inner(text), ['We will go.', 'We will stay']);
});

test('apostrophes inside words never close a single-quoted span', () => {
  const text = 'Trump’s ‘America First’ policy and the country’s view; don\'t say \'never again\' here.';
  assert.deepEqual(inner(text), ['America First', 'never again']);
});

test('single marks nested inside a double-quoted span are not separate quotes', () => {
  const text = '“They call it ‘America First’ and mean it,” he said.';
  assert.deepEqual(inner(text), ['They call it ‘America First’ and mean it']);
});

test('a quote left open at a paragraph end runs on into a paragraph that opens with a mark', () => {
  const text = 'He said: “The first part.\n\n“The second part,” he added.';
  const marks = findQuoteMarks(text);
  assert.deepEqual(marks.map((m) => [text.slice(m.start, m.end), m.closed, m.continues]), [
    ['The first part.', false, false],
    ['The second part', true, true],
  ]);
});

test('a straight single mark left open is an elision, not a quote', () => {
  assert.deepEqual(inner("The band of the '90s played on."), []);
});

test('paragraph numbers agree with the sentence splitter', () => {
  const text = 'One.\n\n  \nTwo.\nStill two.\n\n\nThree.';
  const fromSentences = [...new Set(splitSentences(text).map((s) => s.paragraph))];
  assert.deepEqual(paragraphRanges(text).map((p) => p.index), fromSentences);
});

test('a quote inside a quote may end right at the outer closing mark', () => {
  const text = '“He told us, ‘Go home.’” She left. “Later,” she said, “we came back.”';
  assert.deepEqual(inner(text), ['He told us, ‘Go home.’', 'Later', 'we came back.']);
});

test('a single mark left open does not hide the quotes after it in its paragraph', () => {
  // The inner quote opens with a curly mark and closes with a straight one before a space-less
  // double closer; whatever its pairing, the next quote of the paragraph is still a quote.
  const text = '“I had my hands up, sort of, ‘Don’t hit me, please,\'x” Nicklaus said. “I’ve always liked that picture.”';
  assert.deepEqual(inner(text).slice(-1), ['I’ve always liked that picture.']);
});

test('a typographic mark typed the wrong way round takes the role of its place', () => {
  const text = '“It’s unusual,“ said Larry Noble, a lawyer. ”We will win,” said Mr. Noble. He called it “the best deal ever” and left.';
  assert.deepEqual(inner(text), ['It’s unusual', 'We will win', 'the best deal ever']);
});
