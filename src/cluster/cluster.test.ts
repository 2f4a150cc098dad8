import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clusterFeatures, streamOrder } from './cluster.js';

describe('streamOrder', () => {
  it('sorts by publication day, keeps input order on ties and puts undated articles last', () => {
    const items = [
      { id: 'u1', published: null },
      { id: 'b', published: '2026-10-14T08:00:00Z' },
      { id: 'a', published: '2026-10-13' },
      { id: 'b2', published: '2026-10-14' },
      { id: 'u2', published: null },
    ];
    assert.deepEqual(streamOrder(items).map((x) => x.id), ['a', 'b', 'b2', 'u1', 'u2']);
  });
});

describe('clusterFeatures', () => {
  it('groups a collection given in any order by event', () => {
    const f = (id: string, text: string, published: string | null) => ({ id, title: null, text, published, outlet: null });
    const stories = clusterFeatures([
      f('m2', 'Pennant Dairy shareholders backed the takeover by Harlow Foods, chief executive Marta Klein said.', '2026-10-14'),
      f('f1', 'The Turia river burst its banks in Valencia, and Mayor Elena Ruiz opened schools as shelters.', '2026-10-13'),
      f('m1', 'Harlow Foods agreed to buy Pennant Dairy, chief executive Marta Klein said on Monday.', '2026-10-12'),
      f('f2', 'Valencia flooded when the Turia river overflowed; Mayor Elena Ruiz sheltered residents in schools.', null),
    ]);
    assert.deepEqual(stories, [['m1', 'm2'], ['f1', 'f2']]);
  });
});
