import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createTextIngester } from '../ingest/index.js';
import type { Article, RawDocument, RemovalReason } from '../types.js';
import { createTextExtractor } from './text-extractor.js';

const SEEDS = fileURLToPath(new URL('../../examples/seed-story/', import.meta.url));

/** The boilerplate EXPECTATIONS.md lists, with the article it is in and the reason expected. */
const BOILERPLATE: readonly (readonly [string, string, RemovalReason])[] = [
  ['000', 'in ,', 'site-chrome'],
  ['000', 'The statements, views and opinions expressed in this column', 'disclaimer'],
  ['000', 'What do you think?', 'comment-widget'],
  ['000', 'Notify of', 'comment-widget'],
  ['000', 'Inline Feedbacks', 'comment-widget'],
  ['000', 'View all comments', 'comment-widget'],
  ['000', 'US-China trade talks, tariffs, and Trump’s ‘America First’ foreign policy', 'related-link'],
  ['000', '12 idiotic demands for Iran', 'related-link'],
  ['001', 'China turns to Russia', 'repeated-title'],
  ['001', 'his first overseas trip..', 'repeated-standfirst'],
  ['003', 'Please view the main text area of the page by skipping the main menu.', 'site-chrome'],
  ['003', 'Also in The Mainichi', 'site-chrome'],
  ['003', 'The Mainichi on social media', 'site-chrome'],
  ['003', '(Thomas Peter/Pool Photo via AP)', 'caption'],
  ['003', '(Japanese original by Keisuke Kawazu, Beijing Bureau, and Hitoshi Omae, Moscow Bureau)', 'byline'],
];

/** Body paragraphs that must survive boilerplate removal (quotes, dateline, closing opinion). */
const BODY: readonly (readonly [string, string])[] = [
  ['000', 'China’s new Vice President, Wang Qishan, begins his new role'],
  ['000', 'The South China Morning Post reports:'],
  ['000', '“It will not only showcase Wang’s unique, important role'],
  ['000', '“But the structural problems with the US and Trump’s repeated threats'],
  ['000', '“Against such a backdrop, it is easy to understand why China wants to develop better ties'],
  ['000', '“Wang, a party veteran with global vision and diplomatic skills'],
  ['000', '“But China must be aware that getting too close to Russia may stoke concerns in the West'],
  ['000', 'Washington has become somewhat unreliable and unpredictable'],
  ['000', 'which views the interests of just about every other nation on planet earth as ‘dispensable’.'],
  ['001', 'his first overseas trip since being appointed in March.'],
  ['001', 'China and Russia have had a somewhat tumultuous past.'],
  ['001', 'Li Xing, a Russia expert at Beijing Normal University said, “Wang, a party veteran'],
  ['001', 'Our assessment is that Qishan’s visit seeks to further strengthen ties between China and Russia.'],
  ['003', 'BEIJING/MOSCOW -- China\'s Vice President Wang Qishan left Beijing on May 24'],
  ['003', '"We hope that the DPRK (North Korea)-U.S. meeting will proceed smoothly and achieve positive outcomes,"'],
  ['003', 'a bilateral relationship Xi views as "the best in history."'],
  ['003', 'but the report suggests that he is now considered to play an important foreign policy role in the communist party.'],
];

let documents: RawDocument[] = [];
let articles: Article[] = [];
const article = (prefix: string): Article => {
  const found = articles.find((a) => a.id.startsWith(prefix));
  assert.ok(found, `no article ${prefix}`);
  return found;
};

before(async () => {
  const ingested = await createTextIngester()([SEEDS]);
  assert.deepEqual(ingested.diagnostics, []);
  documents = ingested.documents;
  const extracted = createTextExtractor()(documents);
  assert.deepEqual(extracted.diagnostics, []);
  articles = extracted.articles;
});

describe('the seed story', () => {
  it('yields the three articles and skips EXPECTATIONS.md', () => {
    assert.deepEqual(articles.map((a) => a.id), ['000_497f729e8a7bba6e', '001_4a2bfb8ebd5bdaf5', '003_caa0046a1ff74166']);
  });

  for (const [prefix, needle, reason] of BOILERPLATE) {
    it(`removes "${needle.slice(0, 40)}" from ${prefix} as ${reason}`, () => {
      for (const a of articles) assert.ok(!a.text.includes(needle), `"${needle}" is still in the text of ${a.id}`);
      const holder = article(prefix).removed.find((r) => r.text.includes(needle));
      assert.equal(holder?.reason, reason);
    });
  }

  it('removes the column disclaimer of 000 both times', () => {
    const disclaimers = article('000').removed.filter((r) => r.reason === 'disclaimer');
    assert.equal(disclaimers.length, 2);
  });

  for (const [prefix, needle] of BODY) {
    it(`keeps "${needle.slice(0, 40)}…" in the text of ${prefix}`, () => {
      assert.ok(article(prefix).text.includes(needle));
    });
  }

  it('finds titles, standfirsts and the outlet named by the chrome', () => {
    assert.equal(article('000').title, 'Chinese VP heads to Moscow in bid to bolster ties with Russia');
    assert.equal(article('000').standfirst, 'China and Russia are on a mission to develop a unified front against Trump’s ‘America First’ foreign policy');
    assert.ok(article('000').text.startsWith('China and Russia are on a mission'));
    assert.equal(article('001').title, 'China turns to Russia');
    assert.match(article('001').standfirst ?? '', /^China's powerful new vice-president .* since being appointed in March\.$/);
    assert.equal(article('003').title, 'China VP Wang on 1st overseas trip to cement ties with Russia, Belarus');
    assert.equal(article('003').standfirst, null);
    assert.equal(article('003').outlet, 'The Mainichi');
    assert.equal(article('000').outlet, null);
  });

  it('keeps every removed block pointing at its exact raw characters', () => {
    for (const a of articles) {
      const raw = documents.find((d) => d.source === a.source)?.text ?? '';
      for (const r of a.removed) assert.equal(raw.slice(r.rawStart, r.rawEnd), r.text);
    }
  });

  it('loses no characters: text, title and removed blocks together hold every raw word', () => {
    for (const a of articles) {
      const raw = documents.find((d) => d.source === a.source)?.text ?? '';
      const kept = [a.title, a.text, ...a.removed.map((r) => r.text)].join(' ');
      const words = (s: string): number => s.split(/\s+/).filter((w) => w !== '').length;
      assert.equal(words(kept), words(raw), a.id);
    }
  });
});
