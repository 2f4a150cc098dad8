/**
 * Acceptance: the brief of the seed story (examples/seed-story, three outlets on one event) shows
 * every checkable point of its EXPECTATIONS.md.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createPipeline } from './pipeline.js';
import { asArticleId, type Brief, type LedgerQuote, type Story } from './types.js';

const SEEDS = fileURLToPath(new URL('../examples/seed-story', import.meta.url));
const A000 = asArticleId('000_497f729e8a7bba6e');
const A001 = asArticleId('001_4a2bfb8ebd5bdaf5');
const A003 = asArticleId('003_caa0046a1ff74166');

let brief: Brief;
let story: Story;

function quote(start: string): LedgerQuote {
  const q = story.quotes.find((x) => x.text.startsWith(start));
  assert.ok(q, `no ledger quote starting "${start}"; have: ${story.quotes.map((x) => x.text.slice(0, 30)).join(' | ')}`);
  return q;
}

function speakersIn(q: LedgerQuote, article: string): (string | null)[] {
  return q.attributions.filter((a) => a.article === article).map((a) => a.speaker);
}

describe('the seed story brief', () => {
  before(async () => {
    brief = await createPipeline().brief([SEEDS]);
    assert.equal(brief.stories.length, 1, 'one story');
    story = brief.stories[0]!;
  });

  it('puts all three articles in one story', () => {
    assert.deepEqual([...story.articles].sort(), [A000, A001, A003]);
  });

  it('flags conflicts on exactly the two disputed quotes', () => {
    const conflicted = story.quotes.filter((q) => q.conflict).map((q) => q.text.slice(0, 20));
    assert.equal(conflicted.length, 2, `conflicts: ${conflicted.join(' | ')}`);
    const veteran = quote('Wang, a party veteran');
    assert.equal(veteran.conflict, true);
    assert.deepEqual(speakersIn(veteran, A000), ['Pang Zhongying']);
    assert.deepEqual(speakersIn(veteran, A001), ['Li Xing']);
    const aware = story.quotes.find((q) => q.attributions.some((a) => a.article === A000) && q.text.startsWith('But China must be aware'));
    assert.ok(aware, 'the "But China must be aware" quote is in the ledger');
    assert.equal(aware.conflict, true);
    const implied = aware.attributions.find((a) => a.article === A000)!;
    assert.equal(implied.speaker, 'Pang Zhongying');
    assert.equal(implied.explicit, false);
    assert.deepEqual(speakersIn(aware, A001), ['Li Xing']);
    assert.equal(story.discrepancies.filter((d) => d.kind === 'attribution').length, 2);
  });

  it('matches the two Pang Zhongying quotes across outlets without a conflict', () => {
    for (const start of ['It will not only showcase', 'But the structural problems']) {
      const q = quote(start);
      assert.equal(q.conflict, false, start);
      assert.deepEqual(new Set(q.attributions.map((a) => a.article)), new Set([A000, A001]), start);
      assert.ok(q.attributions.every((a) => a.speaker === 'Pang Zhongying'), start);
    }
  });

  it('resolves "Li said" to Li Xing, not Li Keqiang', () => {
    assert.deepEqual(speakersIn(quote('Against such a backdrop'), A000), ['Li Xing']);
  });

  it('attributes the Lu Kang and Xi Jinping quotes of 003', () => {
    assert.deepEqual(speakersIn(quote('We hope that the DPRK'), A003), ['Lu Kang']);
    assert.deepEqual(speakersIn(quote('important efforts'), A003), ['Lu Kang']);
    assert.deepEqual(speakersIn(quote('the best in history'), A003), ['Xi Jinping']);
  });

  it('keeps every attribution span on the quoted characters', () => {
    for (const q of story.quotes) {
      for (const a of q.attributions) {
        const text = brief.articles.find((x) => x.id === a.article)!.text.slice(a.start, a.end);
        assert.ok(text.length > 0 && q.text.replace(/\W+/g, ' ').includes(text.replace(/\W+/g, ' ').trim().slice(0, 20))
          || text.replace(/\W+/g, ' ').includes(q.text.replace(/\W+/g, ' ').trim().slice(0, 20)), `${q.id} in ${a.article}`);
      }
    }
  });

  it('dates the timeline, inferring missing years from the story', () => {
    const dates = new Set(story.timeline.map((t) => t.date));
    for (const d of ['2012', '2013', '2017', '2018-03', '2018-05-14', '2018-05-15', '2018-05-21', '2018-05-23', '2018-05-24', '2018-06']) {
      assert.ok(dates.has(d), `timeline has ${d}; has ${[...dates].join(', ')}`);
    }
    const may24 = story.timeline.find((t) => t.date === '2018-05-24')!;
    assert.deepEqual(new Set(may24.articles), new Set([A000, A001, A003]), '"on Thursday" (000) resolves to 24 May 2018');
  });

  it('labels the three genres', () => {
    const genre = (id: string) => brief.articles.find((a) => a.id === id)!.genre;
    assert.equal(genre(A000).label, 'opinion');
    assert.equal(genre(A001).label, 'analysis');
    assert.equal(genre(A003).label, 'news');
    for (const id of [A000, A001, A003]) assert.ok(genre(id).evidence.length > 0, `${id} has genre evidence`);
  });

  it('removes the listed boilerplate from article text and keeps it aside', () => {
    const boilerplate: [string, string][] = [
      [A000, 'The statements, views and opinions expressed in this column'],
      [A000, 'What do you think?'], [A000, 'Notify of'], [A000, 'Inline Feedbacks'], [A000, 'View all comments'],
      [A000, 'US-China trade talks, tariffs'], [A000, '12 idiotic demands for Iran'],
      [A003, 'Please view the main text area of the page'], [A003, 'Also in The Mainichi'],
      [A003, 'The Mainichi on social media'], [A003, '(Thomas Peter/Pool Photo via AP)'],
    ];
    for (const [id, text] of boilerplate) {
      const a = brief.articles.find((x) => x.id === id)!;
      assert.ok(!a.text.includes(text), `${id} text still has "${text}"`);
      assert.ok(a.removed.some((r) => r.text.includes(text)), `${id} keeps "${text}" in removed`);
    }
    const a000 = brief.articles.find((x) => x.id === A000)!;
    assert.ok(!/^in ,$/m.test(a000.text));
    const a001 = brief.articles.find((x) => x.id === A001)!;
    assert.equal(a001.text.split('China turns to Russia').length - 1, 0, '001 title is not repeated in the text');
    assert.equal(a001.text.split("China's powerful new vice-president Wang Qishan will visit").length - 1, 1, '001 standfirst once');
  });

  it('merges people across articles with their aliases', () => {
    const person = (name: string) => story.entities.find((e) => e.type === 'person' && e.name === name);
    for (const name of ['Wang Qishan', 'Xi Jinping', 'Vladimir Putin', 'Donald Trump', 'Pang Zhongying', 'Li Xing',
      'Liu He', 'Lu Kang', 'Li Keqiang', 'Aloysio Nunes', 'Bashar al-Assad']) {
      assert.ok(person(name), `person ${name}; have ${story.entities.filter((e) => e.type === 'person').map((e) => e.name).join(', ')}`);
    }
    assert.deepEqual(new Set(person('Bashar al-Assad')!.articles), new Set([A001, A003]));
    assert.ok(person('Bashar al-Assad')!.aliases.includes('Asad'));
    assert.ok(person('Wang Qishan')!.aliases.includes('Qishan'));
    // 001 wrongly writes "Qishan" alone, as his surname, where 000 and 003 write "Wang": a name discrepancy.
    const names = story.discrepancies.filter((d) => d.kind === 'name');
    assert.equal(names.length, 1);
    const qishan = names[0]!;
    assert.ok(qishan.kind === 'name');
    assert.match(qishan.note, /"Wang"/);
    assert.match(qishan.note, /001_4a2bfb8ebd5bdaf5 calls Wang Qishan "Qishan"/);
    assert.deepEqual(new Set(qishan.sources.map((s) => s.article)), new Set([A000, A001, A003]));
    // It is about the person throughout, not a claim: no fact is disputed by it.
    assert.ok(story.facts.every((f) => !(f.disputed ?? []).includes('name')));
    assert.deepEqual(person('Li Keqiang')!.articles, [A003]);
    assert.deepEqual(person('Li Xing')!.articles.includes(A003), false);
    const place = (name: string) => story.entities.some((e) => e.type === 'place' && e.name === name);
    for (const name of ['China', 'Russia', 'Belarus', 'United States', 'Beijing', 'Moscow', 'St. Petersburg', 'Qingdao',
      'Washington', 'Syria', 'Ukraine', 'North Korea', 'Iran']) assert.ok(place(name), `place ${name}`);
    const org = (name: string) => story.entities.find((e) => e.type === 'organization' && e.name === name);
    assert.deepEqual(new Set(org('Shanghai Cooperation Organisation')?.articles), new Set([A000, A003]));
    for (const name of ['Central Foreign Affairs Commission', 'Central Commission for Discipline Inspection', 'Xinhua']) {
      assert.ok(org(name), `organisation ${name}`);
    }
  });

  it('counts outlets per fact: the trip is reported by all three', () => {
    const top = story.facts.filter((f) => f.outlets === 3);
    assert.ok(top.length >= 1, 'at least one fact carried by three outlets');
    assert.ok(top.some((f) => /Wang/.test(f.text) && /(first|maiden)/.test(f.text)), top.map((f) => f.text).join(' | '));
    const exports = story.facts.find((f) => f.text.includes('1.8%'));
    assert.ok(exports);
    assert.deepEqual(exports.articles, [A001]);
  });

  it('lists what each outlet leaves out', () => {
    const omitted = (id: string) => story.omissions.find((o) => o.article === id)!.entities;
    for (const id of [A000, A001]) {
      assert.ok(omitted(id).includes('Lu Kang'), `${id} omits Lu Kang`);
      assert.ok(omitted(id).includes('Xinhua'), `${id} omits Xinhua`);
    }
    assert.ok(omitted(A000).some((n) => /One Belt/.test(n)), '000 never mentions One Belt, One Road');
    assert.ok(!omitted(A001).some((n) => /One Belt/.test(n)));
    assert.ok(!omitted(A003).some((n) => /One Belt/.test(n)));
  });

  it('writes a summary of at most five sentences, each cited to its sources', () => {
    assert.ok(story.summary.length >= 1 && story.summary.length <= 5);
    for (const s of story.summary) {
      assert.ok(s.sources.length >= 1);
      for (const sp of s.sources) {
        const a = brief.articles.find((x) => x.id === sp.article)!;
        assert.ok(sp.end <= a.text.length && sp.start < sp.end);
      }
      assert.ok(s.sources.some((sp) => brief.articles.find((x) => x.id === sp.article)!.text.slice(sp.start, sp.end) === s.text));
    }
  });
});
