import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import type { Brief } from '../types.js';
import { createApp } from './app.js';
import { testStore, type TestStore } from './test-kit.js';

const HOSTILE_TITLE = '<script>alert("title")</script> Harbour mayor quits';
const HOSTILE_TEXT = [
  'Harbour Town mayor Lena Dorsk resigned on Tuesday, the council said. <img src=x onerror=alert(1)>',
  '"We will rebuild trust," Dorsk said. </div><script>document.title="pwned"</script>',
  'The council will meet on Friday to choose an acting mayor, officials said "><iframe src=javascript:alert(2)>.',
  'Dorsk had led the harbour town for six years and oversaw the rebuilding of the old pier after the storm of last winter, which residents still remember.',
].join('\n\n');

describe('the JSON API and pages over a store holding the seed story', () => {
  let ts: TestStore;
  let app: Hono;
  let storyId: string;

  before(async () => {
    ts = await testStore({ seed: true });
    app = createApp({ store: ts.store, log: () => {} });
    const list = (await (await app.request('/api/stories')).json()) as { stories: { id: string }[] };
    storyId = list.stories[0]!.id;
  });
  after(() => ts.cleanup());

  test('the story list returns the seed story with its article and outlet counts', async () => {
    const res = await app.request('/api/stories');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { total: number; stories: { title: string; articles: number; outlets: number }[] };
    assert.equal(body.total, 1);
    assert.equal(body.stories[0]?.articles, 3);
    assert.equal(body.stories[0]?.outlets, 3);
    assert.match(body.stories[0]?.title ?? '', /Wang|VP|China/);
  });

  test('the list search narrows by words, entity and outlet, and misses cleanly', async () => {
    const count = async (q: string) => ((await (await app.request(`/api/stories?${q}`)).json()) as { total: number }).total;
    assert.equal(await count('q=moscow'), 1);
    assert.equal(await count('entity=Pang%20Zhongying'), 1);
    assert.equal(await count('outlet=mainichi'), 1);
    assert.equal(await count('q=volcano'), 0);
    assert.equal(await count('from=2030-01-01'), 0);
  });

  test('a story\'s brief is the brief JSON contract with both attribution conflicts', async () => {
    const res = await app.request(`/api/stories/${storyId}`);
    assert.equal(res.status, 200);
    const brief = (await res.json()) as Brief;
    assert.deepEqual(Object.keys(brief).sort(), ['articles', 'diagnostics', 'stories']);
    assert.equal(brief.articles.length, 3);
    assert.equal(brief.stories[0]?.quotes.filter((q) => q.conflict).length, 2);
  });

  test('an article comes back with clean text, removed boilerplate and genre evidence', async () => {
    const res = await app.request('/api/articles/000_497f729e8a7bba6e');
    assert.equal(res.status, 200);
    const a = (await res.json()) as { story: string; genre: { label: string }; removed: unknown[]; text: string };
    assert.equal(a.story, storyId);
    assert.equal(a.genre.label, 'opinion');
    assert.ok(a.removed.length > 0);
    assert.ok(!a.text.includes('Notify of'));
  });

  test('the quote ledger CSV has a row per outlet\'s version and flags both conflicts', async () => {
    const res = await app.request(`/api/stories/${storyId}/quotes.csv`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
    const csv = await res.text();
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines[0], 'quote_id,conflict,kind,quote,speaker,explicit,cue,article,outlet,start,end,text_in_article');
    const conflicted = new Set(lines.filter((l) => /^q\d+,true,/.test(l)).map((l) => l.split(',')[0]));
    assert.equal(conflicted.size, 2);
    assert.ok(csv.includes('Li Xing') && csv.includes('Pang Zhongying'));
  });

  test('the facts CSV gives each fact its outlet count', async () => {
    const csv = await (await app.request(`/api/stories/${storyId}/facts.csv`)).text();
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines[0], 'fact_id,outlets,articles,article_ids,outlet_names,disputed,text');
    assert.ok(lines.slice(1).some((l) => /^f\d+,3,3,/.test(l)), 'a fact reported by all three outlets');
    const disputed = lines.slice(1).filter((l) => l.includes(',attribution,'));
    assert.ok(disputed.some((l) => l.includes('party veteran')), 'the fact holding the quote given to Pang and to Li is disputed');
    assert.ok(disputed.every((l) => /^f\d+,2,2,/.test(l)), 'only facts carried by the two outlets that differ');
  });

  test('the OpenAPI document describes every API route', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/stories', '/api/stories/{id}', '/api/stories/{id}/quotes.csv', '/api/stories/{id}/facts.csv', '/api/articles/{id}', '/api/ingest']) {
      assert.ok(p in doc.paths, p);
    }
  });

  test('the story page cites into the article page, which highlights the cited span', async () => {
    const page = await (await app.request(`/stories/${storyId}`)).text();
    assert.equal((page.match(/attribution conflict/g) ?? []).length, 2);
    assert.match(page, /<span class="badge conflict">disputed: who said it<\/span> [^<]*party veteran/, 'the fact holding a conflicting quote is marked');
    assert.match(page, /<svg class="timeline"/);
    const href = /<a class="cite" href="([^"]+)"/.exec(page)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(href, 'a citation link');
    const [pathAndQuery, fragment] = href.split('#');
    const article = await (await app.request(pathAndQuery!)).text();
    assert.match(article, new RegExp(`<mark class="cited" id="${fragment}">`));
  });

  test('a span outside the article is reported and not highlighted', async () => {
    const page = await (await app.request('/articles/000_497f729e8a7bba6e?span=5-999999')).text();
    assert.match(page, /does not fit this article/);
    assert.doesNotMatch(page, /<mark/);
  });

  test('removed boilerplate is shown only on request, with its reasons', async () => {
    const plain = await (await app.request('/articles/003_caa0046a1ff74166')).text();
    assert.doesNotMatch(plain, /Also in The Mainichi/);
    const shown = await (await app.request('/articles/003_caa0046a1ff74166?removed=1')).text();
    assert.match(shown, /Also in The Mainichi/);
    assert.match(shown, /cross-article-chrome|site-chrome/);
  });

  test('bad parameters are a 400 naming the parameter, unknown ids a 404', async () => {
    const bad = await app.request('/api/stories?from=yesterday');
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { error: { message: string } }).error.message, /from must be a day/);
    assert.equal((await app.request('/api/stories?limit=100000')).status, 400);
    const missing = await app.request('/api/stories/s999');
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'not-found');
    assert.equal((await app.request('/stories/s999')).status, 404);
  });

  test('a hostile article\'s markup is escaped on every page that shows it', async () => {
    const res = await app.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articles: [{ title: HOSTILE_TITLE, outlet: '<b>Evil</b> Gazette', published: '2026-11-20', text: HOSTILE_TEXT }] }),
    });
    assert.equal(res.status, 200);
    const summary = (await res.json()) as { stored: { id: string; story: string }[] };
    const stored = summary.stored[0];
    assert.ok(stored, 'the hostile article is stored');
    const pages = await Promise.all([
      '/', `/?q=harbour`, `/stories/${stored.story}`, `/articles/${stored.id}?removed=1`, `/articles/${stored.id}?span=0-10`,
    ].map(async (u) => ({ u, body: await (await app.request(u)).text() })));
    for (const { u, body } of pages) {
      assert.doesNotMatch(body, /<script|<img|<iframe|<b>Evil/i, u);
    }
    const story = pages[2]!.body;
    assert.match(story, /&lt;script&gt;/);
    assert.match(pages[3]!.body, /&lt;img src=x onerror=alert\(1\)&gt;/);
    const json = (await (await app.request(`/api/articles/${stored.id}`)).json()) as { text: string };
    assert.ok(json.text.includes('<img src=x onerror=alert(1)>'), 'the API returns the text as it was, for the client to escape');
  });

  test('every response carries the security headers', async () => {
    for (const u of ['/', `/stories/${storyId}`, '/api/stories', '/missing', '/add']) {
      const res = await app.request(u);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, u);
      assert.match(csp, /frame-ancestors 'none'/, u);
      assert.match(csp, /script-src 'none'/, u);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, u);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', u);
    }
  });

  test('pages carry no inline script or style, only the served stylesheet', async () => {
    const page = await (await app.request(`/stories/${storyId}`)).text();
    assert.doesNotMatch(page, /<script|<style|\sstyle=|\son[a-z]+=/i);
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(page)?.[1];
    assert.ok(href);
    const css = await app.request(href);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
  });
});
