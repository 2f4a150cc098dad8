import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { createTextExtractor } from '../extract/index.js';
import { createTextIngester } from './text-ingester.js';

const BODY =
  '<p>The regional court ruled on Tuesday that the port authority must publish its dredging contracts, ending a dispute with local fishermen that had lasted almost four years.</p>' +
  '<p>Lawyers for the authority said they would study the ruling before deciding whether to appeal, and declined to say how many contracts were affected by the decision.</p>' +
  '<p>Fishermen who brought the case said the contracts would show whether dredging had been done in breeding grounds during the spring closed season.</p>';
const PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Court orders port to publish contracts - Bay News</title>' +
  '<meta property="og:site_name" content="Bay News"><meta property="og:title" content="Court orders port to publish contracts">' +
  '<meta property="article:published_time" content="2024-06-11T09:00:00+02:00"></head>' +
  `<body><nav><a href="/">Home</a> <a href="/local">Local</a></nav><article><h1>Court orders port to publish contracts</h1>${BODY}<p>Share this article</p></article></body></html>`;

let dir = '';
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-html-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('html ingest', () => {
  it('reads .html, .htm and .html.gz pages from a folder into html documents with the page metadata', async () => {
    const root = path.join(dir, 'pages');
    await mkdir(root, { recursive: true });
    await writeFile(path.join(root, 'a.html'), PAGE);
    await writeFile(path.join(root, 'b.htm'), PAGE);
    await writeFile(path.join(root, 'c.html.gz'), gzipSync(Buffer.from(PAGE)));
    await writeFile(path.join(root, 'd.json'), '{}');
    const { documents, diagnostics } = await createTextIngester()([root]);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(documents.map((d) => path.basename(d.source)), ['a.html', 'b.htm', 'c.html.gz']);
    for (const doc of documents) {
      assert.equal(doc.kind, 'html');
      assert.equal(doc.encoding, 'utf-8');
      assert.deepEqual(doc.meta, { title: 'Court orders port to publish contracts', outlet: 'Bay News', published: '2024-06-11', language: 'en' });
      assert.equal(doc.text.split('\n\n').length, 3);
      assert.ok(!doc.text.includes('Home'));
    }
  });

  it('hands the plain-text extractor a document whose title, outlet and date come from the page', async () => {
    const file = path.join(dir, 'story.html');
    await writeFile(file, PAGE);
    const { documents } = await createTextIngester()([file]);
    const { articles } = createTextExtractor()(documents);
    assert.equal(articles[0]?.title, 'Court orders port to publish contracts');
    assert.equal(articles[0]?.outlet, 'Bay News');
    assert.equal(articles[0]?.published, '2024-06-11');
    assert.match(articles[0]?.text ?? '', /^The regional court ruled/);
  });

  it('reads a page saved without an HTML extension as HTML when named explicitly', async () => {
    const file = path.join(dir, 'saved-page');
    await writeFile(file, PAGE);
    const { documents } = await createTextIngester()([file]);
    assert.equal(documents[0]?.kind, 'html');
  });

  it('reports a page with no visible text as no-main-text and reads the rest of the batch', async () => {
    const empty = path.join(dir, 'app.html');
    const good = path.join(dir, 'good.html');
    await writeFile(empty, '<html><head><script>boot()</script></head><body><div id="root"></div><script>render()</script></body></html>');
    await writeFile(good, PAGE);
    const { documents, diagnostics } = await createTextIngester()([empty, good]);
    assert.equal(documents.length, 1);
    assert.deepEqual(diagnostics.map((d) => [d.rule, path.basename(d.source)]), [['no-main-text', 'app.html']]);
  });

  it('reports a broken gzip file and a gzip bomb over maxBytes instead of inflating it', async () => {
    const broken = path.join(dir, 'broken.html.gz');
    const bomb = path.join(dir, 'bomb.html.gz');
    await writeFile(broken, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
    await writeFile(bomb, gzipSync(Buffer.alloc(5_000_000, 0x20)));
    const { documents, diagnostics } = await createTextIngester({ maxBytes: 1_000_000 })([broken, bomb]);
    assert.equal(documents.length, 0);
    assert.deepEqual(diagnostics.map((d) => d.rule), ['bad-gzip', 'file-too-large']);
  });

  it('notes a page whose declared charset is wrong', async () => {
    const file = path.join(dir, 'latin.html');
    await writeFile(file, PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace('Tuesday', 'Tuesday – São Tomé'));
    const { documents, diagnostics } = await createTextIngester()([file]);
    assert.match(documents[0]?.text ?? '', /São Tomé/);
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.severity]), [['charset-mismatch', 'info']]);
  });
});
