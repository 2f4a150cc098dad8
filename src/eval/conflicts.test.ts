import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { changedNumber } from './conflicts-figures.js';
import { evalConflicts, swapNames } from './conflicts.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/conflicts-small.jsonl', import.meta.url));

test('a person’s names are swapped for another’s: full name, surname and given name each for its own', () => {
  const text = 'Maria Lopez said so. Lopez repeated it, and Maria laughed. Lopezville is a town.';
  assert.equal(swapNames(text, { name: 'Maria Lopez', aliases: ['Lopez', 'Maria'] }, 'John Smith'), 'John Smith said so. Smith repeated it, and John laughed. Lopezville is a town.');
});

test('a generational suffix is no surname when names are swapped', () => {
  const text = 'Harry B. Harris Jr. said so. Harris repeated it.';
  assert.equal(swapNames(text, { name: 'Harry B. Harris Jr.', aliases: ['Harris'] }, 'Roger J. Stone Jr.'), 'Roger J. Stone Jr. said so. Stone repeated it.');
});

test('agreeing outlets raise no conflict, and a planted misattribution, a planted figure, a planted date and a misquoted figure are caught', async () => {
  const r = await evalConflicts(FIXTURE);
  // The one-article event is no story of several outlets.
  assert.equal(r.stories, 1);
  assert.equal(r.n, 2);
  assert.ok(r.sharedQuotes >= 1);
  assert.equal(r.speakersDisagree, 0);
  assert.equal(r.speakerMissing, 0);
  assert.equal(r.flagged, 0);
  // Lopez's quote, carried by both articles, planted on Smith in each of them in turn.
  assert.equal(r.planted, 2);
  assert.equal(r.plantedNamed, 2);
  assert.equal(r.caught, 2);
  assert.equal(r.plantedRecall, 1);
  // The delegates' figures agree ("About 120" allows 120); the 40 countries, stated alike, made 60 in one article, are reported.
  assert.equal(r.numbersFlagged, 0);
  assert.equal(r.numbersPlanted, 1);
  assert.equal(r.numbersCaught, 1);
  assert.equal(r.numbersPlantedRecall, 1);
  // The day both give ("March 2, 2026"), moved to March 5 in one article, is reported too.
  assert.equal(r.datesFlagged, 0);
  assert.equal(r.datesPlanted, 1);
  assert.equal(r.datesCaught, 1);
  // Lopez's "10 years", quoted alike by both, made 15 in one article: a misquoted figure, reported.
  assert.equal(r.quotedNumbersFlagged, 0);
  assert.equal(r.quotedNumbersPlanted, 1);
  assert.equal(r.quotedNumbersCaught, 1);
  assert.equal(r.quotedNumbersPlantedRecall, 1);
  assert.equal(typeof r.seconds, 'number');
  assert.equal(typeof r.articlesPerSecond, 'number');
});

test('a planted figure is half as large again, written as the original is', () => {
  assert.equal(changedNumber('40'), '60');
  assert.equal(changedNumber('1,500'), '2,250');
  assert.equal(changedNumber('2.6'), '3.9');
  assert.equal(changedNumber('three'), '5');
});
