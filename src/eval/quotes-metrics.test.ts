import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSpeechGold, isSpeechPrediction, matchSpans, prf, samePerson, spansMatch } from './quotes-metrics.js';
import { scoreArticle, toContentSpans } from './quotes.js';
import type { Quote } from '../types.js';

const quote = (start: number, end: number, speaker: string | null, more: Partial<Quote> = {}): Quote => ({
  kind: 'direct', start, end, text: '', speaker, speakerText: null, speakerStart: null, speakerEnd: null, cue: 'said', explicit: true, ...more,
});

test('spans match when the overlap is at least 30% of the longer span', () => {
  assert.equal(spansMatch({ start: 0, end: 100 }, { start: 70, end: 90 }), false, '20 of 100');
  assert.equal(spansMatch({ start: 0, end: 100 }, { start: 70, end: 130 }), true, '30 of 100');
  assert.equal(spansMatch({ start: 0, end: 10 }, { start: 10, end: 20 }), false, 'touching is not overlapping');
});

test('matching is one-to-one and prefers the larger overlap', () => {
  const gold = [{ start: 0, end: 100 }, { start: 100, end: 140 }];
  const predicted = [{ start: 0, end: 95 }, { start: 0, end: 50 }, { start: 90, end: 140 }];
  assert.deepEqual(matchSpans(gold, predicted), [[0, 0], [1, 2]]);
});

test('precision, recall and F1 from counts, 0 for empty sides', () => {
  assert.deepEqual(prf(2, 4, 8), { precision: 0.5, recall: 0.25, f1: 1 / 3 });
  assert.deepEqual(prf(0, 0, 3), { precision: 0, recall: 0, f1: 0 });
});

test('the same person: surname in the head of the gold span, no conflicting given name, accents and case ignored', () => {
  assert.equal(samePerson('Mr. Sanders', 'Bernie Sanders'), true);
  assert.equal(samePerson('Hillary Clinton', 'Bill Clinton'), false);
  assert.equal(samePerson('Former Maryland Gov. Martin O’Malley', "Martin O'Malley"), true);
  assert.equal(samePerson('Rabbi Marvin Hier, the founder of the center', 'Rabbi Marvin Hier'), true);
  assert.equal(samePerson('ERDOĞAN', 'Recep Tayyip Erdogan'), true);
  assert.equal(samePerson('Laurence Meyer, a former Fed governor who argued with Ms. Brainard', 'Lael Brainard'), false, 'a name after the head is not the speaker');
  assert.equal(samePerson('Trump', null), false);
  assert.equal(samePerson('King', 'Billie Jean King'), true, 'a title word ending a name is the surname');
  assert.equal(samePerson('Sen. Bernie Sanders', 'Sen. Bernie Sanders'), true);
  assert.equal(samePerson('President Obama', 'the President'), false, 'a title alone names no one');
  assert.equal(samePerson('Mr. Lou', 'Lou Jiwei'), true, 'a name written surname first');
  assert.equal(samePerson('Ms. Acosta', 'Melba Acosta Febo'), true, 'a first of two surnames');
  assert.equal(samePerson('Ms. Acosta', 'Acosta'), true);
  assert.equal(samePerson('Mr. Lou', 'Jiwei Zhang'), false);
});

test('the same person: a middle name or initial is no conflicting given name, on either side', () => {
  assert.equal(samePerson('Donald J. Trump', 'Donald Trump'), true);
  assert.equal(samePerson('Donald Trump', 'Donald J. Trump'), true);
  assert.equal(samePerson('Hillary Rodham Clinton', 'Hillary Clinton'), true);
  assert.equal(samePerson('Hillary Rodham Clinton', 'Bill Clinton'), false);
  assert.equal(samePerson('William J. Clinton', 'Hillary Clinton'), false);
});

test('the same person: a bare name in apposition to a description names the speaker', () => {
  assert.equal(samePerson("Dow's chief executive, Andrew Liveris,", 'Andrew Liveris'), true);
  assert.equal(samePerson("Dow's chief executive, Andrew Liveris,", 'Mary Liveris'), false);
  assert.equal(samePerson('the company, which Mr. Liveris runs', 'Andrew Liveris'), false, 'a relative clause is no apposition');
  assert.equal(samePerson('a spokesman, who worked for Andrew Liveris', 'Andrew Liveris'), false);
});

test('scoring an article counts speaker accuracy only over matched gold quotes with a named speaker', () => {
  const gold = [
    { quote: '', speaker: 'Mr. Obama', speakerIsName: true, verb: 'said', start: 0, end: 50 },
    { quote: '', speaker: 'he', speakerIsName: false, verb: 'said', start: 60, end: 100 },
    { quote: '', speaker: 'Hillary Clinton', speakerIsName: true, verb: 'said', start: 110, end: 150 },
    { quote: '', speaker: 'Sanders', speakerIsName: true, verb: 'said', start: 200, end: 240 },
  ];
  const predicted = [quote(2, 50, 'Barack Obama'), quote(60, 100, null), quote(110, 148, 'Bill Clinton')];
  const score = scoreArticle(gold, predicted);
  assert.deepEqual([score.matches, score.speakerN, score.speakerRight], [[[0, 0], [1, 1], [2, 2]], 2, 1]);
});

test('attributions of speech: quoted content or a cue of saying, for gold items and predictions alike', () => {
  assert.equal(isSpeechGold({ quote: 'the plan would fail', verb: 'warned' }), true);
  assert.equal(isSpeechGold({ quote: 'businesses immediately write off capital investment', verb: 'would let' }), false);
  assert.equal(isSpeechGold({ quote: '“We will win,”', verb: null }), true, 'quoted words are speech whatever the cue');
  assert.equal(isSpeechGold({ quote: 'Cruz', verb: 'supports' }), false, 'a held view is no speech');
  assert.equal(isSpeechGold({ quote: 'the economy is weak', verb: 'according to' }), true);
  assert.equal(isSpeechPrediction({ kind: 'direct', cue: null }), true);
  assert.equal(isSpeechPrediction({ kind: 'indirect', cue: 'thinks' }), false);
  assert.equal(isSpeechPrediction({ kind: 'indirect', cue: 'told reporters' }), true);
});

test('scoring over speech: recall over gold items of speech, precision over predictions of speech', () => {
  const gold = [
    { quote: 'taxes would rise', speaker: 'Mr. Obama', speakerIsName: true, verb: 'said', start: 0, end: 50 },
    { quote: 'the deal is bad', speaker: 'Sanders', speakerIsName: true, verb: 'believes', start: 60, end: 100 },
    { quote: 'jobs would return', speaker: 'Hillary Clinton', speakerIsName: true, verb: 'told', start: 110, end: 150 },
  ];
  const predicted = [
    quote(2, 50, 'Barack Obama', { kind: 'indirect' }),
    quote(60, 100, 'Bernie Sanders', { kind: 'indirect', cue: 'said' }),
    quote(160, 190, 'Hillary Clinton', { kind: 'indirect', cue: 'thinks' }),
    quote(200, 240, 'Tim Kaine', { kind: 'indirect', cue: 'said' }),
  ];
  assert.deepEqual(scoreArticle(gold, predicted).speech, {
    gold: 2, predicted: 3, matchedGold: 1, matchedPredicted: 2, speakerN: 1, speakerRight: 1,
  });
});

test('a continuation piece joins the quote before it into one content span', () => {
  const text = '“I know a good deal,” Rubio said. “Here is one.” Later, “Another,” he said.';
  const joined = toContentSpans(text, [
    quote(1, 19, 'Marco Rubio'),
    quote(35, 47, 'Marco Rubio', { explicit: false, cue: null }),
    quote(57, 64, 'Marco Rubio'),
  ]);
  assert.deepEqual(joined.map((q) => [q.start, q.end]), [[1, 47], [57, 64]]);
});

test('a continuation piece joins its quote past an attribution nested in the words between them', () => {
  const text = '“Not easy,” said Peter King, who endorsed Rubio on Tuesday. “Trump is the favorite.” Later, “Another,” he said.';
  const joined = toContentSpans(text, [
    quote(1, 10, 'Peter King'),
    quote(42, 58, 'Peter King', { kind: 'indirect', cue: 'endorsed' }),
    quote(61, 83, 'Peter King', { explicit: false, cue: null }),
    quote(93, 100, 'Peter King'),
  ]);
  assert.deepEqual(joined.map((q) => [q.kind, q.start, q.end]), [['direct', 1, 83], ['indirect', 42, 58], ['direct', 93, 100]]);
});

test('a partial quote inside the same speaker’s reported clause is scored as that clause', () => {
  const text = 'Cole said his worry is that he is “unpredictable.”';
  const spans = toContentSpans(text, [
    quote(10, 50, 'Tom Cole', { kind: 'indirect' }),
    quote(35, 48, 'Tom Cole', { kind: 'partial' }),
  ]);
  assert.deepEqual(spans.map((q) => [q.kind, q.start, q.end]), [['indirect', 10, 50]]);
});
