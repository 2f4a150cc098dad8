import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createHtmlExtractor } from './html-extractor.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (slug: string): string => readFileSync(path.join(FIXTURES, slug, 'input.html'), 'utf8');

const PARAGRAPH = 'The regional court ruled on Tuesday that the port authority must publish its dredging contracts, ending a dispute with local fishermen that had lasted almost four years.';
const PARAGRAPH_2 = 'Lawyers for the authority said they would study the ruling before deciding whether to appeal, and declined to say how many contracts were affected by the decision.';
const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const article = `<article><p>${PARAGRAPH}</p><p>${PARAGRAPH_2}</p></article>`;

describe('html extractor', () => {
  const extract = createHtmlExtractor();

  it('keeps the article paragraphs and drops navigation, share bars, captions, sign-ups, related links and the footer', () => {
    const result = extract(fixture('news-with-chrome'), { source: 'news.html' });
    const paragraphs = result.text.split('\n\n');
    assert.equal(paragraphs.length, 5);
    assert.match(paragraphs[0] ?? '', /^The harbour bridge reopened/);
    assert.match(paragraphs[4] ?? '', /^Traffic was light/);
    for (const chrome of ['Home', 'Share on', 'dawn on Friday', 'newsletter', 'READ MORE', 'Ferry fares', 'All rights reserved', 'By Mira']) {
      assert.ok(!result.text.includes(chrome), `"${chrome}" should not be in the text`);
    }
    assert.deepEqual(
      result.removed.map((r) => r.reason),
      ['caption', 'site-chrome', 'byline', 'byline', 'related-link'],
    );
  });

  it('trusts the JSON-LD date over meta tags, <time> and the URL, and reads author, outlet, language and canonical URL', () => {
    const result = extract(fixture('news-with-chrome'));
    assert.equal(result.published, '2024-03-01');
    assert.equal(result.publishedFrom, 'json-ld');
    assert.equal(result.byline, 'Mira Patel, Tom Okafor');
    assert.equal(result.outlet, 'The Coastal Herald');
    assert.equal(result.language, 'en-GB');
    assert.equal(result.title, 'Harbour bridge reopens after two years of repairs');
    assert.equal(result.url, 'https://herald.example.org/2024/03/01/harbour-bridge-reopens');
  });

  it('falls back from meta tags to <time datetime> to the date in the URL', () => {
    const meta = extract(page('<meta property="article:published_time" content="2023-05-06T23:30:00-07:00">', `<time datetime="2022-01-01">x</time>${article}`));
    assert.deepEqual([meta.published, meta.publishedFrom], ['2023-05-06', 'meta']);
    const time = extract(page('', `<time datetime="2022-01-02T10:00:00Z">2 Jan</time>${article}`), { url: 'https://x.example/2021/03/04/story' });
    assert.deepEqual([time.published, time.publishedFrom], ['2022-01-02', 'time']);
    const url = extract(page('', article), { url: 'https://x.example/news/2021/03/04/story' });
    assert.deepEqual([url.published, url.publishedFrom], ['2021-03-04', 'url']);
    const none = extract(page('', article), { url: 'https://x.example/news/story-12345678' });
    assert.equal(none.published, null);
  });

  it('reads an unterminated page cut off in the middle of a tag without throwing', () => {
    const truncated = `<html><head><title>Cut</title></head><body><div><p>${PARAGRAPH}<p>${PARAGRAPH_2}<p>Third paragraph that was cut off in the mid<a hr`;
    const result = extract(truncated, { source: 'cut.html' });
    assert.ok(result.text.includes(PARAGRAPH));
    assert.ok(result.text.includes(PARAGRAPH_2));
    assert.deepEqual(result.diagnostics, []);
  });

  it('reports a page that is all script as having no main text', () => {
    const result = extract(page('<script>var a = 1;</script>', '<script>document.write("<p>" + "hello" + "</p>")</script><noscript></noscript>'), { source: 'app.html' });
    assert.equal(result.text, '');
    assert.equal(result.method, 'none');
    assert.deepEqual(result.diagnostics.map((d) => [d.rule, d.severity, d.source]), [['no-main-text', 'warning', 'app.html']]);
  });

  it('keeps paragraphs apart and line breaks inside a paragraph', () => {
    const result = extract(page('', `<article><p>${PARAGRAPH}</p><p>First line<br>second line of a poem quoted in the ruling, which the judge read aloud to the court.</p><p>${PARAGRAPH_2}</p></article>`));
    assert.equal(result.text.split('\n\n').length, 3);
    assert.match(result.text, /First line\nsecond line/);
  });

  it('uses the JSON-LD articleBody when the markup shows only a teaser', () => {
    const body = `${PARAGRAPH}\n${PARAGRAPH_2}`;
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Ruling', articleBody: body })}</script>`;
    const result = extract(page(ld, '<div><p>Subscribe to read this story.</p></div>'), { source: 'paywall.html' });
    assert.equal(result.method, 'json-ld');
    assert.equal(result.text, `${PARAGRAPH}\n\n${PARAGRAPH_2}`);
    assert.deepEqual(result.diagnostics.map((d) => d.rule), ['html-fallback']);
  });

  it('refuses a page over maxHtmlChars with an error diagnostic', () => {
    const result = createHtmlExtractor({ maxHtmlChars: 100 })(page('', article), { source: 'big.html' });
    assert.equal(result.text, '');
    assert.equal(result.diagnostics[0]?.rule, 'html-too-large');
    assert.equal(result.diagnostics[0]?.severity, 'error');
  });

  it('throws at once on a nonsensical option or a non-string page', () => {
    assert.throws(() => createHtmlExtractor({ maxHtmlChars: 0 }), /maxHtmlChars must be a positive integer/);
    assert.throws(() => createHtmlExtractor({ minTextChars: -1 }), /minTextChars/);
    assert.throws(() => extract(Buffer.from('<p>x</p>') as unknown as string), /decodeHtmlBytes/);
  });
});
