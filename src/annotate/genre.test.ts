import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { asArticleId, type Article, type Genre, type RemovalReason, type RemovedBlock } from '../types.js';
import { classifyGenre, createGenreClassifier } from './genre.js';
import { splitSentences } from './sentences.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

function block(text: string, reason: RemovalReason): RemovedBlock {
  return { text, reason, rawStart: 0, rawEnd: text.length };
}

function makeArticle(text: string, removed: readonly RemovedBlock[] = [], title = 'Test'): Article {
  return { id: asArticleId('t'), source: 'test', title, outlet: null, published: null, text, standfirst: null, removed, diagnostics: [] };
}

function classify(article: Article): Genre {
  return classifyGenre(article, splitSentences(article.text));
}

function loadSeed(id: string): Article {
  return JSON.parse(readFileSync(new URL(`genre-seed-${id}/input.json`, FIXTURES), 'utf8')) as Article;
}

function rules(genre: Genre): string[] {
  return [...new Set(genre.evidence.map((e) => e.rule))];
}

test('every evidence span in the text matches its words, and removed evidence has no span', () => {
  for (const id of ['000', '001', '003']) {
    const article = loadSeed(id);
    for (const e of classify(article).evidence) {
      if (e.start === null) {
        assert.equal(e.end, null);
        assert.ok(article.removed.some((b) => b.text === e.text) || article.title === e.text, e.text);
      } else {
        assert.equal(article.text.slice(e.start, e.end ?? undefined), e.text);
      }
    }
  }
});

test('seed 000 is opinion, from its column disclaimer, comment prompt and loaded words', () => {
  const genre = classify(loadSeed('000'));
  assert.equal(genre.label, 'opinion');
  const disclaimers = genre.evidence.filter((e) => e.rule === 'opinion-disclaimer');
  assert.equal(disclaimers.length, 1, 'the disclaimer printed twice is listed once');
  assert.equal(disclaimers[0]?.start, null);
  assert.ok(genre.evidence.some((e) => e.rule === 'comment-prompt' && e.text === 'What do you think?' && e.start === null));
  const loaded = genre.evidence.filter((e) => e.rule === 'loaded-wording').map((e) => e.text);
  assert.ok(loaded.includes('harsh') && loaded.includes('dubious'), JSON.stringify(loaded));
  assert.ok(loaded.some((t) => t.includes('idiotic')), JSON.stringify(loaded));
});

test('seed 001 is analysis, from its assessment voice and closing forecast', () => {
  const genre = classify(loadSeed('001'));
  assert.equal(genre.label, 'analysis');
  assert.ok(genre.evidence.some((e) => e.rule === 'assessment-voice' && e.text === 'Our assessment is'));
  assert.ok(genre.evidence.some((e) => e.rule === 'closing-forecast' && e.text === 'points to'));
});

test('seed 003 is news, from its dateline, bureau byline and attributed reporting', () => {
  const genre = classify(loadSeed('003'));
  assert.equal(genre.label, 'news');
  assert.deepEqual(
    genre.evidence.filter((e) => e.rule === 'dateline').map((e) => [e.text, e.start, e.end]),
    [['BEIJING/MOSCOW --', 0, 17]],
  );
  assert.ok(genre.evidence.some((e) => e.rule === 'bureau-byline' && e.text.includes('Beijing Bureau') && e.start === null));
  assert.ok(genre.evidence.some((e) => e.rule === 'attributed-reporting' && e.text.includes('Lu Kang told')));
  assert.ok(!genre.evidence.some((e) => e.label !== 'news'), JSON.stringify(genre.evidence));
});

test('the seed genres and evidence match their golden fixtures', () => {
  for (const id of ['000', '001', '003']) {
    const actual = classify(loadSeed(id));
    const file = new URL(`genre-seed-${id}/expected.json`, FIXTURES);
    if (process.env.UPDATE === '1') writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
    assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')), id);
  }
});

test('straight news quoting loaded words, questions and exclamations is still news', () => {
  const text = [
    'The mayor called the plan "idiotic and outrageous," her spokesman said on Monday.',
    '"Why would anyone support this?" asked council member Ana Ruiz. "It is absurd!"',
    'The council will vote on the plan next week, according to the agenda.',
  ].join('\n\n');
  const genre = classify(makeArticle(text));
  assert.equal(genre.label, 'news');
  assert.deepEqual(genre.evidence.filter((e) => e.label === 'opinion'), []);
  assert.deepEqual(rules(genre), ['attributed-reporting']);
});

test('an opinion piece without a disclaimer is opinion from its voice', () => {
  const text = [
    'I think the new stadium plan is absurd.',
    'Who really believes it will pay for itself?',
    'Everyone knows these deals end the same way: the city pays and the owners profit!',
  ].join('\n\n');
  const genre = classify(makeArticle(text));
  assert.equal(genre.label, 'opinion');
  assert.deepEqual(rules(genre), ['loaded-wording', 'first-person-opinion', 'sweeping-claim', 'rhetorical-question', 'exclamation']);
});

test('a column disclaimer in removed text makes opinion, with no span', () => {
  const disclaimer = 'The views expressed in this column are those of the author.';
  const genre = classify(makeArticle('Rates rose by a quarter point.', [block(disclaimer, 'disclaimer')]));
  assert.equal(genre.label, 'opinion');
  assert.deepEqual(genre.evidence, [{ rule: 'opinion-disclaimer', text: disclaimer, label: 'opinion', start: null, end: null }]);
});

test('an "Opinion:" title labels the piece opinion', () => {
  const genre = classify(makeArticle('Rates rose by a quarter point.', [], 'Opinion: The Fed blinked'));
  assert.equal(genre.label, 'opinion');
  assert.deepEqual(rules(genre), ['opinion-label']);
});

test('a comment prompt alone is evidence but not enough to call opinion', () => {
  const genre = classify(makeArticle('The bridge reopened on Monday.', [block('What do you think?', 'comment-widget')]));
  assert.equal(genre.label, 'news');
  assert.deepEqual(rules(genre), ['comment-prompt']);
});

test('"we assess" and a closing "is likely to" make analysis', () => {
  const text = [
    'Exports fell for a third month in March.',
    'We assess that the slowdown reflects weaker demand from Europe.',
    'The central bank is likely to cut rates before the summer.',
  ].join('\n\n');
  const genre = classify(makeArticle(text));
  assert.equal(genre.label, 'analysis');
  assert.deepEqual(rules(genre), ['assessment-voice', 'forecast-wording', 'closing-forecast']);
});

test('forecast wording quoted from a source is not the author\'s analysis', () => {
  const genre = classify(makeArticle('"Rates are likely to fall," the minister said.'));
  assert.equal(genre.label, 'news');
  assert.ok(!genre.evidence.some((e) => e.label === 'analysis'));
});

test('a wire dateline opens news and is located at the start of the text', () => {
  const text = 'WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.';
  const genre = classify(makeArticle(text));
  assert.equal(genre.label, 'news');
  assert.deepEqual(genre.evidence.find((e) => e.rule === 'dateline'), {
    rule: 'dateline', text: 'WASHINGTON (Reuters) -', label: 'news', start: 0, end: 22,
  });
});

test('a sentence opening in capitals without a dash is not a dateline', () => {
  assert.deepEqual(rules(classify(makeArticle('NATO leaders met in Brussels.'))), []);
});

test('a bureau byline in removed text is news evidence', () => {
  const byline = '(Reporting by Jane Doe, Tokyo Bureau)';
  const genre = classify(makeArticle('The yen fell.', [block(byline, 'byline')]));
  assert.deepEqual(genre.evidence, [{ rule: 'bureau-byline', text: byline, label: 'news', start: null, end: null }]);
});

test('attributed reporting counts more as its share of sentences grows', () => {
  const few = classify(makeArticle('The yen fell. Stocks rose. Bonds were flat. Oil slipped. Gold held, traders said.'));
  const many = classify(makeArticle('The yen fell, traders said. Stocks rose, analysts said. Oil slipped, according to data.'));
  assert.equal(few.evidence.filter((e) => e.rule === 'attributed-reporting').length, 1);
  assert.equal(many.evidence.filter((e) => e.rule === 'attributed-reporting').length, 3);
});

test('an article with no evidence defaults to news', () => {
  assert.deepEqual(classify(makeArticle('The bridge reopened.')), { label: 'news', evidence: [] });
  assert.deepEqual(classify(makeArticle('')), { label: 'news', evidence: [] });
});

test('a lower minimum score lets a single weak cue decide', () => {
  const article = makeArticle('The bridge reopened on Monday.', [block('What do you think?', 'comment-widget')]);
  assert.equal(createGenreClassifier({ minScore: 1 })(article, splitSentences(article.text)).label, 'opinion');
});

test('bad options are usage errors that name the option', () => {
  assert.throws(() => createGenreClassifier({ minScore: -1 }), /minScore/);
  assert.throws(() => createGenreClassifier({ maxEvidencePerRule: 0 }), /maxEvidencePerRule/);
});
