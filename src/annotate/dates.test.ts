import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { asArticleId, type Article, type DateMention, type RemovedBlock } from '../types.js';
import { articleReferenceDate, createDateAnnotator, storyReferenceDate } from './dates.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const annotate = createDateAnnotator();

function makeArticle(text: string, removed: readonly RemovedBlock[] = [], published: string | null = null): Article {
  return { id: asArticleId('t'), source: 'test', title: 'Test', outlet: null, published, text, standfirst: null, removed, diagnostics: [] };
}

function caption(text: string): RemovedBlock {
  return { text, reason: 'caption', rawStart: 0, rawEnd: text.length };
}

function loadSeed(slug: string): Article {
  return JSON.parse(readFileSync(new URL(`${slug}/input.json`, FIXTURES), 'utf8')) as Article;
}

/** The mentions as value-per-text pairs, the shape a reader checks against the article. */
function values(mentions: readonly DateMention[]): [string, string | null][] {
  return mentions.map((m) => [m.text, m.value]);
}

function only(mentions: readonly DateMention[]): DateMention {
  assert.equal(mentions.length, 1, `expected one mention, got ${JSON.stringify(values(mentions))}`);
  const [m] = mentions;
  assert.ok(m);
  return m;
}

test('every mention span matches the article text it came from', () => {
  for (const slug of ['dates-seed-000', 'dates-seed-001', 'dates-seed-003']) {
    const article = loadSeed(slug);
    for (const m of annotate(article)) {
      const source = m.in === 'text' ? article.text : article.removed[m.removedIndex ?? -1]?.text;
      assert.equal(source?.slice(m.start, m.end), m.text, `${slug}: ${m.text}`);
    }
  }
});

test('seed 003 without a reference resolves its timeline to 2018 from the caption date', () => {
  const mentions = annotate(loadSeed('dates-seed-003'));
  const found = new Set(mentions.map((m) => m.value));
  for (const value of ['2012', '2017', '2018-03', '2018-05-14', '2018-05-15', '2018-05-23', '2018-05-24', '2018-06']) {
    assert.ok(found.has(value), `missing ${value} in ${JSON.stringify(values(mentions))}`);
  }
  const captionDate = mentions.find((m) => m.in === 'caption');
  assert.deepEqual(
    captionDate && { text: captionDate.text, value: captionDate.value, anchor: captionDate.anchor, removedIndex: captionDate.removedIndex },
    { text: 'Monday, May 14, 2018', value: '2018-05-14', anchor: 'absolute', removedIndex: 1 },
  );
  const congress = mentions.find((m) => m.text === 'last year');
  assert.deepEqual(congress && [congress.value, congress.granularity, congress.anchor], ['2017', 'year', 'relative']);
  const march = mentions.find((m) => m.text === 'March of this year');
  assert.deepEqual(march && [march.value, march.granularity, march.yearInferred], ['2018-03', 'month', true]);
  const left = mentions.find((m) => m.text === 'May 24');
  assert.deepEqual(left && [left.anchor, left.yearInferred], ['missing-year', true]);
});

test('seed 001 reads "Monday (May 21)" as one day and keeps the range ends apart', () => {
  const mentions = annotate(loadSeed('dates-seed-001'));
  const monday = mentions.filter((m) => m.text === 'Monday (May 21)');
  assert.equal(monday.length, 1);
  assert.deepEqual(monday.map((m) => [m.value, m.granularity, m.anchor]), [['2018-05-21', 'day', 'missing-year']]);
  assert.ok(!mentions.some((m) => m.text === 'May 21' || m.text === 'Monday'));
  const byText = new Map(values(mentions));
  assert.equal(byText.get('March'), '2018-03');
  assert.equal(byText.get('March 2018'), '2018-03');
  assert.equal(byText.get('May 2018'), '2018-05');
  assert.equal(byText.get('May 24th'), '2018-05-24');
  assert.equal(byText.get('May 29th'), '2018-05-29');
});

test('decades are not dates: the timeline has no decade granularity', () => {
  const mentions = annotate(loadSeed('dates-seed-001'));
  assert.ok(!mentions.some((m) => /19[69]0s/.test(m.text)), JSON.stringify(values(mentions)));
  assert.deepEqual(annotate(makeArticle('bitter rivals throughout the 1960s and 1970s')), []);
});

test('seed 000 alone leaves relative dates unresolved but keeps its stated year', () => {
  const mentions = annotate(loadSeed('dates-seed-000'));
  const byText = new Map(values(mentions));
  assert.equal(byText.get('2013'), '2013');
  for (const text of ['Thursday', 'next month', 'March', 'last week', 'last year']) {
    assert.ok(byText.has(text), `missing ${text}`);
    assert.equal(byText.get(text), null, text);
  }
  assert.equal(articleReferenceDate(loadSeed('dates-seed-000'), mentions), null);
});

test('seed 000 with a story reference puts "on Thursday" in the coming week', () => {
  const mentions = annotate(loadSeed('dates-seed-000'), { reference: new Date('2018-05-21') });
  const byText = new Map(values(mentions));
  assert.equal(byText.get('Thursday'), '2018-05-24');
  assert.equal(byText.get('next month'), '2018-06');
  assert.equal(byText.get('March'), '2018-03');
  assert.equal(byText.get('June or July'), '2018-06');
  assert.equal(byText.get('last year'), '2017');
  assert.equal(byText.get('2013'), '2013');
});

test('the seed story reference comes from the dated articles and dates the undated one', () => {
  const refs = ['dates-seed-000', 'dates-seed-001', 'dates-seed-003'].map((slug) => {
    const article = loadSeed(slug);
    return articleReferenceDate(article, annotate(article));
  });
  assert.deepEqual(refs.map((d) => d?.toISOString().slice(0, 10) ?? null), [null, '2018-05-21', '2018-05-24']);
  const story = storyReferenceDate(refs);
  assert.equal(story?.toISOString().slice(0, 10), '2018-05-21');
  const thursday = annotate(loadSeed('dates-seed-000'), { reference: story }).find((m) => m.text === 'Thursday');
  assert.equal(thursday?.value, '2018-05-24');
});

test('the seed mentions match their golden fixtures', () => {
  for (const slug of ['dates-seed-000', 'dates-seed-001', 'dates-seed-003']) {
    const actual = annotate(loadSeed(slug)).map(({ text, value, granularity, anchor, yearInferred, in: where }) => ({
      text, value, granularity, anchor, yearInferred, in: where,
    }));
    const file = new URL(`${slug}/expected.json`, FIXTURES);
    if (process.env.UPDATE === '1') writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
    assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')), slug);
  }
});

test('a full date with its weekday is one absolute day', () => {
  const m = only(annotate(makeArticle('The court ruled on Tuesday, Jan. 5, 2021, that the law stands.')));
  assert.deepEqual([m.text, m.value, m.granularity, m.anchor, m.yearInferred], ['Tuesday, Jan. 5, 2021', '2021-01-05', 'day', 'absolute', false]);
});

test('day-month-year and ISO dates are absolute days', () => {
  assert.deepEqual(values(annotate(makeArticle('It was signed on 3 March 2019 and took effect 2019-04-01.'))), [
    ['3 March 2019', '2019-03-03'],
    ['2019-04-01', '2019-04-01'],
  ]);
});

test('"last Friday" is the Friday before the reference', () => {
  const m = only(annotate(makeArticle('He resigned last Friday.'), { reference: new Date('2018-05-21') }));
  assert.deepEqual([m.text, m.value, m.anchor, m.yearInferred], ['last Friday', '2018-05-18', 'weekday', true]);
});

test('a weekday after "said" points back and one after "will" points forward', () => {
  const ref = { reference: new Date('2018-05-23') };
  assert.equal(only(annotate(makeArticle('The ministry said on Tuesday it was ready.'), ref)).value, '2018-05-22');
  assert.equal(only(annotate(makeArticle('The talks will open on Tuesday in Geneva.'), ref)).value, '2018-05-29');
});

test('a missing year is taken nearest the reference, across a new year', () => {
  const m = only(annotate(makeArticle('The deal was struck on Dec. 30.'), { reference: new Date('2019-01-04') }));
  assert.deepEqual([m.value, m.anchor, m.yearInferred], ['2018-12-30', 'missing-year', true]);
});

test('a month without its year takes its year from the tense of its clause', () => {
  const december = { reference: new Date('2018-12-20') };
  const value = (text: string, ref = december) => only(annotate(makeArticle(text), ref)).value;
  // Next April is nearer to Dec. 20 than last April, but the clause reports what happened.
  assert.equal(value('His most prominent moment occurred in April when he handled briefings.'), '2018-04');
  assert.equal(value('Mattis told U.S. Naval War College graduates at a commencement ceremony in June.'), '2018-06');
  assert.equal(value('Trump went on to pull out of the deal in May.'), '2018-05');
  assert.equal(value('The budget bill the president signed into law in February earmarked $700 billion.'), '2018-02');
  // Last July is nearer, but the clause announces what is to come.
  assert.equal(value('Joe Hagin is expected to leave his post in July, Politico reported.'), '2019-07');
  assert.equal(value('Was supposed to leave in February but he just quit.'), '2019-02');
  // A plan under way, a modal, a passive with "will", a date naming a thing: the nearest year stands.
  assert.equal(value('Trump had said Mattis was leaving in February.'), '2019-02');
  assert.equal(value('The final debates will be held Oct. 16.', { reference: new Date('2012-10-12') }), '2012-10-16');
  assert.equal(value('The primary would be held on April 30.', { reference: new Date('2013-01-30') }), '2013-04-30');
  assert.equal(value('He was expected to mention the March incident.', { reference: new Date('2010-07-14') }), '2010-03');
  // A wire story's reference may be weeks early: a past day a few weeks after it is still this year.
  assert.equal(value('Qin Yongmin was arrested on Nov. 30.', { reference: new Date('1998-11-01') }), '1998-11-30');
  // Wire copy wraps lines inside a sentence: "until" on the line before still governs the date.
  assert.equal(value('Gingrich technically remains speaker until \nJan. 6, when the election was held.', { reference: new Date('1998-11-10') }), '1999-01-06');
});

test('a weekday points forward in a clause about what is to come, back in one about what happened', () => {
  const ref = { reference: new Date('1998-11-11') }; // a Wednesday
  const value = (text: string) => only(annotate(makeArticle(text), ref)).value;
  assert.equal(value('The physics and chemistry prizes will be announced Tuesday.'), '1998-11-17');
  assert.equal(value('The meeting could take place on Tuesday.'), '1998-11-17');
  assert.equal(value('Ocalan was arrested at the Rome airport on Thursday.'), '1998-11-05');
  assert.equal(value('Financial terms could not be determined Tuesday.'), '1998-11-10');
  assert.equal(value('He is scheduled to appear before his committee on Thursday.'), '1998-11-12');
  assert.equal(value("``We shall defend our country.'' The government said Friday the fighting had ended."), '1998-11-06');
});

test('relative periods resolve against the reference', () => {
  const mentions = annotate(makeArticle('Sales fell last year, rose this week and may recover next month or next year.'), {
    reference: new Date('2018-12-20'),
  });
  assert.deepEqual(mentions.map((m) => [m.text, m.value, m.granularity, m.anchor]), [
    ['last year', '2017', 'year', 'relative'],
    ['this week', '2018-12', 'month', 'relative'],
    ['next month', '2019-01', 'month', 'relative'],
    ['next year', '2019', 'year', 'relative'],
  ]);
});

test('"yesterday" and "three days ago" are relative days', () => {
  const mentions = annotate(makeArticle('He spoke yesterday, three days ago he was silent.'), { reference: new Date('2018-03-01') });
  assert.deepEqual(values(mentions), [['yesterday', '2018-02-28'], ['three days ago', '2018-02-26']]);
});

test('a bare year needs a word that introduces it', () => {
  assert.deepEqual(values(annotate(makeArticle('He took power in 2013 and ran in the 2016 Presidential elections.'))), [
    ['2013', '2013'],
    ['2016', '2016'],
  ]);
  assert.deepEqual(annotate(makeArticle('Police counted 2013 protesters; in 2000 cases the fine was $2018.')), []);
});

test('"may" as a modal verb is never a date, nor is Theresa May', () => {
  const text = 'Wang may meet Putin. Getting too close may stoke concerns. Theresa May said little. May we ask?';
  assert.deepEqual(annotate(makeArticle(text), { reference: new Date('2018-05-21') }), []);
});

test('numbers, durations and times of day are not dates', () => {
  const text =
    'The seven-member committee met at 5 p.m. for the six-day trip; at 68 he holds the No. 2 position and exports are 1.8% of the total, a 3/4 majority, 24/7. The Sun reported it. Sat down.';
  assert.deepEqual(annotate(makeArticle(text), { reference: new Date('2018-05-21') }), []);
});

test('a caption date carries its block index and offsets into the caption', () => {
  const removed = [
    { text: 'Skip to content', reason: 'site-chrome' as const, rawStart: 0, rawEnd: 15 },
    caption('The minister arrives in Rome, Italy, Monday, May 14, 2018. (AP Photo)'),
  ];
  const mentions = annotate(makeArticle('The minister arrived on May 14.', removed));
  assert.deepEqual(mentions.map((m) => [m.in, m.removedIndex, m.value]), [
    ['text', undefined, '2018-05-14'],
    ['caption', 1, '2018-05-14'],
  ]);
  const cap = mentions[1];
  assert.equal(cap && removed[1]?.text.slice(cap.start, cap.end), 'Monday, May 14, 2018');
});

test('captions are skipped when the option turns them off', () => {
  const mentions = createDateAnnotator({ captions: false })(makeArticle('No date here.', [caption('Taken May 14, 2018.')]));
  assert.deepEqual(mentions, []);
});

test('the published date wins over dates in the text as the reference', () => {
  const article = makeArticle('The vote is on Thursday. It was first held on May 3, 2018.', [], '2019-06-10');
  assert.equal(annotate(article).find((m) => m.text === 'Thursday')?.value, '2019-06-13');
  assert.equal(articleReferenceDate(article, annotate(article))?.toISOString().slice(0, 10), '2019-06-10');
});

test('a historical full date does not become the reference date', () => {
  const article = makeArticle('The treaty of Jan. 12, 1998 was revised on Feb. 3, 2018, and again on March 5, 2018.');
  assert.equal(articleReferenceDate(article, annotate(article))?.toISOString().slice(0, 10), '2018-02-03');
});

test('the story reference is the earliest known article reference', () => {
  assert.equal(storyReferenceDate([null, new Date('2018-05-24'), new Date('2018-05-21')])?.toISOString().slice(0, 10), '2018-05-21');
  assert.equal(storyReferenceDate([null, null]), null);
});

test('an invalid reference date is a usage error', () => {
  assert.throws(() => annotate(makeArticle('on Monday'), { reference: new Date('nope') }), /invalid Date/);
});

test('"this month" in an undated article is relative to a date the article does not give, not to today', () => {
  const undated = annotate(makeArticle('The party criticised a resolution passed earlier this month by the House.'));
  assert.deepEqual(undated.map((m) => [m.text, m.value, m.anchor]), [['this month', null, 'relative']]);
  const dated = annotate(makeArticle('The party criticised a resolution passed earlier this month by the House.', [], '1998-11-02'));
  assert.deepEqual(dated.map((m) => [m.text, m.value]), [['this month', '1998-11']]);
});
