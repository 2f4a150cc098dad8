import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { entitySpans, goldSpans, readConll, toIob2 } from './ner-conll.js';
import { countMatches, evalNer } from './ner.js';

const CONLL = `-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
's POS B-NP O
LONDON NNP I-NP I-LOC
Paris NNP I-NP B-LOC

-DOCSTART- -X- O O

Rome NNP I-NP I-LOC
`;

function fixture(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ner-')), 'mini.conll');
  writeFileSync(file, CONLL);
  return file;
}

test('IOB1 entities: I- continues a run, B- starts a new one of the same type', () => {
  assert.deepEqual(entitySpans(['I-LOC', 'B-LOC', 'O', 'I-PER', 'I-PER', 'I-ORG']), [
    { from: 0, to: 1, type: 'LOC' }, { from: 1, to: 2, type: 'LOC' }, { from: 3, to: 5, type: 'PER' }, { from: 5, to: 6, type: 'ORG' },
  ]);
  assert.deepEqual(toIob2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']);
});

test('documents split at -DOCSTART-, text detokenised with token offsets kept', () => {
  const docs = readConll(fixture());
  assert.equal(docs.length, 2);
  const doc = docs[0]!;
  assert.equal(doc.text, "EU rejects German call.\nPeter Blackburn's LONDON Paris");
  for (const s of doc.sentences) for (const t of s) assert.equal(doc.text.slice(t.start, t.end), t.word);
  assert.deepEqual(goldSpans(doc).map((g) => [doc.text.slice(g.start, g.end), g.type]), [
    ['EU', 'ORG'], ['German', 'MISC'], ['Peter Blackburn', 'PER'], ['LONDON', 'LOC'], ['Paris', 'LOC'],
  ]);
});

test('matches are exact span and type, a duplicate prediction counted once', () => {
  const gold = [{ start: 0, end: 2, type: 'ORG' }, { start: 10, end: 15, type: 'PER' }];
  const counts = countMatches(gold, [{ start: 0, end: 2, type: 'ORG' }, { start: 0, end: 2, type: 'ORG' }, { start: 10, end: 14, type: 'PER' }, { start: 20, end: 25, type: 'LOC' }]);
  assert.deepEqual(Object.fromEntries(counts), {
    ORG: { gold: 1, predicted: 1, matched: 1 }, PER: { gold: 1, predicted: 1, matched: 0 }, LOC: { gold: 0, predicted: 1, matched: 0 },
  });
});

test('evalNer scores micro F1 over PER, ORG and LOC, MISC apart', async () => {
  const r = await evalNer(fixture(), {
    recognise: (text) => {
      const at = (w: string, type: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, type });
      return text.startsWith('EU') ? [at('EU', 'ORG'), at('Peter', 'PER'), at('LONDON', 'LOC'), at('German', 'MISC')] : [at('Rome', 'LOC')];
    },
  });
  // Gold PER/ORG/LOC: EU, Peter Blackburn, LONDON, Paris, Rome = 5; predicted 4, of which 3 match.
  assert.equal(r.n, 2);
  assert.equal(r.precision, 3 / 4);
  assert.equal(r.recall, 3 / 5);
  assert.equal(r.miscF1, 1);
  assert.equal(r.perF1, 0);
});
