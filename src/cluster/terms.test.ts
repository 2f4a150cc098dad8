import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { entityTerm, termCounts, type ClusterFeatures } from './features.js';
import { createTermCounter, TermVocabulary } from './terms.js';

const article = (text: string, extra: Partial<ClusterFeatures> = {}): ClusterFeatures => ({ id: 'a', title: null, text, published: null, outlet: null, ...extra });

/** The counter's terms as strings, with their counts, in its order. */
function spelled(vocabulary: TermVocabulary, counted: ReturnType<ReturnType<typeof createTermCounter>>): [string, number][] {
  return [...counted.ids].map((id, i) => [vocabulary.terms[id]!, counted.counts[i]!]);
}

describe('createTermCounter', () => {
  it('counts the terms of termCounts, in the same order, for ASCII, curly-quoted and accented text', () => {
    const texts = [
      'The mayor’s office said bombings and bombs were reported; 1990’s records, 2024 and 90s don’t count. O’Neill’s aides.',
      "Plain ASCII: it's the council's vote, rock'n'roll, don't; others EDLY-ended words: reportedly, supposedly.",
      '“Quoted” — dashes – and … ellipses\u00a0with no-break spaces; Café Müller’s São Paulo visit.',
      'Short a b cc dd 12 345 x1 1x',
      '',
    ];
    for (const text of texts) {
      const f = article(text, { title: 'Floods: Valencia’s mayor speaks', entities: [{ name: 'Elena Ruiz', mentions: 2 }, { name: 'Sihanouk’s', mentions: 1 }, { name: ' ', mentions: 3 }] });
      const vocabulary = new TermVocabulary();
      assert.deepEqual(spelled(vocabulary, createTermCounter(vocabulary)(f)), [...termCounts(f)], text);
    }
  });

  it('gives each term one id across articles, numbered in order of first use, and applies custom weights', () => {
    const vocabulary = new TermVocabulary();
    const count = createTermCounter(vocabulary, { title: 5 });
    const first = count(article('river flooded river', { title: 'Flood' }));
    const second = count(article('the river bank'));
    assert.deepEqual(vocabulary.terms, ['flood', 'river', 'bank']);
    assert.deepEqual([...first.ids], [0, 1]);
    // "flooded" stems to "flood" (title weight 5, lead weight 2); "river" twice in the lead.
    assert.deepEqual([...first.counts], [7, 4]);
    assert.deepEqual([...second.ids], [1, 2]);
    assert.equal(vocabulary.has('river'), true);
    assert.equal(vocabulary.has('rive'), false);
    assert.equal(vocabulary.has('the river', 4), true);
  });

  it('keeps ids apart across many terms (the table grows)', () => {
    const vocabulary = new TermVocabulary();
    for (let i = 0; i < 5000; i++) assert.equal(vocabulary.intern(`term${i}`), i);
    for (let i = 0; i < 5000; i++) assert.equal(vocabulary.intern(`term${i}`), i);
    assert.equal(vocabulary.intern(''), 5000);
    assert.equal(vocabulary.intern(''), 5000);
    assert.equal(vocabulary.size, 5001);
  });
});

describe('entityTerm', () => {
  it('gives a company one term with its closing word or without, and a possessive the name\'s term', () => {
    assert.equal(entityTerm('Microsoft Corp.'), entityTerm('Microsoft'));
    assert.equal(entityTerm('Netscape Communications Corp.'), entityTerm('Netscape Communications'));
    assert.equal(entityTerm('Sihanouk’s'), entityTerm('Sihanouk'));
    assert.notEqual(entityTerm('Corp.'), null);
  });
});
