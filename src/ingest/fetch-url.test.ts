import assert from 'node:assert/strict';
import { once } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { page, rss } from '../test-support/ingest-sources.js';
import { createFetcher, DEFAULT_USER_AGENT } from './fetch-url.js';
import { createIngester } from './text-ingester.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const seen: { path: string; at: number; userAgent: string | undefined }[] = [];
/** How much of the streamed 100 MB page the server got to send before the fetcher stopped reading. */
let hugeStreamedSent = 0;
let server: http.Server;
let base = '';

const send = (body: string | Buffer, headers: http.OutgoingHttpHeaders = { 'content-type': 'text/html; charset=utf-8' }): Handler => (_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
};

before(async () => {
  server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', at: Date.now(), userAgent: req.headers['user-agent'] });
    const handler = routes.get(req.url ?? '');
    if (handler === undefined) {
      res.writeHead(404);
      res.end('not found');
    } else handler(req, res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  routes.set('/story', send(page()));
  routes.set('/gzip', send(gzipSync(page()), { 'content-type': 'text/html', 'content-encoding': 'gzip' }));
  routes.set('/brotli', send(brotliCompressSync(page()), { 'content-type': 'text/html', 'content-encoding': 'br' }));
  // Latin-1 bytes, a page claiming UTF-8: the HTTP header's charset is the one to follow.
  routes.set('/latin', send(iconv.encode(page('Port of São Tomé publishes contracts').replace('charset="utf-8"', ''), 'latin1'), { 'content-type': 'text/html; charset=ISO-8859-1' }));
  routes.set('/hop1', (_req, res) => {
    res.writeHead(301, { location: '/hop2' });
    res.end();
  });
  routes.set('/hop2', (_req, res) => {
    res.writeHead(302, { location: `${base}/story` });
    res.end();
  });
  routes.set('/loop-a', (_req, res) => {
    res.writeHead(302, { location: '/loop-b' });
    res.end();
  });
  routes.set('/loop-b', (_req, res) => {
    res.writeHead(302, { location: '/loop-a' });
    res.end();
  });
  routes.set('/slow', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>Starting');
    // Never ends: the fetcher's timeout must give up on it.
  });
  routes.set('/huge-declared', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(100 * 1024 * 1024) });
    res.write('<html>');
    // Says 100 MB and sends a few bytes: the fetcher must refuse on the header alone.
  });
  routes.set('/huge-streamed', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    hugeStreamedSent = 0;
    const pump = (): void => {
      // 100 MB if nobody stops it; the fetcher must stop reading at maxBytes.
      while (sent < 100 * 1024 * 1024) {
        sent += chunk.length;
        hugeStreamedSent = sent;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('close', () => {
      sent = Infinity;
    });
    pump();
  });
  routes.set('/feed', send(rss([{ title: 'Linked story', link: `${base}/story` }, { title: 'Linked again', link: `${base}/gzip` }]), { 'content-type': 'application/rss+xml' }));
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const local = { allowPrivate: true, hostDelayMs: 0, timeoutMs: 2000 };

describe('URL fetching', () => {
  it('fetches a page, sends the user agent and reads it as HTML with its metadata', async () => {
    const { documents, diagnostics } = await createIngester({ fetch: local })([`${base}/story`]);
    assert.deepEqual(diagnostics, []);
    assert.equal(documents[0]?.kind, 'html');
    assert.equal(documents[0]?.source, `${base}/story`);
    assert.equal(documents[0]?.meta?.byline, 'Jane Doe');
    assert.equal(seen.find((s) => s.path === '/story')?.userAgent, DEFAULT_USER_AGENT);
  });

  it('decodes gzip and brotli bodies', async () => {
    const { documents, diagnostics } = await createIngester({ fetch: local })([`${base}/gzip`, `${base}/brotli`]);
    assert.deepEqual(diagnostics, []);
    assert.equal(documents.length, 2);
    assert.match(documents[1]?.text ?? '', /dredging contracts/);
  });

  it('decodes the body with the charset of the Content-Type header', async () => {
    const { documents } = await createIngester({ fetch: local })([`${base}/latin`]);
    assert.equal(documents[0]?.encoding, 'windows-1252');
    assert.equal(documents[0]?.meta?.title, 'Port of São Tomé publishes contracts');
  });

  it('follows redirects and records the final URL', async () => {
    const outcome = await createFetcher({ ...local, maxBytes: 1_000_000 })(`${base}/hop1`);
    assert.equal(outcome.ok && outcome.url, `${base}/story`);
  });

  it('reports a redirect loop, too many redirects, a timeout and an HTTP error, and reads the rest', async () => {
    // The never-ending page needs the timeout; the others are served at once, even on a busy machine.
    const ingest = createIngester({ fetch: { ...local, timeoutMs: 1000, maxRedirects: 1 } });
    const inputs = ['/loop-a', '/hop1', '/slow', '/missing', '/story'].map((p) => `${base}${p}`);
    const { documents, diagnostics } = await ingest(inputs);
    assert.deepEqual(documents.map((d) => d.source), [`${base}/story`]);
    assert.deepEqual(diagnostics.map((d) => [d.rule, new URL(d.source).pathname]), [
      ['redirect-loop', '/loop-a'],
      ['too-many-redirects', '/hop1'],
      ['fetch-timeout', '/slow'],
      ['http-error', '/missing'],
    ]);
  });

  it('refuses a 100 MB page on its Content-Length, and stops reading a streamed one at maxBytes', async () => {
    const { documents, diagnostics } = await createIngester({ maxBytes: 1_000_000, fetch: local })([`${base}/huge-declared`, `${base}/huge-streamed`]);
    assert.equal(documents.length, 0);
    assert.deepEqual(diagnostics.map((d) => d.rule), ['response-too-large', 'response-too-large']);
    // The reader stopped: the server could not send much past 1 MB and the socket buffers (not 100 MB).
    assert.ok(hugeStreamedSent < 32 * 1024 * 1024, `the server sent ${hugeStreamedSent} bytes`);
  });

  it('refuses loopback and private addresses unless allowPrivate is set', async () => {
    const { documents, diagnostics } = await createIngester({ fetch: { hostDelayMs: 0 } })([`${base}/story`, 'http://localhost:9/x', 'http://[::1]:9/x', 'http://169.254.169.254/latest']);
    assert.equal(documents.length, 0);
    assert.deepEqual(diagnostics.map((d) => d.rule), ['private-address', 'private-address', 'private-address', 'private-address']);
  });

  it('fetches the links of feed items that have no content, once each', async () => {
    const { documents, diagnostics } = await createIngester({ fetch: local })([`${base}/feed`]);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(documents.map((d) => [d.source, d.meta?.title]), [
      [`${base}/story`, 'Linked story'],
      [`${base}/gzip`, 'Linked again'],
    ]);
  });

  it('fetches a page given both as an input and as a feed link once', async () => {
    seen.length = 0;
    const { documents, diagnostics } = await createIngester({ fetch: local })([`${base}/feed`, `${base}/story`]);
    assert.equal(seen.filter((s) => s.path === '/story').length, 1);
    assert.deepEqual(documents.map((d) => d.source).sort(), [`${base}/gzip`, `${base}/story`]);
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.place]), [['duplicate-input', 'item 1']]);
  });

  it('waits the host delay between two requests to one host', async () => {
    seen.length = 0;
    await createIngester({ fetch: { ...local, hostDelayMs: 200 } })([`${base}/story`, `${base}/gzip`]);
    const [a, b] = seen;
    // The server sees when requests arrive: the first one's connection may take a while on a busy
    // machine while the second leaves on time, so the gap is checked against half the delay (without
    // the delay the two arrive a few milliseconds apart).
    assert.ok(a !== undefined && b !== undefined && b.at - a.at >= 100, `requests ${String(b?.at)} - ${String(a?.at)} too close`);
  });

  it('reports URL inputs as network-disabled when offline', async () => {
    const { diagnostics } = await createIngester({ network: false })([`${base}/story`]);
    assert.deepEqual(diagnostics.map((d) => d.rule), ['network-disabled']);
  });
});
