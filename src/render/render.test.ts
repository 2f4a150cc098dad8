import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../pipeline.js';
import { renderHtml, renderJson, renderMarkdown } from './index.js';
import type { RawDocument } from '../types.js';

const hostile = `<script>alert("x")</script> Maria Lopez, a trade expert at Harvard University, said the deal was fragile and would not last the winter.

"The tariffs <img src=x onerror=alert(1)> will stay in place for years, and both sides know it," Lopez said on Tuesday, March 6, 2018.

Officials in Geneva declined to comment on the talks, which resume next month in Brussels with both delegations.`;

const doc = (source: string, text: string): RawDocument => ({ kind: 'text', source, text, encoding: 'utf-8' });
const brief = createPipeline().briefDocuments([doc('hostile.txt', hostile)]);

describe('renderers', () => {
  it('name an unnamed speaker by the words the article uses, not as unattributed', () => {
    const text = `The company declined to comment on the merger talks with its rival on Monday, as shares rose sharply in early trading in New York.

"We expect the deal to close before the end of the year," a company spokesman said. Analysts expected regulators to approve the merger without conditions.`;
    const b = createPipeline().briefDocuments([doc('spokesman.txt', text)]);
    const quote = b.stories[0]!.quotes.find((q) => q.text.startsWith('We expect the deal'))!;
    assert.deepEqual(quote.attributions.map((a) => [a.speaker, a.speakerWords]), [[null, 'a company spokesman']]);
    assert.match(renderMarkdown(b), /“We expect the deal[^\n]*— unnamed: “a company spokesman” in/);
    assert.match(renderHtml(b), /unnamed: “a company spokesman”/);
  });

  it('show an outlet’s own words where they differ from the ledger’s quote, not for marks, contractions or a longer cut', () => {
    const base = 'Representative Jesse Jackson Jr. pleaded guilty in Washington on Wednesday to charges of misusing campaign funds, and his wife pleaded guilty to filing false tax returns in the same court.';
    const said = (words: string) => `${base}\n\n"I ${words} campaign money," Jackson told the judge at the federal courthouse.`;
    const b = createPipeline().briefDocuments([
      doc('a.txt', said('used money that shouldn’t have been used as')),
      doc('b.txt', said('used money that should not have been used as')),
      doc('c.txt', said('used money that should have been used as')),
    ]);
    const quote = b.stories[0]!.quotes.find((q) => q.attributions.length === 3)!;
    assert.ok(quote, JSON.stringify(b.stories[0]!.quotes.map((q) => q.text)));
    const md = renderMarkdown(b);
    const line = md.split('\n').find((l) => l.startsWith('- “I used money'))!;
    assert.equal((line.match(/ writes “/g) ?? []).length, 1, line);
    assert.match(line, /\[c:\d+-\d+\] writes “I used money that should have been used as campaign money”/);
    assert.match(renderHtml(b), / writes “I used money that should have been used as campaign money”/);
    // A title abbreviated by one outlet and written out by another is no other wording.
    const reid = (title: string) => `${base}\n\n"${title} Reid respects that but thinks the mosque should be built someplace else," said Jim Manley, a spokesman.`;
    const titled = createPipeline().briefDocuments([doc('d.txt', reid('Sen.')), doc('e.txt', reid('Senator'))]);
    assert.ok(titled.stories[0]!.quotes.some((q) => q.attributions.length === 2), 'one quote in both');
    assert.ok(!renderMarkdown(titled).includes(' writes “'), renderMarkdown(titled));
  });

  it('escape article text in HTML and carry no script', () => {
    const html = renderHtml(brief);
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(!html.includes('<img'), 'no element from article text');
    assert.ok(html.includes('&lt;script&gt;'));
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });

  it('link every HTML citation to an evidence block with the span highlighted', () => {
    const html = renderHtml(brief);
    const links = [...html.matchAll(/href="#(ev-[^"]+)"/g)].map((m) => m[1]!);
    assert.ok(links.length > 0);
    for (const id of links) assert.ok(html.includes(`id="${id}"`), `evidence block ${id}`);
    assert.match(html, /<div class="ev" id="ev-[^"]+">[\s\S]*?<mark>/);
  });

  it('print the JSON contract: stories, articles and diagnostics', () => {
    const parsed = JSON.parse(renderJson(brief)) as Record<string, unknown[]>;
    assert.deepEqual(Object.keys(parsed).sort(), ['articles', 'diagnostics', 'stories']);
    const story = parsed.stories![0] as Record<string, unknown>;
    for (const key of ['id', 'title', 'articles', 'summary', 'facts', 'quotes', 'entities', 'timeline', 'omissions', 'discrepancies']) {
      assert.ok(key in story, key);
    }
  });

  it('write an article\'s genre evidence once per phrase, each with the rule that found it, in Markdown and HTML', () => {
    const article = brief.articles[0]!;
    const cue = { rule: 'forecast-wording', text: 'is likely to', label: 'analysis' as const, start: null, end: null };
    const other = { ...cue, rule: 'dateline', label: 'news' as const, text: 'DES MOINES –' };
    const withGenre = { ...brief, articles: [{ ...article, genre: { label: 'analysis' as const, evidence: [cue, cue, other, { ...cue, text: 'analysts say' }] } }] };
    // Evidence for another genre than the one read is not given as the reason.
    assert.match(renderMarkdown(withGenre), /\*analysis\* \(forecast wording “is likely to”; forecast wording “analysts say”\)/);
    assert.match(renderHtml(withGenre), /Read as analysis for: forecast wording “is likely to”; forecast wording “analysts say”<\/p>/);
  });

  it('write Markdown with the quote and its speaker', () => {
    const md = renderMarkdown(brief);
    assert.match(md, /## Quotes/);
    assert.match(md, /“The tariffs .*” — Maria Lopez/);
  });
});

describe('disputed facts', () => {
  const rest = `Rescue teams from three neighbouring provinces reached the worst-hit villages by road on Tuesday morning.

Aftershocks kept thousands of families sleeping in tents outside their homes for a second night.`;
  const a = `The earthquake killed 300 people in the mountain province of Gansu, officials said on Monday.\n\n${rest}`;
  const b = `Officials said on Monday that the earthquake in the mountain province of Gansu killed 320 people.\n\n${rest}`;
  const two = createPipeline().briefDocuments([doc('a.txt', a), doc('b.txt', b)]);

  it('say in Markdown and HTML what the outlets counted for a fact differ on', () => {
    assert.equal(two.stories.length, 1);
    assert.match(renderMarkdown(two), /- \[2 outlets; disputed: the figures\] .*Gansu/);
    assert.match(renderHtml(two), /<li>\[2\] <span class="conflict">disputed: the figures<\/span> .*Gansu/);
  });

  it('leave a fact the outlets agree on unmarked', () => {
    const agreed = createPipeline().briefDocuments([doc('a.txt', a), doc('b.txt', b.replace('320', '300'))]);
    assert.doesNotMatch(renderMarkdown(agreed), /disputed/);
    assert.match(renderMarkdown(agreed), /- \[2 outlets\] .*Gansu/);
  });
});
