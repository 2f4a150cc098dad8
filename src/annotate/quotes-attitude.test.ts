/** One fixture per rule for beliefs, speech acts and the speech shapes PolNeAR counts (error analysis of 2026-11-25). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { createQuoteAnnotator } from './quotes.js';
import { RULES_ONLY, articleOf, entitiesFor, type EntitySpec } from './quotes-test-kit.js';
import { splitSentences } from './sentences.js';

const person = (name: string, ...aliases: string[]): EntitySpec => ({ name, type: 'person', aliases });
const annotate = (text: string, specs: readonly EntitySpec[] = []): Quote[] =>
  createQuoteAnnotator(RULES_ONLY)(articleOf(text), splitSentences(text), entitiesFor(text, specs));
const brief = (q: Quote) => [q.kind, q.text, q.speaker, q.cue, q.stance ?? null];

test('a belief is an indirect attribution marked as belief, its content the complement', () => {
  const text = 'Rand Paul thinks that reducing the deficit matters more than defense.';
  assert.deepEqual(annotate(text, [person('Rand Paul', 'Paul')]).map(brief), [
    ['indirect', 'that reducing the deficit matters more than defense', 'Rand Paul', 'thinks', 'belief'],
  ]);
});

test('a want with an infinitive and a negated feeling are beliefs of their subject', () => {
  const text = 'Rubio wants to emerge as the candidate of the party. You don’t trust the polls.';
  assert.deepEqual(annotate(text, [person('Marco Rubio', 'Rubio')]).map(brief), [
    ['indirect', 'to emerge as the candidate of the party', 'Marco Rubio', 'wants', 'belief'],
    ['indirect', 'the polls', null, 'trust', 'belief'],
  ]);
});

test('a speech act with an object is an indirect attribution marked as speech', () => {
  const text = 'Cruz accused Trump of lying about his record.';
  assert.deepEqual(annotate(text, [person('Ted Cruz', 'Cruz'), person('Donald Trump', 'Trump')]).map(brief), [
    ['indirect', 'Trump of lying about his record', 'Ted Cruz', 'accused', 'speech'],
  ]);
});

test('a poll shows what it found, and the content stops before ", but"', () => {
  const text = 'A new poll shows Sanders leading Clinton nationally, but the lead is small.';
  assert.deepEqual(annotate(text).map((q) => [q.text, q.speakerText, q.cue]), [['Sanders leading Clinton nationally', 'A new poll', 'shows']]);
});

test('passives, nouns and time words after a cue attribute nothing to a speaker', () => {
  const text = 'The bill is expected to pass easily. His call for calm was heard. Clinton announced Monday.';
  // What is expected is the writer's view, with no speaker: the passive names no believer.
  assert.deepEqual(annotate(text, [person('Hillary Clinton', 'Clinton')]).map((q) => [q.text, q.speaker, q.cue]), [['The bill is expected to pass easily', null, 'is expected']]);
});

test('a time word between cue and "that" is skipped', () => {
  const text = 'Politico reported Saturday that Brock was planning to call on the senator.';
  assert.deepEqual(annotate(text, [{ name: 'Politico', type: 'organization' }]).map((q) => [q.text, q.speaker, q.cue]), [
    ['Brock was planning to call on the senator', 'Politico', 'reported'],
  ]);
});

test('a belief inside reported speech is part of what the clause reports', () => {
  const text = 'Sanders told a cheering crowd in West Virginia that he expects to win the primary.';
  assert.deepEqual(annotate(text, [person('Bernie Sanders', 'Sanders')]).map((q) => [q.text, q.speaker, q.stance ?? null]), [
    ['he expects to win the primary', 'Bernie Sanders', null],
  ]);
});

test('a verb in a list of the writer’s does not take a holder across the list', () => {
  const text = 'He ignored the findings of the OPCW, ignored the pleas of his allies, threatened allies with sanctions.';
  assert.equal(annotate(text).some((q) => q.cue === 'threatened'), false);
});

test('a partial quote inside reported speech keeps the clause: a mixed quote', () => {
  const text = 'Tom Cole said his biggest worry about Trump is that he is “unpredictable.”';
  assert.deepEqual(annotate(text, [person('Tom Cole', 'Cole'), person('Donald Trump', 'Trump')]).map((q) => [q.kind, q.text, q.speaker]), [
    ['indirect', 'his biggest worry about Trump is that he is “unpredictable.”', 'Tom Cole'],
    ['partial', 'unpredictable', 'Tom Cole'],
  ]);
});

test('a clause attributed at its end may end inside a partial quote', () => {
  const text = 'Using the capital gains tax “is a misguided approach,” said Burman, an economist.';
  assert.deepEqual(annotate(text, [person('Len Burman', 'Burman')]).map((q) => [q.kind, q.text, q.speaker]), [
    ['indirect', 'Using the capital gains tax “is a misguided approach', 'Len Burman'],
    ['partial', 'is a misguided approach', 'Len Burman'],
  ]);
});

test('a determiner-led subject speaks when no name or role word is found', () => {
  const text = '“The plan failed badly,” the letter says. That person said the hostility hampered his campaign.';
  assert.deepEqual(annotate(text).map((q) => [q.kind, q.speakerText]), [['direct', 'the letter'], ['indirect', 'That person']]);
});

test('a quote after a long attribution naming its speaker continues that speaker', () => {
  const text = '“Standard Russian modus operandi,” said James Lewis, an international cyber policy expert at the Center for Strategic and International Studies, via email. “They have done it before.”';
  assert.deepEqual(annotate(text, [person('James Lewis', 'Lewis')]).map((q) => [q.text, q.speaker, q.explicit]), [
    ['Standard Russian modus operandi', 'James Lewis', true],
    ['They have done it before.', 'James Lewis', false],
  ]);
});

test('"Name: words" opening a paragraph attributes the words to the name; section labels do not', () => {
  const text = 'Sanders: Brexit’s message could draw Trump support in US.\n\nUPDATE: The vote was delayed until Friday.';
  assert.deepEqual(annotate(text, [person('Bernie Sanders', 'Sanders')]).map(brief), [
    ['indirect', 'Brexit’s message could draw Trump support in US', 'Bernie Sanders', ':', null],
  ]);
});
