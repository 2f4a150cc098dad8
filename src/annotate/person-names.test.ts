import assert from 'node:assert/strict';
import { test } from 'node:test';
import { givenCompatible, misspelledPerson, sameNamedPerson } from './person-names.js';

test('one person written two ways: short forms, initials, middle names, titles, a misspelling', () => {
  assert.ok(sameNamedPerson('Tim Murray', 'Timothy Murray'));
  assert.ok(sameNamedPerson('Dick Durbin', 'Richard J. Durbin'));
  assert.ok(sameNamedPerson('Mike Bloomberg', 'Michael Bloomberg'));
  assert.ok(sameNamedPerson('Vicente Fox', 'Vincente Fox'));
  assert.ok(sameNamedPerson('Sen. Bernie Sanders', 'Sanders'));
  assert.ok(sameNamedPerson('Martin Luther King Jr.', 'Martin King'));
  assert.ok(sameNamedPerson('Admiral Harris', 'Harry B. Harris'), 'a title is no given name');
  assert.ok(sameNamedPerson('Representative Brooks', 'Morris J. Brooks'));
});

test('two people: another surname, or given names that disagree', () => {
  assert.ok(!sameNamedPerson('Bill Clinton', 'Hillary Rodham Clinton'));
  assert.ok(!sameNamedPerson('Mary Cheney', 'Dick Cheney'));
  assert.ok(!sameNamedPerson('Joe Biden', 'Paul D. Ryan'));
  assert.ok(!sameNamedPerson('Dan Smith', 'Don Smith'), 'short names one letter apart are two names');
  assert.ok(!sameNamedPerson('Joan Smith', 'John Smith'), 'a and h are not neighbouring keys');
});

test('a short given name typed with the key beside the right one is the same person', () => {
  assert.ok(sameNamedPerson('Hand Carlsson', 'Hans Carlsson'));
  assert.ok(!givenCompatible('hand', 'hans'), 'the eval reads names as written');
});

test('the eval keeps its stricter given-name test unless asked for short forms', () => {
  assert.ok(givenCompatible('bern', 'bernie'));
  assert.ok(!givenCompatible('dick', 'richard'));
  assert.ok(givenCompatible('dick', 'richard', true));
});

test('a surname misspelled by one letter or two swapped ones is the same person only with the same given name', () => {
  assert.ok(misspelledPerson('Reince Preibus', 'Reince Priebus'));
  assert.ok(misspelledPerson('Mike Huckabee', 'Mike Huckabe'));
  assert.ok(!misspelledPerson('Reince Priebus', 'Reince Priebus'));
  assert.ok(!misspelledPerson('Mark Kelly', 'Scott Kelley'));
  assert.ok(!misspelledPerson('John Ryan', 'John Rian'));
  assert.ok(!misspelledPerson('Ann Smith', 'Ann Keith'));
});
