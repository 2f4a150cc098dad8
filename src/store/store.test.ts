import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { createAnnotator } from '../pipeline.js';
import { makeArticle } from '../test-support/articles.js';
import { annotatedFromRow, articleColumns } from './annotations-codec.js';
import {
  checkConsistency, createStoreIngester, listStories, mergeStories, openStore, pglitePool, searchStories, splitStory, storyBrief, toStoreError, type Store,
} from './index.js';
import { inventedName, placementSnapshot, report, tempDir, writeJsonl, type GeneratedArticle } from './store-test-kit.js';

const NOW = () => new Date('2026-11-25T12:00:00Z');

/** Where a test's stores live: SQLite files in a temp folder, or schemas of one in-process PostgreSQL. */
interface Backend {
  readonly name: string;
  /** Opens (creating on first use) the store called `name`; the same name reopens the same store. */
  open(name: string): Promise<Store>;
}

/** PGlite takes seconds of CPU to start: one instance serves every PostgreSQL store of this file. */
let pglite: PGlite | undefined;
const sharedPglite = async (): Promise<PGlite> => (pglite ??= await PGlite.create());
after(async () => pglite?.close());

/** A store's schema name: its file name without the extension. */
const schemaOf = (name: string): string => name.replace(/\.db$/, '');
const openPglite = async (name: string, create?: boolean): Promise<Store> => openStore({
  location: `postgres://pglite/${schemaOf(name)}`,
  postgresPool: pglitePool(await sharedPglite(), { schema: schemaOf(name) }),
  ...(create !== undefined && { create }),
});

/**
 * A PostgreSQL server to run the same tests against as well, when given (e.g.
 * `CROSSCHECK_TEST_POSTGRES=postgres://me@127.0.0.1/scratch`): each store in a schema of its own,
 * dropped afterwards.
 */
const SERVER = process.env['CROSSCHECK_TEST_POSTGRES'];
const serverSchemas = new Set<string>();
async function onServer(sqlText: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}
const openServer = async (name: string): Promise<Store> => {
  const schema = `crosscheck_test_${process.pid}_${schemaOf(name)}`;
  if (!serverSchemas.has(schema)) await onServer(`create schema if not exists ${schema}`);
  serverSchemas.add(schema);
  return openStore({ location: `${SERVER}${SERVER!.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}` });
};
after(async () => {
  for (const schema of serverSchemas) await onServer(`drop schema ${schema} cascade`);
});

const BACKENDS: readonly ((dir: () => string) => Backend)[] = [
  (dir) => ({ name: 'SQLite', open: (name) => openStore({ location: path.join(dir(), name) }) }),
  () => ({ name: 'PostgreSQL (in-process)', open: (name) => openPglite(name) }),
  ...(SERVER !== undefined && SERVER !== '' ? [() => ({ name: 'a PostgreSQL server', open: openServer })] : []),
];

for (const makeBackend of BACKENDS) {
  let dir: string;
  let cleanup: () => void;
  const backend = makeBackend(() => dir);

  describe(`the store on ${backend.name}`, () => {
    before(() => ({ dir, cleanup } = tempDir()));
    after(() => cleanup());

    const open = (name: string): Promise<Store> => backend.open(name);
    const ingester = (store: Store) => createStoreIngester(store, { now: NOW, ingest: { network: false } });

    it('titles a story by its straight-news report, as the brief does, whatever the order of arrival', async () => {
      const store = await open('titles.db');
      const seeds = path.join(path.dirname(new URL(import.meta.url).pathname), '../../examples/seed-story');
      await ingester(store).ingest([path.join(seeds, '000_497f729e8a7bba6e.txt'), path.join(seeds, '003_caa0046a1ff74166.txt')]);
      const [story] = await listStories(store);
      assert.equal(story?.title, 'China VP Wang on 1st overseas trip to cement ties with Russia, Belarus');
      const brief = await storyBrief(store, story!.id);
      assert.equal(brief.stories[0]!.title, story!.title);
      await store.close();
    });

    it('stores each report once, groups reports of one event into a story, and skips them when ingested again', async () => {
      const store = await open('again.db');
      const file = writeJsonl(path.join(dir, 'again.jsonl'), [report(1, 0), report(1, 1), report(1, 2), report(2, 0), report(2, 1)]);
      const first = await ingester(store).ingest([file]);
      assert.equal(first.stored.length, 5);
      const stories = await listStories(store);
      assert.deepEqual(stories.map((s) => [s.articles, s.outlets]).sort(), [[2, 2], [3, 3]]);

      const second = await ingester(store).ingest([file]);
      assert.equal(second.stored.length, 0);
      assert.equal(second.skipped.length, 5);
      // The same text under another name is the same report; another text at a stored URL is too.
      const renamed = writeJsonl(path.join(dir, 'renamed.jsonl'), [{ ...report(1, 0), url: 'https://elsewhere.example/x' }, { ...report(3, 0), url: report(2, 1).url }]);
      const third = await ingester(store).ingest([renamed]);
      assert.deepEqual(third.skipped.map((s) => s.reason), ['same-content', 'same-url']);
      assert.deepEqual(await checkConsistency(store), []);
      await store.close();
    });

    it("keeps a new store's first reports of one event in one story, which the store's own counts alone split", async () => {
      const store = await open('first-reports.db');
      const texts = [
        'Astronauts boarded the space shuttle Endeavour on Friday for the first space station construction flight, a day after an alarm halted the countdown. Relatives watched from bleachers three miles away, and tourists filled motels along the coast hoping to see a night launch.',
        'The shuttle Endeavour lifted off on Friday with six astronauts, carrying the Unity module for the international space station. Budget hearings in Congress last spring had questioned the cost overruns, which auditors put at several billion dollars over the original estimate.',
        'NASA said the Endeavour crew would capture the Russian-built Zarya module and join it to Unity, the first two pieces of the space station. Moscow had struggled to pay its share, and a bank loan arranged in the summer kept the Russian factory building the hardware.',
        'Endeavour closed in on Zarya on Sunday, and the astronauts used the shuttle robot arm to attach the module to the space station node. A Canadian company built the arm, whose joints were tested for months in a warehouse outside Toronto before it was approved.',
        'Flight controllers said the astronauts on Endeavour had begun the first of three spacewalks to wire the station modules together. Schoolchildren in Houston followed the work on television, and a museum opened an exhibit about earlier walks outside a spacecraft.',
      ];
      const titles = ['Crew boards for launch', 'Liftoff after a day of delay', 'Two modules to be joined', 'Robot arm does its work', 'Spacewalkers head outside'];
      const file = writeJsonl(path.join(dir, 'first-reports.jsonl'), texts.map((text, i) => ({ title: titles[i]!, text, outlet: `Outlet ${i}`, published: '2026-10-13', url: `https://news${i}.example/shuttle` })));
      const result = await ingester(store).ingest([file]);
      assert.deepEqual([result.stored.length, result.diagnostics], [5, []]);
      assert.deepEqual((await listStories(store)).map((s) => s.articles), [5]);
      await store.close();
    });

    it('titles a story none of whose articles has a headline by its first article\'s lead, as the brief does', async () => {
      const store = await open('untitled.db');
      const lead = 'Astronauts boarded the space shuttle Endeavour on Friday for the first space station construction flight, a day after an alarm halted the countdown.';
      const file = writeJsonl(path.join(dir, 'untitled.jsonl'), [{ title: '', text: `${lead} Relatives watched from bleachers three miles away, and tourists filled motels along the coast hoping to see a night launch of the shuttle.`, outlet: 'Wire', published: '2026-10-13', url: 'https://wire.example/shuttle' }]);
      const run = await ingester(store).ingest([file]);
      assert.deepEqual([run.stored.length, run.diagnostics.map((d) => d.rule)], [1, ['no-title']]);
      const [story] = await listStories(store);
      assert.equal(story?.title, 'Astronauts boarded the space shuttle Endeavour on Friday for the first space station construction …');
      const brief = await storyBrief(store, story!.id);
      assert.equal(brief.stories[0]!.title, story!.title);
      await store.close();
    });

    it('groups syndicated copies and counts them as one outlet', async () => {
      const store = await open('wire.db');
      const wire = report(5, 0);
      const file = writeJsonl(path.join(dir, 'wire.jsonl'), [
        wire,
        { ...wire, outlet: 'Valley Post', url: 'https://valley.example/wire' },
        { ...wire, outlet: 'City Wire', url: 'https://city.example/wire', text: `${wire.text}\n\nLocal councillors will meet on Thursday.` },
        report(5, 3),
      ]);
      const run = await ingester(store).ingest([file]);
      assert.equal(run.stored.length, 4);
      assert.equal(run.stored.filter((p) => p.joinedBy === 'copy').length, 2);
      const [story] = await listStories(store);
      assert.equal(story?.articles, 4);
      assert.equal(story?.outlets, 2, 'the wire story and its two reprints are one source, the own report another');
      const groups = await store.db.selectFrom('duplicate_groups').selectAll().execute();
      assert.deepEqual(groups.map((g) => g.kind), ['syndicated']);
      await store.close();
    });

    it('treats a reprint as a copy only within the duplicate window, also after reopening the store', async () => {
      const store = await open('window.db');
      const wire = report(6, 0, '2026-07-01');
      const reprint = (outlet: string, published: string) => ({ ...wire, outlet, published, url: `https://${outlet.toLowerCase()}.example/wire` });
      const first = await ingester(store).ingest([writeJsonl(path.join(dir, 'w1.jsonl'), [wire, reprint('Valley', '2026-07-03')])]);
      assert.deepEqual(first.stored.map((p) => p.joinedBy), ['new', 'copy']);
      await store.close();
      // Reopened: the index is rebuilt from the store. Months later the same text is no copy of July's;
      // two days after that, a reprint copies the October one.
      const again = await open('window.db');
      const later = await ingester(again).ingest([writeJsonl(path.join(dir, 'w2.jsonl'), [reprint('City', '2026-10-13'), reprint('Harbour', '2026-10-15')])]);
      assert.deepEqual(later.stored.map((p) => [p.joinedBy, p.duplicateOf !== null]), [['new', false], ['copy', true]]);
      assert.notEqual(later.stored[1]!.duplicateOf, first.stored[1]!.duplicateOf);
      assert.deepEqual(await checkConsistency(again), []);
      await again.close();
    });

    it('keeps a split article out of its old story and merged stories together as more reports arrive', async () => {
      const store = await open('corrections.db');
      await ingester(store).ingest([writeJsonl(path.join(dir, 'c1.jsonl'), [report(7, 0), report(7, 1), report(7, 2), report(8, 0)])]);
      const before = await listStories(store);
      const seven = before.find((s) => s.articles === 3)!;
      const eight = before.find((s) => s.articles === 1)!;
      const brief = await storyBrief(store, seven.id);
      const moved = brief.articles[2]!.id;
      const split = await splitStory(store, seven.id, [moved], { now: NOW });
      await mergeStories(store, eight.id, split.story, { now: NOW });

      await ingester(store).ingest([writeJsonl(path.join(dir, 'c2.jsonl'), [report(7, 3, '2026-10-14'), report(8, 1, '2026-10-14')])]);
      const after = await listStories(store);
      assert.equal(after.length, 2);
      const sevenNow = (await storyBrief(store, seven.id)).stories[0]!;
      assert.ok(!sevenNow.articles.includes(moved), 'the split article stays out');
      assert.equal(sevenNow.articles.length, 3);
      const merged = await storyBrief(store, split.story);
      assert.equal(merged.stories[0]!.id, eight.id, 'the merged-away id leads to the surviving story');
      assert.equal(merged.diagnostics[0]?.rule, 'story-merged');
      assert.equal(merged.stories[0]!.articles.length, 3);
      const corrections = await store.db.selectFrom('corrections').select('kind').orderBy('seq').execute();
      assert.deepEqual(corrections.map((c) => c.kind), ['split', 'merge']);
      assert.deepEqual(await checkConsistency(store), []);
      await store.close();
    });

    it('rejects corrections that make no sense, naming the fix', async () => {
      const store = await open('corrections.db');
      const [s] = await listStories(store);
      await assert.rejects(mergeStories(store, s!.id, s!.id), /already one story/);
      await assert.rejects(splitStory(store, s!.id, ['nope']), /not in story .*nope/);
      await assert.rejects(storyBrief(store, 's999'), /no story "s999"/);
      await store.close();
    });

    it('drops absurd and missing dates with a diagnostic and still stores the article', async () => {
      const store = await open('dates.db');
      const file = writeJsonl(path.join(dir, 'dates.jsonl'), [report(10, 0, '1066-10-14'), report(11, 0, '2999-01-01'), report(12, 0, null), report(13, 0, '2026-10-13')]);
      const run = await ingester(store).ingest([file]);
      assert.equal(run.stored.length, 4);
      const rules = run.diagnostics.map((d) => d.rule);
      assert.equal(rules.filter((r) => r === 'implausible-published').length, 2);
      assert.ok(rules.includes('no-published-date'));
      const dates = (await store.db.selectFrom('articles').select('published').orderBy('seq').execute()).map((r) => r.published);
      assert.deepEqual(dates.sort(), ['2026-10-13', null, null, null]);
      await store.close();
    });

    it('reports empty and broken items and stores the rest of the batch', async () => {
      const store = await open('bad.db');
      const file = path.join(dir, 'bad.jsonl');
      writeFileSync(file, [JSON.stringify(report(20, 0)), '{"title": "no text", "text": "   "}', 'not json', JSON.stringify(report(21, 0))].join('\n'));
      const empty = path.join(dir, 'empty.txt');
      writeFileSync(empty, '');
      const run = await ingester(store).ingest([file, empty, path.join(dir, 'missing.txt')]);
      assert.equal(run.stored.length, 2);
      const rules = run.diagnostics.map((d) => d.rule);
      for (const rule of ['bad-jsonl-line', 'empty-file', 'unreadable']) assert.ok(rules.includes(rule), rule);
      await store.close();
    });

    it('gives distinct ids to different articles whose sources share a name, across runs', async () => {
      const store = await open('ids.db');
      const a = path.join(dir, 'one', 'story.txt');
      const b = path.join(dir, 'two', 'story.txt');
      for (const [file, event] of [[a, 30], [b, 31]] as const) {
        const r = report(event, 0);
        (await import('node:fs')).mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, `${r.title}\n\n${r.text}\n`);
      }
      const first = await ingester(store).ingest([a]);
      const second = await ingester(store).ingest([b]);
      assert.deepEqual([first.stored[0]?.id, second.stored[0]?.id], ['story', 'story-2']);
      await store.close();
    });

    it('finds stories by title words, name prefixes, outlet and dates, diacritics and case aside', async () => {
      const store = await open('search.db');
      const cafe = { ...report(52, 0, '2026-10-20'), title: "Café owners in Málaga protest O'Brien bridge plan", url: 'https://news.example/cafe' };
      await ingester(store).ingest([writeJsonl(path.join(dir, 'search.jsonl'), [report(50, 0), report(50, 1), report(51, 2, '2026-10-15'), report(51, 3, '2026-10-15'), cafe])]);
      const stories = await listStories(store);
      const idOf = (title: string) => stories.find((s) => s.title.startsWith(title))?.id;
      const club = idOf(`${inventedName(50, 4)} Holdings buys`)!;
      const strike = idOf('Teachers strike')!;
      const bridge = idOf('Café')!;
      assert.deepEqual([club, strike, bridge].every((id) => id !== undefined), true);
      const found = async (search: Parameters<typeof searchStories>[1]) => {
        const page = await searchStories(store, search);
        return [page.total, page.stories.map((s) => s.id)];
      };
      assert.deepEqual(await found({ words: 'footb stadi' }), [1, [club]], 'every word, each as a prefix');
      assert.deepEqual(await found({ words: 'football strike' }), [0, []]);
      assert.deepEqual(await found({ words: 'CAFE malaga' }), [1, [bridge]], 'case and accents ignored');
      assert.deepEqual(await found({ words: "o'brie" }), [1, [bridge]], "a word with an apostrophe is a phrase of two tokens");
      assert.deepEqual(await found({ words: '--' }), [0, []], 'a word without letters matches nothing');
      const person = `${inventedName(51, 1).slice(0, 3)} ${inventedName(51, 2).slice(0, 4)}`;
      assert.deepEqual(await found({ entity: person }), [1, [strike]], 'a name by the first letters of its words');
      assert.deepEqual(await found({ entity: `${inventedName(51, 2).slice(0, 4)} ${inventedName(51, 1).slice(0, 3)}` }), [0, []], 'in their order');
      assert.deepEqual(await found({ outlet: 'city WIRE' }), [1, [strike]], 'an outlet by part of its name, case-blind');
      assert.deepEqual(await found({ outlet: 'Harbour', from: '2026-10-14' }), [1, [bridge]]);
      assert.deepEqual(await found({ to: '2026-10-13' }), [1, [club]]);
      assert.deepEqual(await found({ limit: 1, offset: 1 }), [3, [strike]], 'pages in the list order, newest first');
      await store.close();
    });

    it('finds articles written to the store by other means, and no longer by a title they lost', async () => {
      const store = await open('outside.db');
      await ingester(store).ingest([writeJsonl(path.join(dir, 'outside.jsonl'), [report(53, 0), report(54, 1)])]);
      const pending = async () => store.kind === 'postgres'
        ? Number((await sql<{ n: number }>`select count(*) as n from article_search_pending`.execute(store.db)).rows[0]!.n) : 0;
      assert.equal(await pending(), 0, 'the placement writer writes the tokens itself');
      const [first, second] = await store.db.selectFrom('story_articles').select(['article_id', 'story_id']).orderBy('article_id').execute();
      // An article inserted and another retitled with plain SQL, as another tool or a hand repair would.
      await store.write(async (tx) => {
        await sql`insert into articles (seq, id, content_hash, source, url, outlet, title, published, standfirst, byline, language, text, removed, genre,
            annotations, entity_names, diagnostics, ingested_at, run_id)
          select seq + 100, 'outside-1', 'outside-hash', 'outside-source', null, outlet, 'Zorvath ferry resumes', published, standfirst, byline, language, text,
            removed, genre, annotations, '[["Ilsa Quorn", 2]]', diagnostics, ingested_at, run_id from articles where id = ${first!.article_id}`.execute(tx);
        await sql`insert into story_articles (article_id, story_id, joined_by, joined_at) values ('outside-1', ${first!.story_id}, 'new', 'x')`.execute(tx);
        await sql`update articles set title = 'Plimvane harbour reopens' where id = ${second!.article_id}`.execute(tx);
      });
      const found = async (search: Parameters<typeof searchStories>[1]) => (await searchStories(store, search)).stories.map((s) => s.id);
      assert.deepEqual(await found({ words: 'zorvath' }), [first!.story_id]);
      assert.deepEqual(await found({ entity: 'ilsa quorn' }), [first!.story_id]);
      assert.deepEqual(await found({ words: 'plimvane' }), [second!.story_id]);
      const oldTitle = report(54, 1).title.split(' ').find((w) => /^[A-Z][a-z]{5,}$/.test(w) && !report(53, 0).title.includes(w))!;
      assert.deepEqual(await found({ words: oldTitle }), [], `"${oldTitle}" was only in the title that was replaced`);
      assert.equal(await pending(), 0);
      assert.deepEqual(await checkConsistency(store), []);
      if (store.kind === 'postgres') {
        // Tokens lost without a trace (deleted by hand) are reported.
        await sql`delete from article_search where article_id = 'outside-1'`.execute(store.db);
        assert.deepEqual(await checkConsistency(store), ['1 articles without search tokens']);
      }
      await store.close();
    });

    it('rolls a failed write back whole', async () => {
      const store = await open('rollback.db');
      await assert.rejects(store.write(async (tx) => {
        await tx.insertInto('stories').values({ seq: 1, id: 's1', title: 'half', created_at: 'x', updated_at: 'x', first_published: null, last_published: null, merged_into: null }).execute();
        throw new Error('failed half-way');
      }), /failed half-way/);
      assert.deepEqual(await store.db.selectFrom('stories').selectAll().execute(), []);
      await store.close();
    });
  });
}

describe('placing on every backend', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = tempDir()));
  after(() => cleanup());

  /** Reports of events 20–31 over four days, some undated, with wire reprints (exact and near) and a repeat. */
  const firstRun = (): GeneratedArticle[] => {
    const out: GeneratedArticle[] = [];
    for (let e = 20; e < 32; e++) {
      for (let v = 0; v < 4; v++) out.push(report(e, v, (e + v) % 7 === 0 ? null : `2026-10-${String(10 + ((e + v) % 4)).padStart(2, '0')}`));
      if (e % 3 === 2) {
        const wire = report(e, 0, '2026-10-12');
        out.push({ ...wire, outlet: 'Valley Post', url: `https://valley.example/${e}` });
        out.push({ ...wire, outlet: 'City Wire', url: `https://city.example/${e}`, text: `${wire.text}\n\nLocal councillors will meet on Thursday.` });
      }
    }
    out.push(report(21, 1));
    return out;
  };
  /**
   * More reports, one date (so they are placed in this order): repeats of stored articles (same text,
   * same URL), reprints of stored ones, reports of new events, and one text three times. Ingested in
   * batches of three, the second of the three is caught within its batch and the third by the run's
   * own earlier batch, after the check of its group of three was made.
   */
  const secondRun = (): GeneratedArticle[] => {
    const day = '2026-10-14';
    const twice = (n: number) => ({ ...report(32, 1, day), url: `https://twice.example/${n}` });
    return [
      { ...report(24, 1, day), url: 'https://elsewhere.example/24' },
      { ...report(23, 0, day), outlet: 'Harbour Daily', url: 'https://harbour.example/23' },
      { ...report(26, 2, day), outlet: 'Harbour Daily', url: 'https://harbour.example/26' },
      report(32, 0, day),
      twice(1),
      twice(2),
      report(33, 0, day),
      report(33, 2, day),
      twice(3),
      { ...report(35, 0, day), url: report(22, 0).url },
      report(34, 0, day),
      report(34, 2, day),
      report(27, 3, day),
      report(32, 2, null),
    ];
  };

  it('makes the same stories, copies and skips on PostgreSQL as on SQLite, batch by batch and across runs and corrections', async () => {
    const first = writeJsonl(path.join(dir, 'first.jsonl'), firstRun());
    const second = writeJsonl(path.join(dir, 'second.jsonl'), secondRun());
    const outcomes: { name: string; runs: unknown[]; snapshot: unknown }[] = [];
    for (const makeBackend of BACKENDS) {
      const backend = makeBackend(() => dir);
      const store = await backend.open('alike.db');
      const ingest = (file: string, batchArticles: number) => createStoreIngester(store, { now: NOW, ingest: { network: false }, batchArticles }).ingest([file]);
      const runs: unknown[] = [];
      const summary = (r: Awaited<ReturnType<typeof ingest>>) => ({ stored: r.stored, skipped: r.skipped, rules: r.diagnostics.map((d) => [d.source, d.rule]) });
      runs.push(summary(await ingest(first, 5)));
      // Corrections on the stored stories: the later run must respect them on both backends.
      const stories = await listStories(store, { limit: 100 });
      const [a, b, c] = stories.filter((x) => x.articles >= 3);
      const moved = (await storyBrief(store, a!.id)).articles[1]!.id;
      const split = await splitStory(store, a!.id, [moved], { now: NOW });
      await mergeStories(store, b!.id, c!.id, { now: NOW });
      runs.push(split.story);
      runs.push(summary(await ingest(second, 3)));
      runs.push(summary(await ingest(first, 4)));
      assert.deepEqual(await checkConsistency(store), []);
      outcomes.push({ name: backend.name, runs, snapshot: await placementSnapshot(store) });
      await store.close();
    }
    const [sqlite, ...others] = outcomes;
    const snapshot = sqlite!.snapshot as Awaited<ReturnType<typeof placementSnapshot>>;
    assert.ok(snapshot.groups.length >= 5 && snapshot.members.some((m) => m[2] !== null && m[3] !== 'exact'), 'exact and near copies among the stored');
    assert.ok(snapshot.articles.some((r) => r[3] === 'copy') && snapshot.articles.some((r) => r[3] === 'cluster'));
    for (const other of others) {
      assert.deepEqual(other.snapshot, sqlite!.snapshot, `${other.name}: the same placing as SQLite's`);
      assert.deepEqual(other.runs, sqlite!.runs, `${other.name}: the same reports`);
    }
  });
});

describe('stored rows', () => {
  it('rebuilds annotations from a stored row exactly', () => {
    const annotated = createAnnotator().article(makeArticle('"We will rebuild," Mayor Ana Lopez said on Tuesday.\n\nThe bridge fell on 3 March 2026.', { title: 'Bridge' }));
    const columns = articleColumns(annotated, null);
    assert.deepEqual(annotatedFromRow(columns), annotated);
  });
});

describe('opening a store', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = tempDir()));
  after(() => cleanup());

  it('waits for a locked store, then fails with a clear error and loses nothing', async () => {
    const file = path.join(dir, 'locked.db');
    const store = await openStore({ location: file, busyTimeoutMs: 100 });
    await createStoreIngester(store, { now: NOW }).ingest([writeJsonl(path.join(dir, 'l1.jsonl'), [report(40, 0)])]);
    const other = new Database(file);
    other.exec('begin immediate');
    const started = Date.now();
    await assert.rejects(
      createStoreIngester(store, { now: NOW }).ingest([writeJsonl(path.join(dir, 'l2.jsonl'), [report(41, 0)])]),
      (e: Error & { code?: string }) => e.name === 'StoreError' && e.code === 'locked' && e.message.includes(file) && /waited 100 ms/.test(e.message),
    );
    assert.ok(Date.now() - started >= 90, 'it waited for the lock');
    other.exec('rollback');
    other.close();
    const again = await createStoreIngester(store, { now: NOW }).ingest([path.join(dir, 'l1.jsonl'), path.join(dir, 'l2.jsonl')]);
    assert.equal(again.stored.length, 1);
    assert.equal(again.skipped.length, 1);
    assert.deepEqual(await checkConsistency(store), []);
    await store.close();
  });

  it('names a file that is not a database and leaves it untouched', async () => {
    const file = path.join(dir, 'notes.db');
    writeFileSync(file, 'These are my notes, not a database.\n'.repeat(200));
    const bytes = readFileSync(file);
    await assert.rejects(openStore({ location: file }), (e: Error & { code?: string }) => e.code === 'not-a-store' && e.message.includes(file));
    assert.deepEqual(readFileSync(file), bytes);
  });

  it('says that a missing store must be ingested first', async () => {
    await assert.rejects(openStore({ location: path.join(dir, 'none.db'), create: false }), /no store at .*none\.db.*crosscheck ingest/);
  });

  it('refuses a store written by a newer version', async () => {
    const file = path.join(dir, 'newer.db');
    (await openStore({ location: file })).close();
    const raw = new Database(file);
    raw.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('9999-future', new Date().toISOString());
    raw.close();
    await assert.rejects(openStore({ location: file }), /newer Crosscheck/);
  });
});

describe('opening a PostgreSQL store', () => {
  it('names a server it cannot reach, without its password', async () => {
    // Port 1 on the loopback address: nothing listens there, so the connection is refused at once.
    await assert.rejects(openStore({ location: 'postgresql://reader:s3cret@127.0.0.1:1/crosscheck' }), (e: Error & { code?: string }) =>
      e.code === 'unreadable' && e.message.includes('postgresql://reader:***@127.0.0.1:1/crosscheck') && !e.message.includes('s3cret') && /server is running/.test(e.message));
  });

  it('says that a database without a store must be ingested into first', async () => {
    await assert.rejects(openPglite('empty', false), (e: Error & { code?: string }) => e.code === 'not-found' && /no store at postgres:\/\/pglite\/empty.*crosscheck ingest/.test(e.message));
    await (await openPglite('empty')).close();
    await (await openPglite('empty', false)).close();
  });

  it('refuses a store written by a newer version', async () => {
    const store = await openPglite('newer');
    await store.db.insertInto('kysely_migration' as never).values({ name: '9999-future', timestamp: new Date().toISOString() } as never).execute();
    await store.close();
    await assert.rejects(openPglite('newer'), (e: Error & { code?: string }) => e.code === 'newer-schema' && /newer Crosscheck/.test(e.message));
  });

  it('makes articles stored without search tokens before the token upkeep searchable once the store is upgraded', async () => {
    const { dir, cleanup } = tempDir();
    const store = await openPglite('upgrade');
    await createStoreIngester(store, { now: NOW, ingest: { network: false } }).ingest([writeJsonl(path.join(dir, 'up.jsonl'), [report(61, 0), report(62, 1)])]);
    const { id, title } = await store.db.selectFrom('articles').select(['id', 'title']).orderBy('seq').executeTakeFirstOrThrow();
    const word = title.split(' ')[0]!;
    // The store as it was before migration 0003, with an article whose tokens were never written.
    await sql`drop table article_search_pending`.execute(store.db);
    await sql`drop trigger article_search_inserted on articles`.execute(store.db);
    await sql`drop trigger article_search_updated on articles`.execute(store.db);
    await sql`delete from article_search where article_id = ${id}`.execute(store.db);
    await sql`delete from kysely_migration where name = '0003-search-upkeep'`.execute(store.db);
    await sql`drop function article_search_queue_inserted`.execute(store.db);
    await sql`drop function article_search_queue_updated`.execute(store.db);
    await store.close();
    const upgraded = await openPglite('upgrade');
    assert.equal((await searchStories(upgraded, { words: word })).total, 1);
    assert.deepEqual(await checkConsistency(upgraded), []);
    await upgraded.close();
    cleanup();
  });

  it("names a database holding another application's tables and changes nothing there", async () => {
    const db = await sharedPglite();
    await db.query('create schema foreign_app');
    await db.query('create table foreign_app.articles (id integer primary key, body text)');
    await assert.rejects(openPglite('foreign_app'), (e: Error & { code?: string }) => e.code === 'not-a-store' && /holds other tables \(articles\)/.test(e.message));
    const left = await db.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'foreign_app' order by 1");
    assert.deepEqual(left.rows.map((r) => r.table_name), ['articles']);
  });

  it('stores a text holding U+0000, which PostgreSQL cannot keep, with U+FFFD in its place', async () => {
    const { dir, cleanup } = tempDir();
    const r = report(60, 0);
    const file = path.join(dir, 'nul.jsonl');
    writeFileSync(file, `${JSON.stringify({ ...r, text: r.text.replace('bridge', 'bri\u0000dge') })}\n`);
    const store = await openPglite('nul');
    const run = await createStoreIngester(store, { now: NOW, ingest: { network: false } }).ingest([file]);
    assert.equal(run.stored.length, 1);
    const { text } = await store.db.selectFrom('articles').select('text').executeTakeFirstOrThrow();
    assert.equal(text, r.text.replace('bridge', 'bri\ufffddge'));
    await store.close();
    cleanup();
  });

  it('reports a write lock held past the busy timeout as locked', () => {
    const timeout = Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' });
    const error = toStoreError(timeout, 'postgres://db.example/news', 100);
    assert.equal(error.code, 'locked');
    assert.match(error.message, /locked by another process \(waited 100 ms\)/);
  });

  it('asks for a postgres:// URL beside a connection pool', async () => {
    await assert.rejects(openStore({ location: 'store.db', postgresPool: pglitePool(await sharedPglite()) }), /name its database as a postgres:\/\/ URL/);
  });
});
