import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnotator } from '../pipeline.js';
import { makeArticle } from '../test-support/articles.js';
import type { AnnotatedArticle } from '../types.js';
import { buildFacts } from './facts.js';
import { mergeEntities } from './merge-entities.js';
import { collectCandidates } from './summarize-candidates.js';
import { createSummarizer } from './summarize-story.js';

const annotator = createAnnotator();

const TEXTS: [string, string][] = [
  ['a', `PARIS (AP) -- The French government announced a new tax on aviation fuel on Monday to fund rail investment across the country.
But unions said the tax on aviation fuel would cost thousands of airport jobs in the regions.
He also said the plan was rushed through without consultation of the airline industry.`],
  ['b', `The French government on Monday announced a new tax on aviation fuel to pay for rail investment.
The tax on aviation fuel will raise about two billion euros a year for rail lines, the finance ministry said.
Airlines warned that ticket prices would rise sharply for passengers on domestic routes.`],
  ['c', `France will tax aviation fuel to fund rail investment, the government announced on Monday.
Officials said that the tax on aviation fuel will raise about two billion euros a year for new rail lines.
Is this the end of cheap domestic flights in France for good?`],
];

function articles(): AnnotatedArticle[] {
  return TEXTS.map(([id, text]) => annotator.article(makeArticle(text, { id, outlet: `Outlet ${id}` })));
}

const words = (s: string) => s.trim().split(/\s+/).length;

describe('the story summariser', () => {
  it('keeps the summary within its word budget and every sentence an exact span of its article', () => {
    const arts = articles();
    const summary = createSummarizer({ maxWords: 40 })(arts);
    assert.ok(summary.length >= 1);
    assert.ok(summary.reduce((n, s) => n + words(s.text), 0) <= 40);
    for (const s of summary) {
      const own = s.sources[0]!;
      assert.equal(arts.find((a) => a.article.id === own.article)!.article.text.slice(own.start, own.end), s.text);
    }
  });

  it('says a fact reported by several articles once, citing all of them', () => {
    const arts = articles();
    const facts = buildFacts(arts, mergeEntities(arts), (id) => id);
    const summary = createSummarizer({ maxWords: 60 })(arts, facts);
    const tax = summary.filter((s) => /tax/.test(s.text) && /rail investment/.test(s.text));
    assert.equal(tax.length, 1, summary.map((s) => s.text).join(' | '));
    assert.deepEqual(new Set(tax[0]!.sources.map((sp) => sp.article)), new Set(['a', 'b', 'c']));
  });

  it('cuts datelines, connectives and attribution ("He also said") when compressing, and drops questions', () => {
    const texts = collectCandidates(articles(), 'compress').map((c) => c.text);
    assert.ok(texts.includes('The French government announced a new tax on aviation fuel on Monday to fund rail investment across the country.'));
    assert.ok(texts.includes('unions said the tax on aviation fuel would cost thousands of airport jobs in the regions.'));
    assert.ok(texts.includes('the plan was rushed through without consultation of the airline industry.'));
    assert.ok(texts.includes('The tax on aviation fuel will raise about two billion euros a year for rail lines'));
    assert.ok(texts.includes('the tax on aviation fuel will raise about two billion euros a year for new rail lines.'));
    assert.ok(!texts.some((t) => /^(But|He also said)|\?$/.test(t)));
  });

  it('rewrites nothing in strict mode: a sentence with a dangling opener is left out, a dateline is cut', () => {
    const texts = collectCandidates(articles(), 'strict').map((c) => c.text);
    assert.ok(!texts.some((t) => /^(But|He also)/.test(t)));
    assert.ok(texts.some((t) => t.startsWith('The French government announced')));
  });

  it('fills the word budget exactly with the first words of one more sentence when asked', () => {
    const arts = articles();
    const summary = createSummarizer({ maxWords: 30, fill: true })(arts);
    assert.equal(summary.reduce((n, s) => n + words(s.text), 0), 30);
    const last = summary[summary.length - 1]!;
    const own = last.sources[0]!;
    assert.equal(arts.find((a) => a.article.id === own.article)!.article.text.slice(own.start, own.end), last.text);
  });

  it('throws at once on a budget below one word or sentence', () => {
    assert.throws(() => createSummarizer({ maxWords: 0 }), /maxWords/);
    assert.throws(() => createSummarizer({ maxSentences: 0 }), /maxSentences/);
  });
});
