import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { createQuoteAnnotator } from './quotes.js';
import { RULES_ONLY, articleOf, entitiesFor, type EntitySpec } from './quotes-test-kit.js';
import { splitSentences } from './sentences.js';

/** Runs the annotator on a seed article (raw text as saved) with its hand-made entity list. */
function seed(id: string): Quote[] {
  const dir = new URL(`./fixtures/quotes-seed-${id}/`, import.meta.url);
  const text = readFileSync(new URL('input.txt', dir), 'utf8');
  const specs = JSON.parse(readFileSync(new URL('entities.json', dir), 'utf8')) as EntitySpec[];
  const quotes = createQuoteAnnotator(RULES_ONLY)(articleOf(text, id), splitSentences(text), entitiesFor(text, specs));
  const expected = new URL('expected.json', dir);
  // Golden file: UPDATE=1 rewrites it and the diff is reviewed like code.
  if (process.env.UPDATE === '1') writeFileSync(expected, `${JSON.stringify(quotes, null, 2)}\n`);
  assert.deepEqual(quotes, JSON.parse(readFileSync(expected, 'utf8')));
  return quotes;
}

function find(quotes: readonly Quote[], prefix: string): Quote {
  const found = quotes.find((q) => q.text.startsWith(prefix));
  assert.ok(found, `no quote starting "${prefix}"`);
  return found;
}

test('seed 000 gives Pang, Li and the implied Pang continuation their quotes', () => {
  const quotes = seed('000');
  assert.deepEqual(
    ['It will not only showcase', 'But the structural problems', 'Against such a backdrop', 'Wang, a party veteran', 'But China must be aware'].map((p) => {
      const q = find(quotes, p);
      return [q.kind, q.speaker, q.explicit];
    }),
    [
      ['direct', 'Pang Zhongying', true],
      ['direct', 'Pang Zhongying', true],
      ['direct', 'Li Xing', true],
      ['direct', 'Pang Zhongying', true],
      ['direct', 'Pang Zhongying', false],
    ],
  );
  const backdrop = find(quotes, 'Against such a backdrop');
  assert.equal(backdrop.speakerText, 'Li');
  assert.equal(backdrop.cue, 'said');
  const continued = find(quotes, 'But China must be aware');
  assert.ok(continued.text.endsWith('the US and its allies.'), 'both sentences of the paragraph are one quote');
  assert.equal(continued.cue, null);
});

test('seed 000 reports indirect speech, the pronoun resolving to Li Xing', () => {
  const indirect = seed('000').filter((q) => q.kind === 'indirect');
  const he = indirect.find((q) => q.speakerText === 'He');
  assert.equal(he?.speaker, 'Li Xing');
  assert.ok(he.text.startsWith('China wanted to hedge'));
  assert.equal(indirect.find((q) => q.cue === 'according to')?.speaker, 'Chinese Ministry of Foreign Affairs');
  assert.equal(indirect.find((q) => q.speakerText === 'Observers')?.speaker, 'Observers');
});

test('seed 001 joins the Li Xing quote into one and finds Pang behind "He … stating"', () => {
  const quotes = seed('001');
  assert.equal(find(quotes, 'It will not only showcase').speaker, 'Pang Zhongying');
  const stating = find(quotes, 'But the structural problems');
  assert.deepEqual([stating.speaker, stating.speakerText, stating.cue, stating.explicit], ['Pang Zhongying', 'He', 'stating', true]);
  const joined = find(quotes, 'Wang, a party veteran');
  assert.deepEqual([joined.speaker, joined.explicit], ['Li Xing', true]);
  assert.ok(joined.text.endsWith('the US and its allies.'));
  assert.equal(quotes.filter((q) => q.text.includes('But China must be aware')).length, 1);
});

test('seed 003 finds Lu Kang direct and partial, Xi partial, and no quote for "One Belt, One Road"', () => {
  const quotes = seed('003');
  const hope = find(quotes, 'We hope that');
  assert.equal(hope.text, 'We hope that the DPRK (North Korea)-U.S. meeting will proceed smoothly and achieve positive outcomes');
  assert.deepEqual([hope.kind, hope.speaker, hope.cue], ['direct', 'Lu Kang', 'told']);
  const efforts = find(quotes, 'important efforts');
  assert.deepEqual([efforts.kind, efforts.text, efforts.speaker], ['partial', 'important efforts', 'Lu Kang']);
  const best = find(quotes, 'the best in history');
  assert.deepEqual([best.kind, best.text, best.speaker, best.cue], ['partial', 'the best in history', 'Xi Jinping', 'views as']);
  assert.equal(quotes.some((q) => q.text.includes('One Belt')), false);
  assert.equal(quotes.some((q) => q.text.includes('have his own diplomatic ties')), false);
});
