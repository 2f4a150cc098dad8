import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newsBackground } from './background.js';
import { clusterFeatures, createStreamClusterer, streamOrder } from './cluster.js';
import { createIncrementalClusterer } from './incremental.js';

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

describe('clusterFeatures with the news document frequencies', () => {
  const f = (id: string, text: string) => ({ id, title: null, text, published: null, outlet: null });
  const shuttle = [
    f('s1', 'Astronauts boarded the space shuttle Endeavour on Friday for the first space station construction flight, a day after an alarm halted the countdown.'),
    f('s2', 'The shuttle Endeavour lifted off on Friday with six astronauts, carrying the Unity module for the international space station.'),
    f('s3', 'NASA said the Endeavour crew would capture the Russian-built Zarya module and join it to Unity, the first two pieces of the space station.'),
    f('s4', 'Endeavour closed in on Zarya on Sunday, and the astronauts used the shuttle robot arm to attach the module to the space station node.'),
    f('s5', 'Flight controllers said the astronauts on Endeavour had begun the first of three spacewalks to wire the station modules together.'),
  ];
  const flood = [
    f('f1', 'The Turia river burst its banks in Valencia on Friday, and Mayor Elena Ruiz opened schools as shelters for flooded families.'),
    f('f2', 'Valencia flooded when the Turia river overflowed; Mayor Elena Ruiz sheltered residents in schools and asked for army help.'),
  ];

  it('keeps a handful of articles on one event together, which their own counts alone split', () => {
    assert.deepEqual(clusterFeatures(shuttle), [['s1', 's2', 's3', 's4', 's5']]);
    assert.ok(clusterFeatures(shuttle, { background: false }).length > 1);
  });

  it('still keeps two events apart', () => {
    assert.deepEqual(clusterFeatures([...shuttle, ...flood]), [['s1', 's2', 's3', 's4', 's5'], ['f1', 'f2']]);
  });

  const streamed = (clusterer: ReturnType<typeof createIncrementalClusterer>, items: typeof shuttle) => {
    for (const x of items) clusterer.add(x);
    return clusterer.stories().map((s) => [...s.articles]);
  };

  it('keeps a new feed\'s first articles on one event together, and two events apart', () => {
    assert.deepEqual(streamed(createStreamClusterer(), [...shuttle, ...flood]), [['s1', 's2', 's3', 's4', 's5'], ['f1', 'f2']]);
    assert.ok(streamed(createIncrementalClusterer(), shuttle).length > 1);
  });

  it('drops the table once the feed has counted `backgroundArticles` of its own', () => {
    const plain = streamed(createIncrementalClusterer(), [...shuttle, ...flood]);
    // Dropped before any story: the stories of a feed that never read the table.
    assert.deepEqual(streamed(createStreamClusterer({ backgroundArticles: 0 }), [...shuttle, ...flood]), plain);
    // Dropped after two articles placed with it: every later article is weighed by the feed's own counts.
    const late = createStreamClusterer({ backgroundArticles: 2 });
    const early = streamed(late, shuttle.slice(0, 2));
    assert.deepEqual(early, [['s1', 's2']]);
    const rest = streamed(late, [...shuttle.slice(2), ...flood]);
    assert.ok(rest.length > 2, `the feed's own counts split the shuttle articles: ${JSON.stringify(rest)}`);
    assert.ok(rest.some((s) => s.includes('f1') && s.includes('f2') && s.every((id) => id.startsWith('f'))));
    assert.throws(() => createStreamClusterer({ backgroundArticles: -1 }), /backgroundArticles/);
  });

  it('names the file and the script that builds it when the table cannot be read', () => {
    assert.throws(() => newsBackground(new URL('file:///nonexistent/news-document-frequencies.json.gz')), /nonexistent.*scripts\/build-background\.ts/);
  });
});
