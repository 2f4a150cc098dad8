import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createAnnotator } from '../pipeline.js';
import { makeArticle } from '../test-support/articles.js';
import { annotatedFromRow, articleColumns } from './annotations-codec.js';
import { checkConsistency, createStoreIngester, listStories, mergeStories, openStore, splitStory, storyBrief, type Store } from './index.js';
import { report, tempDir, writeJsonl } from './store-test-kit.js';

const NOW = () => new Date('2026-11-25T12:00:00Z');

describe('the store', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = tempDir()));
  after(() => cleanup());

  const open = async (name: string, busyTimeoutMs?: number): Promise<Store> =>
    openStore({ location: path.join(dir, name), ...(busyTimeoutMs !== undefined && { busyTimeoutMs }) });
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

  it('says PostgreSQL is not supported yet, and that a missing store must be ingested first', async () => {
    await assert.rejects(openStore({ location: 'postgres://localhost/crosscheck' }), /PostgreSQL stores are not supported yet/);
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
