import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { evalCluster } from './cluster.js';
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

  it('scores the same fixture in batch mode and without entities', async () => {
    assert.equal((await evalCluster(SMALL, { mode: 'batch' })).bcubedF1, 1);
    assert.equal((await evalCluster(SMALL, { entities: false })).bcubedF1, 1);
  });

  it('reads null titles, dates and outlets as null', async () => {
    const rows = await readClusterRows(SMALL);
    const undated = rows.find((r) => r.id === 'flood-4')!;
    assert.deepEqual([undated.title, undated.published, undated.outlet], [null, null, null]);
  });
});

describe('unwrapLines', () => {
  it('joins hard-wrapped lines and keeps blank-line paragraph breaks', () => {
    assert.equal(unwrapLines('Hurricane Mitch \nroared on.\n\nAid \n  arrived.'), 'Hurricane Mitch roared on.\n\nAid arrived.');
  });
});
