import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTextExtractor } from '../extract/index.js';
import { atom, BODY_HTML, jsonFeed, page, PARAGRAPHS, rss, warcFile, warcRecord } from '../test-support/ingest-sources.js';
import { detectFormat } from './detect-format.js';
import { createIngester } from './text-ingester.js';

let dir = '';
const at = (name: string): string => path.join(dir, name);
const offline = createIngester({ network: false });

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-sources-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('feeds', () => {
  it('reads RSS items with full content through the HTML extractor, with the item title, date, byline and the channel as outlet', async () => {
    await writeFile(at('bay.rss'), rss([{ title: 'Court orders port to publish contracts', link: 'https://bay.example/court', content: BODY_HTML }]));
    const { documents, diagnostics } = await offline([at('bay.rss')]);
    assert.deepEqual(diagnostics, []);
    assert.equal(documents.length, 1);
    const [doc] = documents;
    assert.equal(doc?.kind, 'html');
    assert.equal(doc?.source, 'https://bay.example/court');
    assert.deepEqual(doc?.meta, {
      title: 'Court orders port to publish contracts',
      url: 'https://bay.example/court',
      published: 'Tue, 11 Jun 2024 07:00:00 GMT',
      byline: 'Jane Doe',
      language: 'en-GB',
      outlet: 'Bay News',
    });
    assert.deepEqual(doc?.text.split('\n\n'), PARAGRAPHS);
  });

  it('carries byline and language on to the article', async () => {
    await writeFile(at('byline.rss'), rss([{ title: 'Court orders port to publish contracts', link: 'https://bay.example/court', content: BODY_HTML }]));
    const { documents } = await offline([at('byline.rss')]);
    const { articles } = createTextExtractor()(documents);
    assert.equal(articles[0]?.byline, 'Jane Doe');
    assert.equal(articles[0]?.language, 'en-GB');
    assert.equal(articles[0]?.published, '2024-06-11');
  });

  it('reads Atom entries and JSON Feed items, with their authors and languages', async () => {
    await writeFile(at('port.atom'), atom([{ title: 'Le port doit publier', link: 'https://port.example/a', content: BODY_HTML }]));
    await writeFile(at('harbour.json'), jsonFeed([{ title: 'Harbour ruling', link: 'https://harbour.example/r', content: BODY_HTML }]));
    const { documents, diagnostics } = await offline([at('port.atom'), at('harbour.json')]);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(
      documents.map((d) => [d.source, d.meta?.title, d.meta?.byline, d.meta?.language, d.meta?.outlet]),
      [
        ['https://port.example/a', 'Le port doit publier', 'Ann Roe', 'fr', 'Le Port'],
        ['https://harbour.example/r', 'Harbour ruling', 'Bo Lee', 'en-US', 'Harbour Daily'],
      ],
    );
  });

  it('resolves relative item links against the feed\'s own address', async () => {
    await writeFile(at('relative.rss'), rss([{ title: 'Court orders port to publish contracts', link: '/news/court?id=7', content: BODY_HTML }]));
    const { documents, diagnostics } = await offline([at('relative.rss')]);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(documents.map((d) => [d.source, d.meta?.url]), [['https://bay.example/news/court?id=7', 'https://bay.example/news/court?id=7']]);
  });

  it('reports a relative link it cannot resolve and still reads the item\'s content', async () => {
    await writeFile(at('relative.atom'), atom([{ title: 'Le port doit publier', link: 'articles/port', content: BODY_HTML }]));
    const { documents, diagnostics } = await offline([at('relative.atom')]);
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.place]), [['relative-link', 'item 1']]);
    assert.equal(documents.length, 1);
    assert.equal(documents[0]?.meta?.url, undefined);
    assert.deepEqual(documents[0]?.text.split('\n\n'), PARAGRAPHS);
  });

  it('reports link-only items when the network is off, and reads the items with content', async () => {
    await writeFile(at('links.rss'), rss([{ title: 'Only a link', link: 'https://bay.example/x' }, { title: 'Full', link: 'https://bay.example/y', content: BODY_HTML }]));
    const { documents, diagnostics } = await offline([at('links.rss')]);
    assert.deepEqual(documents.map((d) => d.source), ['https://bay.example/y']);
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.place]), [['link-only-item', 'item 1']]);
  });

  it('reports broken feed XML as bad-feed and still reads the rest of the batch', async () => {
    await writeFile(at('broken.rss'), '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>cut off');
    await writeFile(at('good.html'), page());
    const { documents, diagnostics } = await offline([at('broken.rss'), at('good.html')]);
    assert.equal(documents.length, 1);
    assert.deepEqual(diagnostics.map((d) => [d.rule, path.basename(d.source)]), [['bad-feed', 'broken.rss']]);
  });

  it('reads only the first maxFeedItems items and says so', async () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ title: `Story ${i}`, link: `https://bay.example/${i}`, content: BODY_HTML }));
    await writeFile(at('many.rss'), rss(items));
    const { documents, diagnostics } = await createIngester({ network: false, maxFeedItems: 2 })([at('many.rss')]);
    assert.equal(documents.length, 2);
    assert.deepEqual(diagnostics.map((d) => d.rule), ['feed-truncated']);
  });
});

describe('JSONL', () => {
  it('reads one article per line and reports each bad line by number, reading the rest', async () => {
    const lines = [
      JSON.stringify({ title: 'Port ruling', text: PARAGRAPHS.join('\n\n'), url: 'https://bay.example/1', published: '2024-06-11', outlet: 'Bay News', byline: 'Jane Doe' }),
      '{"title": "cut off", "text": ',
      '',
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ title: 'No body' }),
      JSON.stringify({ title: 'From HTML', html: BODY_HTML, language: 'en' }),
    ];
    await writeFile(at('articles.jsonl'), lines.join('\n'));
    const { documents, diagnostics } = await offline([at('articles.jsonl')]);
    assert.deepEqual(documents.map((d) => [d.kind, d.source, d.meta?.title]), [
      ['text', 'https://bay.example/1', 'Port ruling'],
      ['html', `${at('articles.jsonl')}:6`, 'From HTML'],
    ]);
    assert.equal(documents[0]?.meta?.byline, 'Jane Doe');
    assert.equal(documents[1]?.meta?.language, 'en');
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.place]), [
      ['bad-jsonl-line', 'line 2'],
      ['bad-jsonl-line', 'line 4'],
      ['bad-jsonl-line', 'line 5'],
    ]);
  });
});

describe('WARC', () => {
  const records = (): Buffer[] => [
    warcRecord('https://bay.example/a', page('First story on the port')),
    warcRecord('https://bay.example/style.css', 'body{}', 'text/css'),
    warcRecord('https://bay.example/b', page('Second story on the port')),
  ];

  it('reads the HTML response records of a WARC file and skips the others', async () => {
    await writeFile(at('crawl.warc'), warcFile(records()));
    const { documents, diagnostics } = await offline([at('crawl.warc')]);
    assert.deepEqual(documents.map((d) => [d.source, d.meta?.title]), [
      ['https://bay.example/a', 'First story on the port'],
      ['https://bay.example/b', 'Second story on the port'],
    ]);
    assert.deepEqual(diagnostics.map((d) => d.rule), ['warc-skipped-records']);
  });

  it('reads a gzipped WARC, one member per record, named or not', async () => {
    await writeFile(at('crawl.warc.gz'), warcFile(records(), true));
    await writeFile(at('crawl-no-extension'), warcFile(records(), true));
    const { documents } = await offline([at('crawl.warc.gz'), at('crawl-no-extension')]);
    assert.equal(documents.length, 4);
  });

  it('reports a truncated WARC and keeps the records before the cut, plain or gzipped', async () => {
    const plain = warcFile(records());
    const gz = warcFile(records(), true);
    await writeFile(at('cut.warc'), plain.subarray(0, plain.length - 400));
    await writeFile(at('cut.warc.gz'), gz.subarray(0, gz.length - 40));
    const { documents, diagnostics } = await offline([at('cut.warc'), at('cut.warc.gz')]);
    assert.deepEqual(documents.map((d) => d.source), ['https://bay.example/a', 'https://bay.example/a']);
    const cuts = diagnostics.filter((d) => d.rule === 'truncated-warc');
    assert.deepEqual(cuts.map((d) => [path.basename(d.source), d.place]), [['cut.warc', 'record 3'], ['cut.warc.gz', 'record 3']]);
  });

  it('skips a record over maxBytes without reading it', async () => {
    await writeFile(at('big.warc'), warcFile([warcRecord('https://bay.example/big', page('Big', '<p>x</p>'.repeat(20_000))), warcRecord('https://bay.example/a', page())]));
    const { documents, diagnostics } = await createIngester({ network: false, maxBytes: 50_000 })([at('big.warc')]);
    assert.deepEqual(documents.map((d) => d.source), ['https://bay.example/a']);
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.place]), [['record-too-large', 'record 1']]);
  });
});

describe('bad HTML', () => {
  it('reads malformed and truncated pages as far as they go', async () => {
    await writeFile(at('malformed.html'), `<html><body><div><p>${PARAGRAPHS[0]}<p>${PARAGRAPHS[1]}</span></b><table><p>${PARAGRAPHS[2]}</div>`);
    await writeFile(at('truncated.html'), page().slice(0, page().indexOf(PARAGRAPHS[2] ?? '') + 60));
    const { documents, diagnostics } = await offline([at('malformed.html'), at('truncated.html')]);
    assert.equal(documents.length, 2);
    assert.match(documents[0]?.text ?? '', /breeding grounds/);
    assert.match(documents[1]?.text ?? '', /Lawyers for the authority/);
    assert.ok(diagnostics.every((d) => d.severity !== 'error'));
  });

  it('reports a page that is all script and reads the rest', async () => {
    await writeFile(at('app.html'), `<html><head><script>${'var x = 1;'.repeat(1000)}</script></head><body><script>render()</script><noscript></noscript></body></html>`);
    await writeFile(at('fine.html'), page());
    const { documents, diagnostics } = await offline([at('app.html'), at('fine.html')]);
    assert.equal(documents.length, 1);
    assert.deepEqual(diagnostics.map((d) => [d.rule, path.basename(d.source)]), [['no-main-text', 'app.html']]);
  });
});

describe('format detection', () => {
  const bytes = (s: string): Uint8Array => Buffer.from(s);
  it('tells formats apart by their bytes, whatever the name', () => {
    assert.equal(detectFormat('feed.xml', bytes(rss([]))), 'feed-xml');
    assert.equal(detectFormat('x', bytes(atom([]))), 'feed-xml');
    assert.equal(detectFormat('feed.json', bytes(jsonFeed([]))), 'feed-json');
    assert.equal(detectFormat('dump.txt', bytes('{"title": "a", "text": "b"}\n{"title": "c", "text": "d"}')), 'jsonl');
    assert.equal(detectFormat('crawl.bin', warcRecord('https://a.example/', page())), 'warc');
    assert.equal(detectFormat('page', bytes(page())), 'html');
    assert.equal(detectFormat('notes.txt', bytes('Just some text.')), 'text');
    assert.equal(detectFormat('https://a.example/feed', bytes('<?xml version="1.0"?><urlset/>'), 'application/rss+xml'), 'feed-xml');
  });
});
