import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from './app.js';
import { startServer } from './serve.js';
import { isLoopbackHost } from './security.js';
import { testStore, type TestStore } from './test-kit.js';

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
/** An empty batch passes the guard and is then refused as empty: a 400 shows the guard let it through. */
const EMPTY = { articles: [] };
const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

describe('writing to the store', () => {
  let ts: TestStore;
  before(async () => {
    ts = await testStore();
  });
  after(() => ts.cleanup());

  test('on loopback without a token, writes are open', async () => {
    const app = createApp({ store: ts.store, host: '127.0.0.1' });
    const res = await app.request('/api/ingest', json(EMPTY));
    assert.equal(res.status, 400);
    assert.equal((await codeOf(res)).code, 'nothing-to-add');
  });

  test('beyond loopback without a configured token, writes are refused with the fix named', async () => {
    const app = createApp({ store: ts.store, host: '0.0.0.0' });
    const res = await app.request('/api/ingest', json(EMPTY));
    assert.equal(res.status, 403);
    const error = await codeOf(res);
    assert.equal(error.code, 'token-not-configured');
    assert.match(error.message, /--token or CROSSCHECK_TOKEN/);
    assert.equal((await app.request('/api/stories')).status, 200, 'reading stays open');
  });

  test('with a token, a write needs it in the header, as a bearer token or as a form field', async () => {
    const app = createApp({ store: ts.store, host: '0.0.0.0', token: 's3cret' });
    const missing = await app.request('/api/ingest', json(EMPTY));
    assert.equal(missing.status, 403);
    assert.equal((await codeOf(missing)).code, 'token-required');
    assert.equal((await app.request('/api/ingest', json(EMPTY, { 'x-crosscheck-token': 's3cret' }))).status, 400);
    assert.equal((await app.request('/api/ingest', json(EMPTY, { authorization: 'Bearer s3cret' }))).status, 400);
    const form = new FormData();
    form.set('token', 's3cret');
    form.set('text', '');
    assert.equal((await app.request('/api/ingest', { method: 'POST', body: form })).status, 400);
    const page = await app.request('/add', { method: 'POST', body: form });
    assert.equal(page.status, 400);
    assert.match(await page.text(), /nothing to add/);
  });

  test('a wrong token is refused, also on loopback when a token is configured', async () => {
    const app = createApp({ store: ts.store, host: '127.0.0.1', token: 's3cret' });
    const res = await app.request('/api/ingest', json(EMPTY, { 'x-crosscheck-token': 'guess' }));
    assert.equal(res.status, 403);
    assert.equal((await codeOf(res)).code, 'token-wrong');
  });

  test('the add page asks for the token only when writing needs one', async () => {
    const open = await (await createApp({ store: ts.store }).request('/add')).text();
    assert.doesNotMatch(open, /name="token"/);
    const guarded = await (await createApp({ store: ts.store, token: 't' }).request('/add')).text();
    assert.match(guarded, /name="token"/);
  });

  test('a cross-site post is refused even on loopback without a token', async () => {
    const app = createApp({ store: ts.store });
    const fromElsewhere = await app.request('http://127.0.0.1:4173/add', { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: 'text=x' });
    assert.equal(fromElsewhere.status, 403);
    const fetchMeta = await app.request('/api/ingest', json(EMPTY, { 'sec-fetch-site': 'cross-site' }));
    assert.equal(fetchMeta.status, 403);
    const sameOrigin = await app.request('http://127.0.0.1:4173/api/ingest', json(EMPTY, { origin: 'http://127.0.0.1:4173' }));
    assert.equal(sameOrigin.status, 400);
  });

  test('a request larger than the limit is refused with 413', async () => {
    const app = createApp({ store: ts.store, maxRequestBytes: 1000 });
    const res = await app.request('/api/ingest', json({ articles: [{ text: 'x'.repeat(5000) }] }));
    assert.equal(res.status, 413);
    assert.equal((await codeOf(res)).code, 'too-large');
  });

  test('an ingest request of the wrong shape or type is a 4xx naming the problem', async () => {
    const app = createApp({ store: ts.store });
    const shape = await app.request('/api/ingest', json({ articles: [{ title: 'no text' }] }));
    assert.equal(shape.status, 400);
    assert.match((await codeOf(shape)).message, /articles\.0\.text/);
    const notJson = await app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    assert.equal((await codeOf(notJson)).code, 'bad-json');
    const urls = await app.request('/api/ingest', json({ urls: ['file:///etc/passwd'] }));
    assert.equal((await codeOf(urls)).code, 'bad-url');
    assert.equal((await app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })).status, 415);
  });

  test('the server refuses to listen beyond loopback without a token', async () => {
    await assert.rejects(startServer({ store: ts.store, host: '0.0.0.0', port: 0 }), /--token or CROSSCHECK_TOKEN/);
  });

  test('the server listens on a free loopback port and answers', async () => {
    const server = await startServer({ store: ts.store, host: '127.0.0.1', port: 0 });
    try {
      const res = await fetch(`${server.url}/api/stories`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { total: 0, limit: 50, offset: 0, stories: [] });
    } finally {
      await server.close();
    }
  });

  test('loopback is 127.0.0.0/8, ::1 and localhost only', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', '::1', 'localhost', 'LOCALHOST']) assert.ok(isLoopbackHost(h), h);
    for (const h of ['0.0.0.0', '::', '192.168.1.2', '10.0.0.1', 'example.com']) assert.ok(!isLoopbackHost(h), h);
  });
});
