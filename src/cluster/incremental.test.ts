import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterFeatures } from './features.js';
import { eventAgeFactor, sortIds } from './incremental-state.js';
import { createIncrementalClusterer } from './incremental.js';

const FLOOD = 'Heavy rain flooded Valencia and the Turia river burst its banks, forcing thousands from their homes. Mayor Elena Ruiz opened schools as shelters.';
const FLOOD_2 = 'The Turia river overflowed in Valencia after torrential rain; Mayor Elena Ruiz said schools would shelter thousands of evacuated residents.';
const MERGER = 'Harlow Foods agreed to buy Pennant Dairy for 2.1 billion euros, creating the largest dairy group in northern Europe, chief executive Marta Klein said.';
const MERGER_2 = 'Pennant Dairy shareholders backed the 2.1 billion euro takeover by Harlow Foods; Marta Klein said the dairy deal awaits regulators.';

const article = (id: string, text: string, published: string | null, extra: Partial<ClusterFeatures> = {}): ClusterFeatures =>
  ({ id, title: null, text, published, outlet: null, ...extra });

describe('createIncrementalClusterer', () => {
  it('puts reports of one event in one story and another event in a new one', () => {
    const c = createIncrementalClusterer();
    const flood = c.add(article('f1', FLOOD, '2026-10-13'));
    const merger = c.add(article('m1', MERGER, '2026-10-13'));
    assert.notEqual(flood, merger);
    assert.equal(c.add(article('f2', FLOOD_2, '2026-10-14')), flood);
    assert.equal(c.add(article('m2', MERGER_2, '2026-10-14')), merger);
    assert.deepEqual(c.stories().map((s) => s.articles), [['f1', 'f2'], ['m1', 'm2']]);
    assert.equal(c.storyOf('m2'), merger);
    assert.equal(c.storyOf('unknown'), null);
  });

  it('splits a story that two events ran into, once each part has several reports', () => {
    const c = createIncrementalClusterer();
    const shared = 'officials court ruling appeal';
    const extra = ['shipping', 'cargo', 'cranes', 'ferries', 'berths'];
    const strike = (i: number) => `Harbour strike dockers union wages container port ${shared} walkout pickets ${extra[i]}`;
    const vote = (i: number) => `Election ballots recount governor candidate votes ${shared} precinct turnout ${extra[i]}`;
    const ids = [0, 1, 2, 3, 4];
    for (const i of ids) c.add(article(`a${i}`, strike(i), null));
    // A report naming both events joins the strike's story, and the election's reports follow it there.
    const bridged = c.add(article('x', `Harbour strike dockers union election ballots recount governor ${shared}`, null));
    assert.equal(c.storyOf('x'), c.storyOf('a0'));
    for (const i of ids.slice(0, 3)) assert.equal(c.add(article(`b${i}`, vote(i), null)), bridged);
    for (const i of ids.slice(3)) c.add(article(`b${i}`, vote(i), null));
    const stories = c.stories().map((s) => [...s.articles].sort());
    assert.deepEqual(stories.sort(), [['a0', 'a1', 'a2', 'a3', 'a4'], ['b0', 'b1', 'b2', 'b3', 'b4', 'x']]);
    assert.notEqual(c.storyOf('a0'), c.storyOf('b4'));
  });

  it('moves an early report to its own event\'s story once that story forms beside the one it joined', () => {
    const c = createIncrementalClusterer();
    const ports = ['shipping', 'cargo', 'cranes', 'ferries', 'berths', 'tugs'];
    const wards = ['county', 'district', 'ward'];
    const strike = (i: number) => `Harbour strike dockers union wages container port walkout pickets ${ports[i]}`;
    const vote = (i: number) => `Election ballots recount governor candidate votes precinct turnout ${wards[i]}`;
    for (const i of [0, 1, 2, 3, 4, 5]) c.add(article(`a${i}`, strike(i), null));
    // The election's first report also names the strike: with no election story yet, it joins the strike's.
    c.add(article('x', 'Election ballots recount governor harbour strike dockers', null));
    assert.equal(c.storyOf('x'), c.storyOf('a0'));
    const vote0 = c.add(article('b0', vote(0), null));
    assert.notEqual(vote0, c.storyOf('a0'));
    // The second election report joins the election story while the strike's is a close second: x moves.
    assert.equal(c.add(article('b1', vote(1), null)), vote0);
    assert.equal(c.storyOf('x'), vote0);
    assert.equal(c.add(article('b2', vote(2), null)), vote0);
    const stories = c.stories().map((s) => [...s.articles].sort());
    assert.deepEqual(stories, [['a0', 'a1', 'a2', 'a3', 'a4', 'a5'], ['b0', 'b1', 'b2', 'x']]);
  });

  it('uses entity names as evidence beside the words', () => {
    const c = createIncrementalClusterer();
    const people = [{ name: 'Elena Ruiz', mentions: 3 }, { name: 'Valencia', mentions: 2 }];
    const first = c.add(article('a', 'The mayor opened schools as shelters on Tuesday night.', '2026-10-13', { entities: people }));
    const second = c.add(article('b', 'Shelters were opened by the mayor in schools.', '2026-10-13', { entities: people }));
    assert.equal(second, first);
  });

  it('closes a story a week after its last article, so a later report starts a new story', () => {
    const c = createIncrementalClusterer();
    const first = c.add(article('f1', FLOOD, '2026-10-13'));
    c.add(article('m1', MERGER, '2026-10-20'));
    assert.equal(c.openStories(), 2);
    const later = c.add(article('f2', FLOOD_2, '2026-10-25'));
    assert.notEqual(later, first);
    // The flood story of the 13th left the index: only the merger story and the new one are open.
    assert.equal(c.openStories(), 2);
  });

  it('closes a story without dates once enough later articles went elsewhere (an undated stream), and leaves dated stories to the days', () => {
    const word = (n: number) => ['ka', 'lo', 'mir', 'ta', 'ven', 'su', 'dra', 'nel'].map((s, i) => (n >> i) & 1 ? s : '').join('') || 'ox';
    const filler = (i: number) => `Quarterly ${word(i)}${word(i + 3)} shipments of ${word(i * 7)}ware rose at the ${word(i * 5 + 1)}berg depot.`;
    const rejoins = (published: string | null, windowArticles?: number) => {
      const c = createIncrementalClusterer(windowArticles === undefined ? {} : { windowArticles });
      const first = c.add(article('f1', FLOOD, published));
      for (let i = 0; i < 200; i++) c.add(article(`x${i}`, filler(i), published));
      const open = c.openStories();
      return { joined: c.add(article('f2', FLOOD_2, published)) === first, open };
    };
    const closed = rejoins(null, 100);
    assert.equal(closed.joined, false, '200 articles after its last, the flood story was closed');
    assert.ok(closed.open < rejoins(null).open, 'closed stories leave the index');
    assert.equal(rejoins(null).joined, true, 'within the default window it is still open');
    assert.equal(rejoins('2026-10-13', 100).joined, true, 'a dated story stays open for its days');
    assert.throws(() => createIncrementalClusterer({ windowArticles: 0 }), /windowArticles/);
  });

  it('asks a report days after a story began to be closer before it joins (a follow-up event)', () => {
    const joinsSixDaysLater = (eventDays: number) => {
      const c = createIncrementalClusterer({ eventDays });
      const first = c.add(article('f1', FLOOD, '2026-10-13'));
      return c.add(article('f2', FLOOD_2, '2026-10-19')) === first;
    };
    assert.equal(joinsSixDaysLater(7), true);
    assert.equal(joinsSixDaysLater(1), false);
    // Within the event's days an article keeps its similarity; past them it falls with the square of the days.
    assert.equal(eventAgeFactor(3, 3), 1);
    assert.equal(eventAgeFactor(6, 3), 0.25);
    assert.ok(Math.abs(eventAgeFactor(4, 3) - 0.5625) < 1e-12);
  });

  it('places an undated article against the stories open now', () => {
    const c = createIncrementalClusterer();
    const flood = c.add(article('f1', FLOOD, '2026-10-13'));
    c.add(article('m1', MERGER, '2026-10-14'));
    assert.equal(c.add(article('f2', FLOOD_2, null)), flood);
  });

  it('rejects a repeated article id, a threshold outside (0, 1] and a candidate count that is no positive integer', () => {
    const c = createIncrementalClusterer();
    c.add(article('f1', FLOOD, null));
    assert.throws(() => c.add(article('f1', FLOOD_2, null)), /added twice/);
    assert.throws(() => createIncrementalClusterer({ threshold: 0 }), /threshold/);
    assert.throws(() => createIncrementalClusterer({ maxCandidates: 0 }), /maxCandidates/);
    assert.throws(() => createIncrementalClusterer({ maxCandidates: 2.5 }), /maxCandidates/);
  });
});

describe('sortIds', () => {
  it('sorts term ids as a comparison sort does, for ids of one to four bytes', () => {
    let x = 7;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
    for (const [count, max] of [[0, 10], [1, 10], [2, 10], [300, 200], [500, 70_000], [500, 20_000_000], [64, 2 ** 31 - 1]] as const) {
      // A longer buffer than `count`: only the first `count` are sorted and returned.
      const ids = Int32Array.from({ length: count + 5 }, () => next() % max);
      assert.deepEqual([...sortIds(ids, count)], [...ids.slice(0, count)].sort((a, b) => a - b), `${count} ids below ${max}`);
    }
  });
});
