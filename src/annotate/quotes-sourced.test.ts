import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { createQuoteAnnotator } from './quotes.js';
import { RULES_ONLY, articleOf, entitiesFor, type EntitySpec } from './quotes-test-kit.js';
import { splitSentences } from './sentences.js';

const annotate = (text: string, specs: readonly EntitySpec[] = []): Quote[] =>
  createQuoteAnnotator(RULES_ONLY)(articleOf(text), splitSentences(text), entitiesFor(text, specs));
const brief = (q: Quote): [string, string | null, string | null] => [q.text, q.speakerText, q.cue];

test('"according to X" inside a sentence attributes the whole sentence to X', () => {
  const text = 'Only one person was killed by a gun last year in Japan, according to the National Police Agency, and there were only eight reported incidents.';
  const specs: EntitySpec[] = [{ name: 'National Police Agency', type: 'organization', aliases: [] }];
  assert.deepEqual(annotate(text, specs).map(brief), [
    ['Only one person was killed by a gun last year in Japan, according to the National Police Agency, and there were only eight reported incidents', 'National Police Agency', 'according to'],
  ]);
});

test('"according to X" without a comma before it attributes the words before it', () => {
  const text = 'Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press, but the race goes on.';
  assert.deepEqual(annotate(text).map((q) => [q.text, q.cue]), [['Clinton leads Sanders by 271 pledged delegates', 'according to']]);
});

test('"according to" a phrase naming neither a source nor a record attributes nothing', () => {
  assert.deepEqual(annotate('They pull the lever for their party according to their instinctive preference, and then leave.'), []);
});

test('records that "show" something attribute the clause they close or open', () => {
  assert.deepEqual(annotate('More than 40 percent of that money arrived in February alone, new fundraising reports show.').map((q) => [q.text, q.cue]), [
    ['More than 40 percent of that money arrived in February alone', 'show'],
  ]);
  assert.deepEqual(annotate('Federal records show the campaign has less than $1.3 million cash on hand.').map((q) => [q.text, q.cue]), [
    ['the campaign has less than $1.3 million cash on hand', 'show'],
  ]);
});

test('a poll named in a preposition phrase attributes the clause before it, or after it when it opens the sentence', () => {
  assert.deepEqual(annotate('But he fell to 10 percent in the latest CNN/ORC poll released Wednesday.').map((q) => [q.text, q.cue]), [['But he fell to 10 percent', 'in']]);
  assert.deepEqual(annotate('In the most recent YouGov/Economist survey, 71 percent of Sanders supporters approved of Obama.').map((q) => [q.text, q.cue]), [
    ['71 percent of Sanders supporters approved of Obama', 'in'],
  ]);
});

test('a sentence saying what someone "reportedly" did is an attribution without a speaker', () => {
  assert.deepEqual(annotate('The FBI is reportedly making arrangements to interview Hillary Clinton.').map((q) => [q.text, q.speaker, q.cue, q.explicit]), [
    ['The FBI is reportedly making arrangements to interview Hillary Clinton', null, 'reportedly', false],
  ]);
});

test('a sentence that already holds an attribution gets no second one from its source phrase', () => {
  const text = 'Lu said that the talks went well, and according to reports, they will continue.';
  const quotes = annotate(text, [{ name: 'Lu Kang', type: 'person', aliases: ['Lu'] }]);
  assert.equal(quotes.filter((q) => q.cue === 'according to').length, 0);
});

test('a participle of saying after a direct quote and its attribution adds the speaker\'s next point', () => {
  const text = '“It will take some time for the stock to recover,” Mr. Ackman said at the time, adding that investors did not appreciate how valuable the company was. He left.';
  const quotes = annotate(text, [{ name: 'Bill Ackman', type: 'person', aliases: ['Ackman', 'Mr. Ackman'] }]);
  assert.deepEqual(quotes.map((q) => [q.kind, q.text, q.speaker, q.cue]), [
    ['direct', 'It will take some time for the stock to recover', 'Bill Ackman', 'said'],
    ['indirect', 'investors did not appreciate how valuable the company was', 'Bill Ackman', 'adding'],
  ]);
});

test('a clause closed by ", <someone> said." is attributed in a sentence no other rule attributes', () => {
  const text = 'Still, Cruz will be re-evaluating how he approaches his colleagues, a source close to him said.';
  assert.deepEqual(annotate(text).map((q) => [q.text, q.cue]), [['Still, Cruz will be re-evaluating how he approaches his colleagues', 'said']]);
});

test('how something appears or is expected to go is an attribution without a speaker, after any opening phrase', () => {
  assert.deepEqual(annotate('But at key moments, she appeared to step on her own momentum.').map((q) => [q.text, q.speaker, q.cue]), [
    ['she appeared to step on her own momentum', null, 'appeared'],
  ]);
  assert.deepEqual(annotate('The embattled French president is expected to run for re-election in 2017.').map((q) => [q.text, q.cue]), [
    ['The embattled French president is expected to run for re-election in 2017', 'is expected'],
  ]);
});

test('the question someone was asked is attributed to whoever asked it, named after "by" or not at all', () => {
  const text = 'Asked whether he would fire a speechwriter under these circumstances, Priebus said no. When asked by Ingraham on Thursday about increasing the number of foreign workers, Cruz shrugged.';
  const specs: EntitySpec[] = [{ name: 'Laura Ingraham', type: 'person', aliases: ['Ingraham'] }];
  assert.deepEqual(annotate(text, specs).filter((q) => q.cue === 'asked').map((q) => [q.text, q.speaker]), [
    ['whether he would fire a speechwriter under these circumstances', null],
    ['about increasing the number of foreign workers', 'Laura Ingraham'],
  ]);
});

test('the question someone was asked stays its own attribution inside the answer\'s sentence', () => {
  const text = 'Asked if it had appeared he was encouraging violence, Trump replied, “Well, maybe not.”';
  const quotes = annotate(text, [{ name: 'Donald Trump', type: 'person', aliases: ['Trump'] }]);
  assert.deepEqual(quotes.filter((q) => q.cue === 'asked').map((q) => [q.text, q.speaker]), [['if it had appeared he was encouraging violence', null]]);
  assert.deepEqual(quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]), [['Well, maybe not.', 'Donald Trump']]);
});

test('someone appearing somewhere is no attribution', () => {
  assert.deepEqual(annotate('The network did not respond, and Trump appeared at the September debate anyway.'), []);
});
