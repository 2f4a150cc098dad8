import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, RawDocument } from '../types.js';
import { createTextExtractor } from './text-extractor.js';

type Meta = NonNullable<RawDocument['meta']>;
const doc = (source: string, text: string, meta?: Meta): RawDocument =>
  meta === undefined ? { kind: 'text', source, text, encoding: 'utf-8' } : { kind: 'text', source, text, encoding: 'utf-8', meta };

/** Two distinct prose paragraphs, so each test article is clearly an article of its own. */
const body = (topic: string): string =>
  `Officials in ${topic} said on Monday that the new rules would take effect next month after a long consultation with residents and businesses.\n\n` +
  `Critics in ${topic} argued that the plan had been rushed through without a proper debate, and they promised to challenge it in court before the summer.`;

const extract = (...docs: RawDocument[]) => createTextExtractor()(docs);
const only = (articles: Article[], id: string): Article => {
  const found = articles.find((a) => a.id === id);
  assert.ok(found, `missing article ${id}`);
  return found;
};

describe('text extractor', () => {
  it('removes short lines recurring in two articles of one site as cross-article chrome', () => {
    const nav = 'Home | World | Business';
    const { articles } = extract(
      doc('site/a.txt', `${nav}\n\nRail fares rise\n\n${body('Leeds')}\n\nNewsletter sign-up`),
      doc('site/b.txt', `${nav}\n\nBridge reopens\n\n${body('York')}\n\nNewsletter sign-up`),
    );
    for (const a of articles) {
      assert.ok(!a.text.includes(nav) && !a.text.includes('Newsletter sign-up'), a.id);
      assert.deepEqual(a.removed.map((r) => [r.reason, r.text]), [['cross-article-chrome', nav], ['cross-article-chrome', 'Newsletter sign-up']]);
    }
    assert.equal(only(articles, 'a').title, 'Rail fares rise');
  });

  it('does not match chrome between different sites', () => {
    const nav = 'Home | World | Business';
    const { articles } = extract(
      doc('x.txt', `${nav}\n\nRail fares rise\n\n${body('Leeds')}`, { outlet: 'Northern Post' }),
      doc('y.txt', `${nav}\n\nBridge reopens\n\n${body('York')}`, { outlet: 'York Herald' }),
    );
    for (const a of articles) assert.equal(a.removed.length, 0, a.id);
  });

  it('never removes a shared quote or sentence, even short, as cross-article chrome', () => {
    const quote = '“We will not back down,” she said';
    const sentence = 'Talks resume on Monday.';
    const { articles } = extract(
      doc('site/a.txt', `Rail fares rise\n\n${body('Leeds')}\n\n${quote}\n\n${sentence}`),
      doc('site/b.txt', `Bridge reopens\n\n${body('York')}\n\n${quote}\n\n${sentence}`),
    );
    for (const a of articles) {
      assert.ok(a.text.includes(quote) && a.text.includes(sentence), a.id);
      assert.equal(a.removed.length, 0, a.id);
    }
  });

  it('keeps a subheading shared by two articles when it sits inside the body', () => {
    const { articles } = extract(
      doc('site/a.txt', `Rail fares rise\n\n${body('Leeds')}\n\nWhat happens next\n\n${body('Hull')}`),
      doc('site/b.txt', `Bridge reopens\n\n${body('York')}\n\nWhat happens next\n\n${body('Bath')}`),
    );
    for (const a of articles) assert.ok(a.text.includes('What happens next'), a.id);
  });

  it('does not take the title of a reprinted copy for chrome', () => {
    const text = `Rail fares rise\n\n${body('Leeds')}`;
    const { articles } = extract(doc('site/a.txt', text), doc('site/a-copy.txt', text));
    assert.deepEqual(articles.map((a) => a.title), ['Rail fares rise', 'Rail fares rise']);
  });

  it('reports text that is not an article and still returns the others', () => {
    const csv = Array.from({ length: 30 }, (_, i) => `${i},station ${i},${i * 7}`).join('\n');
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join('\n');
    const { articles, diagnostics } = extract(
      doc('data/table.txt', `Passenger counts\n\n${csv}`),
      doc('data/list.txt', words),
      doc('data/stub.txt', 'Page not found\n\nThe page you asked for has moved.'),
      doc('data/real.txt', `Rail fares rise\n\n${body('Leeds')}`),
    );
    assert.deepEqual(articles.map((a) => a.id), ['real']);
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.source]), [
      ['not-an-article', 'data/table.txt'],
      ['not-an-article', 'data/list.txt'],
      ['not-an-article', 'data/stub.txt'],
    ]);
  });

  it('gives each article a sanitised id, unique in the batch', () => {
    const { articles } = extract(
      doc('one/Rail fares (final)!.txt', `Rail fares rise\n\n${body('Leeds')}`),
      doc('two/Rail fares (final)!.md', `Bridge reopens\n\n${body('York')}`),
      doc('https://news.example.com/2023/05/story.html?x=1', `Port reopens\n\n${body('Hull')}`),
    );
    assert.deepEqual(articles.map((a) => a.id), ['Rail-fares-final', 'Rail-fares-final-2', 'story']);
  });

  it('takes outlet and published date from metadata, and reports a published date it cannot read', () => {
    const { articles, diagnostics } = extract(
      doc('a.txt', `Rail fares rise\n\n${body('Leeds')}\n\nAlso in The Mainichi`, { outlet: 'Northern Post', published: '2018-05-24T09:00:00Z' }),
      doc('b.txt', `Bridge reopens\n\n${body('York')}`, { published: 'sometime in spring' }),
    );
    assert.equal(only(articles, 'a').outlet, 'Northern Post');
    assert.equal(only(articles, 'a').published, '2018-05-24');
    assert.equal(only(articles, 'b').published, null);
    assert.equal(only(articles, 'b').outlet, null);
    assert.deepEqual(diagnostics.map((d) => d.rule), ['bad-published']);
    assert.deepEqual(only(articles, 'b').diagnostics.map((d) => d.rule), ['bad-published']);
  });

  it('uses the metadata title to find the title line and removes its repeats', () => {
    const { articles } = extract(doc('a.txt', `Leeds | News\n\nRail fares rise\n\n${body('Leeds')}\n\nRail fares rise`, { title: 'Rail fares rise' }));
    const a = only(articles, 'a');
    assert.equal(a.title, 'Rail fares rise');
    assert.ok(a.text.startsWith('Leeds | News'));
    assert.deepEqual(a.removed.map((r) => r.reason), ['repeated-title']);
  });

  it('reads a hard-wrapped newswire paragraph whole: no title from its first line, no line breaks inside sentences', () => {
    const wrapped = "Cambodian leader Hun Sen on Friday rejected opposition parties' demands \nfor talks outside the country, accusing them of trying to internationalize \nthe political crisis. Government and opposition parties have asked \nKing Norodom Sihanouk to host a summit meeting after a series of post-election \nnegotiations failed.\n\nOpposition leaders said they could not negotiate freely in Cambodia and \ncalled for talks at Sihanouk's residence in Beijing.";
    const a = only(extract(doc('a.txt', wrapped)).articles, 'a');
    assert.equal(a.title, '');
    assert.ok(a.text.startsWith("Cambodian leader Hun Sen on Friday rejected opposition parties' demands for talks"), a.text);
    assert.deepEqual(a.text.split('\n\n').map((p) => p.includes('\n')), [false, false]);
  });

  it('takes no headline from a hard-wrapped paragraph whose second line opens with a capital', () => {
    const wrapped = "Cambodia's bickering political parties broke a three-month deadlock \nFriday and agreed to a coalition government leaving strongman Hun Sen \nas sole prime minister, King Norodom Sihanouk announced. The deal ends \na standoff that began with disputed elections in July.";
    const a = only(extract(doc('a.txt', `${wrapped}\n\n${body('Phnom Penh')}`)).articles, 'a');
    assert.equal(a.title, '');
    assert.ok(a.text.startsWith("Cambodia's bickering political parties broke a three-month deadlock Friday"), a.text);
  });

  it('keeps the line breaks of a text whose lines end their sentences', () => {
    const lines = `Rail fares rise\n\nThe fares rise in March.\nCommuters are angry about it.\nThe minister said the rise was needed.\nUnions plan a strike.\n\n${body('Leeds')}`;
    const a = only(extract(doc('a.txt', lines)).articles, 'a');
    assert.equal(a.title, 'Rail fares rise');
    assert.ok(a.text.includes('in March.\nCommuters'), a.text);
  });

  it('leaves the title empty with a no-title note when the text starts with prose', () => {
    const { articles } = extract(doc('a.txt', body('Leeds')));
    assert.equal(only(articles, 'a').title, '');
    assert.deepEqual(only(articles, 'a').diagnostics.map((d) => d.rule), ['no-title']);
  });

  it('splits a block around a removed line and keeps the removed line with its raw offsets', () => {
    const raw = `Rail fares rise\n\n${body('Leeds')}\nProtesters at the station. (AP Photo/Jane Roe)\nMore protests are planned for the weekend, organisers said in a statement.`;
    const { articles } = extract(doc('a.txt', raw));
    const a = only(articles, 'a');
    const caption = a.removed[0];
    assert.equal(caption?.reason, 'caption');
    assert.equal(raw.slice(caption?.rawStart, caption?.rawEnd), 'Protesters at the station. (AP Photo/Jane Roe)');
    assert.ok(a.text.endsWith('before the summer.\n\nMore protests are planned for the weekend, organisers said in a statement.'));
  });

  it('sets the standfirst to a short unpunctuated line after the title and keeps it in the text', () => {
    const dek = 'Commuters face the steepest increase in a decade as operators pass on costs';
    const { articles } = extract(doc('a.txt', `Rail fares rise\n\n${dek}\n\n${body('Leeds')}`));
    assert.equal(only(articles, 'a').standfirst, dek);
    assert.ok(only(articles, 'a').text.startsWith(dek));
  });

  it('throws at once when not given an array', () => {
    assert.throws(() => createTextExtractor()(doc('a.txt', 'x') as unknown as RawDocument[]), /pass an array/);
  });
});
