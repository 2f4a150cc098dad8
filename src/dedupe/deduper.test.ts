import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDeduper, createDuplicateIndex } from './deduper.js';

const WIRE = [
  'GENEVA (Wire) — Negotiators from forty countries agreed early on Saturday on a treaty to limit plastic waste in the oceans,',
  'after talks that ran through the night at the United Nations office in Geneva. The accord caps the production of single-use',
  'packaging from 2030 and sets up a fund, paid for by producers, to clean beaches in the poorest coastal states. Delegates',
  'from the largest producing countries dropped their objections after a clause on recycled content was softened, said the',
  'chair of the talks, Amina Diallo. Environmental groups called the deal a first step but said the caps were too low to',
  'reverse the damage. The treaty needs ratification by thirty states before it takes effect, which diplomats expect within',
  'two years. The next round of talks, on fishing gear and microplastics, is planned for the spring in Nairobi.',
].join(' ');

/** The wire text trimmed of its last sentence, with a local paragraph added, as a regional paper runs it. */
const REPRINT = `${WIRE.slice(0, WIRE.lastIndexOf(' The next round'))}\n\nLocal beach groups in Brighton welcomed the news.`;

/** The same event in an outlet's own words: not a copy. */
const OWN_REPORT = [
  'Forty governments have signed up to curb plastic packaging. The deal, struck in Geneva after an all-night session, limits',
  'throwaway wrappers from 2030 and makes manufacturers pay into a clean-up fund for poor coastal nations. Campaigners were',
  'unimpressed: the limits, they argue, fall far short of what marine scientists say is needed. Amina Diallo, who chaired',
  'the negotiations, told reporters the big producers came round once rules on recycled material were relaxed.',
].join(' ');

describe('createDeduper', () => {
  it('groups an exact copy, a trimmed reprint and a same-outlet repost of one wire text', () => {
    const groups = createDeduper()([
      { id: 'wire', text: WIRE, outlet: 'Wire' },
      { id: 'own', text: OWN_REPORT, outlet: 'Daily Ledger' },
      { id: 'reprint', text: REPRINT, outlet: 'South Coast News' },
      { id: 'copy', text: WIRE.toUpperCase().replace(/,/g, ''), outlet: 'Morning Post' },
    ]);
    assert.equal(groups.length, 1);
    assert.deepEqual(groups[0]!.articles, ['wire', 'reprint', 'copy']);
    assert.equal(groups[0]!.kind, 'syndicated');
    assert.deepEqual(groups[0]!.outlets, ['Wire', 'South Coast News', 'Morning Post']);
  });

  it('calls copies under one outlet near duplicates, and identical texts exact', () => {
    const near = createDeduper()([
      { id: 'v1', text: WIRE, outlet: 'Morning Post' },
      { id: 'v2', text: REPRINT, outlet: 'morning post' },
    ]);
    assert.deepEqual(near.map((g) => [g.kind, g.articles]), [['near', ['v1', 'v2']]]);
    const exact = createDeduper()([
      { id: 'a', text: WIRE },
      { id: 'b', text: `  ${WIRE}\n` },
    ]);
    assert.deepEqual(exact.map((g) => [g.kind, g.articles]), [['exact', ['a', 'b']]]);
  });

  it('keeps independent reports of one event apart', () => {
    assert.deepEqual(createDeduper()([{ id: 'wire', text: WIRE }, { id: 'own', text: OWN_REPORT }]), []);
  });
});

describe('createDuplicateIndex', () => {
  it('returns the earlier copies an added article matches, with its estimates', () => {
    const index = createDuplicateIndex();
    assert.deepEqual(index.add({ id: 'wire', text: WIRE, outlet: 'Wire' }), []);
    const [match, ...rest] = index.add({ id: 'reprint', text: REPRINT, outlet: 'South Coast News' });
    assert.equal(rest.length, 0);
    assert.equal(match!.id, 'wire');
    assert.equal(match!.kind, 'syndicated');
    assert.ok(match!.containment >= 0.8 && match!.jaccard < 1, JSON.stringify(match));
  });

  it('throws on a repeated id and on bands that do not divide the permutations', () => {
    const index = createDuplicateIndex();
    index.add({ id: 'a', text: WIRE });
    assert.throws(() => index.add({ id: 'a', text: OWN_REPORT }), /added twice/);
    assert.throws(() => createDuplicateIndex({ permutations: 100, bands: 32 }), /multiple of bands/);
  });

  it('with a window, matches copies published within it and forgets older texts', () => {
    const index = createDuplicateIndex({ windowDays: 30 });
    assert.deepEqual(index.add({ id: 'wire', text: WIRE, outlet: 'Wire', published: '2026-01-01' }), []);
    // Twenty days on: still a copy.
    assert.deepEqual(index.add({ id: 'reprint', text: REPRINT, outlet: 'South Coast News', published: '2026-01-21' }).map((m) => m.id), ['wire']);
    // An undated exact copy counts as of the latest date seen.
    assert.deepEqual(index.add({ id: 'copy', text: WIRE, outlet: 'Morning Post' }).map((m) => [m.id, m.kind]), [['wire', 'exact'], ['reprint', 'syndicated']]);
    // Forty days after the wire text: it is forgotten, but the later reprint and copy are still in the window.
    const late = index.add({ id: 'late', text: WIRE, outlet: 'Evening Star', published: '2026-02-10' });
    assert.deepEqual(late.map((m) => [m.id, m.kind]).sort(), [['copy', 'exact'], ['reprint', 'syndicated']]);
    // Long after every copy: not matched, and the earlier group is still listed.
    assert.deepEqual(index.add({ id: 'much-later', text: WIRE, outlet: 'Wire', published: '2026-06-01' }), []);
    assert.deepEqual(index.groups().map((g) => g.articles), [['wire', 'reprint', 'copy', 'late']]);
  });

  it('with an article window, forgets a text without a date once that many articles came after it', () => {
    const others = (n: number) => Array.from({ length: n }, (_, i) => `${OWN_REPORT} Item ${i}.`);
    const index = createDuplicateIndex({ windowDays: 30, windowArticles: 3 });
    index.add({ id: 'wire', text: WIRE, outlet: 'Wire' });
    index.add({ id: 'dated', text: REPRINT, outlet: 'South Coast News', published: '2026-01-01' });
    index.add({ id: 'a0', text: OWN_REPORT, published: '2026-01-01' });
    // The third article after the undated wire text: still within the window.
    assert.deepEqual(index.add({ id: 'copy', text: WIRE, outlet: 'Morning Post' }).map((m) => m.id), ['wire', 'dated']);
    others(4).forEach((text, i) => index.add({ id: `b${i}`, text, published: '2026-01-02' }));
    // Now the undated texts are forgotten, but the dated reprint is left to the days.
    assert.deepEqual(index.add({ id: 'late', text: WIRE, outlet: 'Evening Star', published: '2026-01-03' }).map((m) => m.id), ['dated']);
    assert.deepEqual(index.groups().find((g) => g.articles.includes('wire'))?.articles, ['wire', 'dated', 'copy', 'late']);
    assert.throws(() => createDuplicateIndex({ windowArticles: 0 }), /windowArticles must be positive/);
  });

  it('without dates, an article window bounds the memory of the stream', () => {
    const index = createDuplicateIndex({ windowArticles: 2 });
    index.add({ id: 'wire', text: WIRE });
    index.add({ id: 'own', text: OWN_REPORT });
    assert.deepEqual(index.add({ id: 'copy', text: WIRE }).map((m) => m.id), ['wire']);
    index.add({ id: 'own-2', text: `${OWN_REPORT} A second edition.` });
    index.add({ id: 'own-3', text: `${OWN_REPORT} A third edition, with more.` });
    assert.deepEqual(index.add({ id: 'again', text: WIRE }), []);
  });

  it('without a window, matches copies however far apart', () => {
    const index = createDuplicateIndex();
    index.add({ id: 'wire', text: WIRE, published: '2020-01-01' });
    assert.deepEqual(index.add({ id: 'copy', text: WIRE, published: '2026-01-01' }).map((m) => m.id), ['wire']);
  });
});
