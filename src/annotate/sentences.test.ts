import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

/** The sentences' words, each checked against the text at its offsets. */
function sentenceTexts(text: string): string[] {
  const sentences = splitSentences(text);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  return sentences.map((s) => s.text);
}

describe('sentence splitter', () => {
  it('keeps exact offsets and paragraph numbers', () => {
    const text = 'First one. Second one!\n\nThird, in a new paragraph.';
    const s = splitSentences(text);
    assert.deepEqual(s.map((x) => x.text), ['First one.', 'Second one!', 'Third, in a new paragraph.']);
    for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
    assert.deepEqual(s.map((x) => x.paragraph), [0, 0, 1]);
  });

  it('ends a sentence at a quote closed with two apostrophes or before one opened with two backticks', () => {
    const text = "He noted that ``I was running for speaker, not sainthood.'' He added, ``There was a reason.'' ``During my marriage I strayed,'' Livingston said. ''We won,'' she said.";
    assert.deepEqual(sentenceTexts(text), [
      "He noted that ``I was running for speaker, not sainthood.''",
      "He added, ``There was a reason.''",
      "``During my marriage I strayed,'' Livingston said.",
      "''We won,'' she said.",
    ]);
  });

  it('ends a sentence after a name that ends like an abbreviated title when a sentence opener follows', () => {
    const text = 'Police called it an attack on Hun Sen. The opposition denied it. Democratic Sen. Joe Manchin said no.';
    assert.deepEqual(sentenceTexts(text), ['Police called it an attack on Hun Sen.', 'The opposition denied it.', 'Democratic Sen. Joe Manchin said no.']);
  });

  it('does not split after an abbreviation followed by a lower-case word', () => {
    const s = splitSentences('He said, "We hope that the DPRK (North Korea)-U.S. meeting will proceed," urging talks.');
    assert.equal(s.length, 1);
  });

  it('keeps a country’s initials with the mission, office or agency they name inside a sentence ("the U.S. Mission in Benghazi")', () => {
    const text = 'That cable summarized a meeting held by the U.S. Mission in Benghazi and warned of an attack. He moved to the U.S. The move paid off.';
    assert.deepEqual(sentenceTexts(text), ['That cable summarized a meeting held by the U.S. Mission in Benghazi and warned of an attack.', 'He moved to the U.S.', 'The move paid off.']);
  });

  it('reads a line whose only stops end it as one sentence, and splits a line with a stop before its end', () => {
    const cases: [string, string[]][] = [
      ['Trump Wins Nevada Caucuses', ['Trump Wins Nevada Caucuses']],
      ['“We will win,” he said.', ['“We will win,” he said.']],
      ['Is this the end?!”', ['Is this the end?!”']],
      ['  spaced out line.  ', ['spaced out line.']],
      ['Really? Yes.', ['Really?', 'Yes.']],
      ['“He left.” She stayed.', ['“He left.”', 'She stayed.']],
      ['It is over! Nobody won', ['It is over!', 'Nobody won']],
      ['Sen. Warren spoke.', ['Sen. Warren spoke.']],
    ];
    for (const [line, expected] of cases) assert.deepEqual(splitSentences(line).map((x) => x.text), expected, line);
  });

  it('ends a sentence at a line break, as headlines carry no stop', () => {
    const s = splitSentences('China turns to Russia\nThe vice-president will visit.');
    assert.equal(s.length, 2);
    assert.equal(s[0]!.paragraph, s[1]!.paragraph);
  });
});

it('a country’s initials before a capitalised modifier do not end the sentence; before a sentence opener they do', () => {
  const text = 'Le Pen voiced support for U.S. Republican candidate Donald Trump, saying he would win. He flew to the U.S. The trip was long.';
  assert.deepEqual(sentenceTexts(text), [
    'Le Pen voiced support for U.S. Republican candidate Donald Trump, saying he would win.',
    'He flew to the U.S.',
    'The trip was long.',
  ]);
});
