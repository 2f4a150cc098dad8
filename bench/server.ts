/**
 * `node --import tsx bench/server.ts [--json]`: response times of the web UI over an SQLite store.
 *
 * 1. Story page of a 50-article story: 50 reports of one generated event (src/store/store-test-kit.ts,
 *    four outlets' wordings, each report with sentences of its own), ingested with the full
 *    annotator and merged into one story. Timed cold (the brief built from stored annotations on
 *    every request), warm (the brief cached; the page checks the story's version and renders), and
 *    the first view after a report is added through the app (right after, and half a second after:
 *    the app rebuilds a changed story's brief in the background).
 * 2. Story list of a 100,000-article store: 25,000 stories of four articles (about 1.2 KB of text
 *    each, entity names, outlets, dates over a year), written straight into the store's tables with
 *    SQL. Timed: the first page (newest 50), the API list, and searches by words, entity and outlet.
 * Times are medians over repeated `app.request()` calls (in-process, no network).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createApp } from '../src/server/index.js';
import { createStoreIngester, mergeStories, openStore, listStories } from '../src/store/index.js';
import { inventedName, report } from '../src/store/store-test-kit.js';
import type { RawDocument } from '../src/types.js';

const STORY_ARTICLES = 50;
const STORE_ARTICLES = 100_000;
const ARTICLES_PER_STORY = 4;
const RUNS = 30;
const OUTLETS = ['Harbour Times', 'Valley Post', 'Northern Ledger', 'City Wire', 'Evening Courier', 'Daily Record'];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

async function okText(res: Response | Promise<Response>): Promise<string> {
  const r = await res;
  if (r.status !== 200) throw new Error(`status ${r.status}: ${(await r.text()).slice(0, 200)}`);
  return r.text();
}

/** Fifty reports of one event, each with a few sentences only it carries. */
function storyDocuments(): RawDocument[] {
  return Array.from({ length: STORY_ARTICLES }, (_, i) => {
    const r = report(7, i);
    const own = [
      `${inventedName(i, 21)} ${inventedName(i, 22)}, a resident of the ${inventedName(7, 3)} waterfront, said on Wednesday that "nobody warned us about the bridge, not once."`,
      `According to ${inventedName(i, 23)} Institute, repairs of this kind cost about ${(i % 9) + 2} million dollars and took ${(i % 5) + 12} months in ${2015 + (i % 8)}.`,
    ];
    const day = String(1 + (i % 20)).padStart(2, '0');
    return { kind: 'text', source: `bench/story-${i}.txt`, text: `${r.title}\n\n${r.text}\n\n${own.join('\n\n')}`, encoding: 'utf-8',
      meta: { title: r.title, outlet: OUTLETS[i % OUTLETS.length]!, published: `2026-10-${day}` } };
  });
}

/** Pairs of reports posted through the app at the end (the story reaches 50 with them): each first view after one is timed. */
const POSTED = 5;

async function storyPageBench(dir: string) {
  const store = await openStore({ location: path.join(dir, 'story.db') });
  try {
    const docs = storyDocuments();
    const t = performance.now();
    await createStoreIngester(store, { now: () => new Date('2026-11-25T12:00:00Z') }).ingestDocuments(docs.slice(0, STORY_ARTICLES - 2 * POSTED));
    const ingestSeconds = (performance.now() - t) / 1000;
    const stories = await listStories(store);
    const [first, ...rest] = stories;
    for (const s of rest) await mergeStories(store, first!.id, s.id, { now: () => new Date('2026-11-25T12:00:00Z') });
    const warmApp = createApp({ store, log: () => {} });
    const coldApp = createApp({ store, cache: { maxBriefs: 0 }, log: () => {} });
    const url = `/stories/${first!.id}`;
    // The last reports arrive through the app, as a user adds them: the app rebuilds the brief in the background.
    const firstViewNow: number[] = [];
    const firstViewLater: number[] = [];
    for (const doc of docs.slice(STORY_ARTICLES - 2 * POSTED, STORY_ARTICLES - POSTED)) {
      const meta = doc.meta!;
      const body = JSON.stringify({ articles: [{ text: doc.kind === 'text' ? doc.text : '', title: meta.title, outlet: meta.outlet, published: meta.published }] });
      await okText(warmApp.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));
      let t0 = performance.now();
      await okText(warmApp.request(url));
      firstViewNow.push(performance.now() - t0);
      await okText(warmApp.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body.replace('"text":"', '"text":"Update. ') }));
      // A reader's click comes a moment after the report is added.
      await new Promise((r) => setTimeout(r, 500));
      t0 = performance.now();
      await okText(warmApp.request(url));
      firstViewLater.push(performance.now() - t0);
    }
    const [story] = await listStories(store);
    if (story === undefined || story.articles < STORY_ARTICLES) throw new Error(`expected one story of ${STORY_ARTICLES}+ articles, got ${JSON.stringify(story)}`);
    const bytes = (await okText(warmApp.request(url))).length;
    return {
      articles: story.articles,
      ingestSeconds,
      pageBytes: bytes,
      warmMs: await time(RUNS, () => okText(warmApp.request(url))),
      coldMs: await time(10, () => okText(coldApp.request(url))),
      firstViewRightAfterIngestMs: median(firstViewNow),
      firstViewHalfSecondAfterIngestMs: median(firstViewLater),
    };
  } finally {
    await store.close();
  }
}

/** A large store written straight into the tables: what the list reads, at the store's real shape. */
async function fillLargeStore(file: string): Promise<void> {
  (await openStore({ location: file })).close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const annotations = JSON.stringify({ v: 1, sentences: [], entities: [], dates: [], quotes: [] });
  const genre = JSON.stringify({ label: 'news', evidence: [] });
  const insertArticle = db.prepare(`insert into articles (seq, id, content_hash, source, url, outlet, title, published, standfirst, byline, language, text, removed, genre, annotations, entity_names, diagnostics, ingested_at, run_id)
    values (?, ?, ?, ?, ?, ?, ?, ?, null, null, 'en', ?, '[]', ?, ?, ?, '[]', ?, null)`);
  const insertStory = db.prepare('insert into stories (seq, id, title, created_at, updated_at, first_published, last_published, merged_into) values (?, ?, ?, ?, ?, ?, ?, null)');
  const insertMember = db.prepare("insert into story_articles (article_id, story_id, joined_by, joined_at) values (?, ?, 'cluster', ?)");
  const stories = STORE_ARTICLES / ARTICLES_PER_STORY;
  db.transaction(() => {
    let seq = 0;
    for (let e = 0; e < stories; e++) {
      const day = new Date(Date.UTC(2025, 10, 25) + Math.floor((e / stories) * 365) * 86_400_000).toISOString().slice(0, 10);
      const storyId = `s${e + 1}`;
      const title = report(e, 0).title;
      insertStory.run(e + 1, storyId, title, `${day}T12:00:00.000Z`, `${day}T12:00:00.000Z`, day, day);
      for (let v = 0; v < ARTICLES_PER_STORY; v++) {
        seq++;
        const r = report(e, v, day);
        const id = `a${seq}`;
        const person = `${inventedName(e, 1)} ${inventedName(e, 2)}`;
        const entityNames = JSON.stringify([[person, 3], [inventedName(e, 3), 2], [`${inventedName(e, 4)} Holdings`, 2]]);
        const text = `${r.text}\n\n${r.text.split('\n\n').reverse().join('\n\n')}`;
        insertArticle.run(seq, id, `h${seq}`, `bench/${id}.txt`, r.url, r.outlet, r.title, day, text, genre, annotations, entityNames, `${day}T12:00:00.000Z`);
        insertMember.run(id, storyId, `${day}T12:00:00.000Z`);
      }
    }
  })();
  db.close();
}

async function storyListBench(dir: string) {
  const file = path.join(dir, 'large.db');
  const t = performance.now();
  await fillLargeStore(file);
  const fillSeconds = (performance.now() - t) / 1000;
  const store = await openStore({ location: file });
  try {
    const app = createApp({ store, log: () => {} });
    const person = inventedName(12345, 1);
    const town = inventedName(777, 3);
    const timed = async (url: string) => ({ url, ms: await time(RUNS, () => okText(app.request(url))) });
    return {
      articles: STORE_ARTICLES,
      stories: STORE_ARTICLES / ARTICLES_PER_STORY,
      fileMB: statSync(file).size / 1024 / 1024,
      fillSeconds,
      results: [
        await timed('/'),
        await timed('/?page=200'),
        await timed('/api/stories'),
        await timed(`/?q=${encodeURIComponent(`${town} bridge`)}`),
        await timed(`/?entity=${encodeURIComponent(person)}`),
        await timed('/?outlet=Harbour'),
        await timed('/?from=2026-06-01&to=2026-06-30'),
      ],
    };
  } finally {
    await store.close();
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-server-'));
try {
  const story = await storyPageBench(dir);
  const list = await storyListBench(dir);
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ story, list }, null, 2)}\n`);
  } else {
    process.stdout.write(`story page, ${story.articles}-article story (${(story.pageBytes / 1024).toFixed(0)} KB of HTML; ingest ${story.ingestSeconds.toFixed(1)} s):\n`);
    process.stdout.write(`  warm (brief cached)   ${story.warmMs.toFixed(1)} ms median of ${RUNS}\n`);
    process.stdout.write(`  cold (brief rebuilt)  ${story.coldMs.toFixed(1)} ms median of 10\n`);
    process.stdout.write(`  first view right after an ingest into it      ${story.firstViewRightAfterIngestMs.toFixed(1)} ms median of ${POSTED}\n`);
    process.stdout.write(`  first view 0.5 s after an ingest into it      ${story.firstViewHalfSecondAfterIngestMs.toFixed(1)} ms median of ${POSTED}\n`);
    process.stdout.write(`story list, ${list.articles} articles / ${list.stories} stories (${list.fileMB.toFixed(0)} MB; written in ${list.fillSeconds.toFixed(1)} s):\n`);
    for (const r of list.results) process.stdout.write(`  ${r.url.padEnd(40)} ${r.ms.toFixed(1)} ms median of ${RUNS}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
