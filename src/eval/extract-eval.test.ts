import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { evaluateExtraction, sameAuthor, sameTitle } from './extract-eval.js';

const P1 = 'The regional court ruled on Tuesday that the port authority must publish its dredging contracts, ending a long dispute with local fishermen.';
const P2 = 'Lawyers for the authority said they would study the ruling before deciding whether to appeal against the decision of the court.';
const page = (extra: string): string =>
  `<html><head><meta property="article:published_time" content="2024-06-11"><meta name="author" content="Ana Ruiz"><meta property="og:title" content="Court orders the port to publish its contracts | Example News"><meta property="og:site_name" content="Example News"></head><body><article><p>${P1}</p><p>${P2}</p>${extra}</article></body></html>`;

let dir = '';
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-eval-'));
  await mkdir(path.join(dir, 'html'));
  await writeFile(path.join(dir, 'html', 'p1.html.gz'), gzipSync(Buffer.from(page(''))));
  await writeFile(path.join(dir, 'html', 'p2.html'), page(''));
  const gold = { articleBody: `${P1}\n${P2}`, url: 'https://example.org/story' };
  await writeFile(path.join(dir, 'ground-truth.json'), JSON.stringify({ p1: gold, p2: { articleBody: P1, url: gold.url } }));
  await writeFile(
    path.join(dir, 'metadata.json'),
    JSON.stringify({
      p1: { title: 'Court orders the port to publish its contracts', author: 'Ana Ruiz', published: '2024-06-11' },
      p2: { title: 'Port wins its appeal', author: 'Someone Else', published: '2024-06-12' },
    }),
  );
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extraction eval', () => {
  it('scores a dataset folder with the AEB metric and reports counts and speed', async () => {
    const seen: string[] = [];
    const r = await evaluateExtraction(dir, { onPage: (p) => seen.push(p.id) });
    assert.deepEqual(seen, ['p1', 'p2']);
    assert.equal(r.n, 2);
    // Page 1 is exact; page 2's gold is only the first paragraph, so its precision is below one.
    assert.equal(r.recall, 1);
    assert.ok(r.precision > 0.5 && r.precision < 1);
    assert.ok(r.seconds > 0 && r.articlesPerSecond > 0);
  });

  it('scores WCXB bag-of-words F1 and metadata accuracy when metadata.json exists', async () => {
    const r = await evaluateExtraction(dir, { metric: 'wcxb' });
    assert.equal(r.metric, 'wcxb');
    assert.equal(r.publishedAccuracy, 0.5);
    assert.equal(r.authorAccuracy, 0.5);
    // The site's name is cut from page 1's declared title; page 2's gold title is another one.
    assert.equal(r.titleAccuracy, 0.5);
    assert.equal(r.metadataN, 2);
  });

  it('throws with the expected layout when the folder is not a dataset', async () => {
    await assert.rejects(evaluateExtraction(path.join(dir, 'html')), /expected ground-truth\.json and html\/<id>\.html\.gz/);
  });

  it('matches titles ignoring case, spacing and punctuation, not different words', () => {
    assert.ok(sameTitle('What is Cloud Computing?', 'what is cloud  computing'));
    assert.ok(sameTitle('Budget Traveler’s Guide', "Budget Traveler's Guide"));
    assert.ok(!sameTitle('Recent Trends in Photography', '8 Recent Trends in Photography'));
    assert.ok(!sameTitle('Anything', null));
  });

  it('matches author names ignoring case, punctuation and "and" between names', () => {
    assert.ok(sameAuthor('Jared Newman and Sam Singleton', 'Jared Newman, Sam Singleton'));
    assert.ok(sameAuthor('Maria & Katerina', 'maria katerina'));
    assert.ok(!sameAuthor('Ana Ruiz', null));
    assert.ok(!sameAuthor('Ana Ruiz', 'Luis Ortega'));
  });
});
