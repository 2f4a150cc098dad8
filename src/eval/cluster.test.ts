import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { evalCluster, shuffleUndated } from './cluster.js';
import { readClusterRows, unwrapLines } from './cluster-data.js';

const SMALL = fileURLToPath(new URL('./fixtures/cluster-small.jsonl', import.meta.url));

describe('evalCluster', () => {
  it('scores the small three-event fixture perfectly and reports its size and speed', async () => {
    const r = await evalCluster(SMALL);
    assert.equal(r.n, 8);
    assert.equal(r.events, 3);
    assert.equal(r.stories, 3);
    assert.equal(r.bcubedF1, 1);
    assert.equal(r.pairwiseF1, 1);
    assert.ok(r.seconds > 0 && r.articlesPerSecond > 0);
  });

  it('briefs and ingests each event alone and pairs of events together, as `crosscheck brief` and a new store cluster them', async () => {
    const r = await evalCluster(SMALL);
    assert.deepEqual([r.briefedAlone, r.briefedAloneEvents, r.briefedPairsBcubedF1], [1, 3, 1]);
    assert.deepEqual([r.ingestedAlone, r.ingestedPairsBcubedF1], [1, 1]);
  });

  it('scores the same fixture in batch mode and without entities', async () => {
    assert.equal((await evalCluster(SMALL, { mode: 'batch' })).bcubedF1, 1);
    assert.equal((await evalCluster(SMALL, { entities: false })).bcubedF1, 1);
  });

  it('clusters or scores one part of a file by event prefix', async () => {
    const alone = await evalCluster(SMALL, { only: 'flood' });
    assert.deepEqual([alone.n, alone.events, alone.stories, alone.bcubedF1], [4, 1, 1, 1]);
    const within = await evalCluster(SMALL, { scoreOnly: 'merger' });
    assert.deepEqual([within.n, within.events, within.stories, within.bcubedF1], [2, 1, 1, 1]);
  });

  it('reads null titles, dates and outlets as null', async () => {
    const rows = await readClusterRows(SMALL);
    const undated = rows.find((r) => r.id === 'flood-4')!;
    assert.deepEqual([undated.title, undated.published, undated.outlet], [null, null, null]);
  });
});

describe('shuffleUndated', () => {
  it('permutes the undated rows among their own places, the same way for one seed', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ id: i, published: i % 3 === 0 ? '2026-10-13' : null }));
    const a = shuffleUndated(rows, 7);
    assert.deepEqual(a.filter((r) => r.published).map((r) => r.id), [0, 3, 6, 9]);
    assert.deepEqual(a.map((r, i) => (r.published ? i : -1)).filter((i) => i >= 0), [0, 3, 6, 9]);
    assert.deepEqual([...a.map((r) => r.id)].sort((x, y) => x - y), rows.map((r) => r.id));
    assert.notDeepEqual(a.map((r) => r.id), rows.map((r) => r.id));
    assert.deepEqual(shuffleUndated(rows, 7), a);
    assert.notDeepEqual(shuffleUndated(rows, 8).map((r) => r.id), a.map((r) => r.id));
  });
});

describe('unwrapLines', () => {
  it('joins hard-wrapped lines and keeps blank-line paragraph breaks', () => {
    assert.equal(unwrapLines('Hurricane Mitch \nroared on.\n\nAid \n  arrived.'), 'Hurricane Mitch roared on.\n\nAid arrived.');
  });
});
