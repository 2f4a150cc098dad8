import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { checkConsistency, openStore } from '../store/index.js';
import { report, tempDir, writeJsonl, type GeneratedArticle } from '../store/store-test-kit.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * Events × outlets in the killed batch: enough articles for several commits (the ingester commits
 * every 256 articles or 200 ms of work), so the kill after the first commit lands part-way.
 */
const EVENTS = 150;
const OUTLETS = 4;

function batch(): GeneratedArticle[] {
  const out: GeneratedArticle[] = [];
  for (let e = 0; e < EVENTS; e++) {
    const day = `2026-10-${String(1 + (e % 28)).padStart(2, '0')}`;
    for (let v = 0; v < OUTLETS; v++) out.push(report(100 + e, v, day));
  }
  return out;
}

function runCli(args: readonly string[]) {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/run.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The number of stored articles, or 0 while the store is not yet created. */
function storedCount(file: string): number {
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, timeout: 1000 });
    try {
      return (db.prepare('select count(*) as n from articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/** Runs `crosscheck …` in a child process (the test runner owns this process's stdout); returns its stdout. */
async function cli(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/run.ts'), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, `crosscheck ${args.join(' ')} failed: ${err}`);
  return out;
}

describe('the store commands', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = tempDir('crosscheck-cli-store-')));
  after(() => cleanup());

  it('an ingest killed mid-batch leaves a consistent store and the next run completes it', { timeout: 120_000 }, async () => {
    const db = path.join(dir, 'killed.db');
    const input = writeJsonl(path.join(dir, 'batch.jsonl'), batch());
    const child = runCli(['ingest', '--db', db, '--offline', input]);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let killedAt = 0;
    while (child.exitCode === null) {
      killedAt = storedCount(db);
      if (killedAt > 0) {
        child.kill('SIGKILL');
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    await exited;
    assert.ok(killedAt > 0, 'the first articles were committed before the kill');

    const store = await openStore({ location: db });
    assert.deepEqual(await store.integrityCheck(), []);
    assert.deepEqual(await checkConsistency(store), []);
    const partial = await store.db.selectFrom('articles').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.ok(Number(partial.n) < EVENTS * OUTLETS, `killed part-way (${partial.n} stored)`);
    await store.close();

    const rerun = runCli(['ingest', '--db', db, '--offline', input]);
    const code = await new Promise<number | null>((resolve) => rerun.on('exit', resolve));
    assert.equal(code, 0);
    const done = await openStore({ location: db });
    const n = await done.db.selectFrom('articles').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(n.n), EVENTS * OUTLETS);
    assert.deepEqual(await done.integrityCheck(), []);
    assert.deepEqual(await checkConsistency(done), []);
    const runs = await done.db.selectFrom('ingest_runs').select(['finished_at', 'skipped']).orderBy('id').execute();
    assert.equal(runs[0]?.finished_at, null, 'the killed run is recorded as unfinished');
    assert.equal(runs[1]?.skipped, Number(partial.n), 'the second run skipped what the first had stored');
    await done.close();
  });

  it('ingest, stories, show, merge and split work from the command line', { timeout: 120_000 }, async () => {
    const db = path.join(dir, 'cli.db');
    const input = writeJsonl(path.join(dir, 'cli.jsonl'), [report(1, 0), report(1, 1), report(1, 2), report(2, 0), report(2, 1)]);
    assert.match(await cli(['ingest', '--db', db, '--offline', input]), /stored 5 articles \(2 new stories/);
    const list = JSON.parse(await cli(['stories', '--db', db, '--json'])) as { id: string; articles: number; outlets: number }[];
    assert.deepEqual(list.map((s) => s.articles).sort(), [2, 3]);
    const big = list.find((s) => s.articles === 3)!;
    const small = list.find((s) => s.articles === 2)!;
    const brief = JSON.parse(await cli(['show', big.id, '--db', db, '--format', 'json'])) as { stories: { id: string; articles: string[] }[] };
    assert.equal(brief.stories[0]?.id, big.id);
    assert.match(await cli(['show', big.id, '--db', db, '--format', 'html']), /<html/);
    const moved = brief.stories[0]!.articles[0]!;
    assert.match(await cli(['split', big.id, moved, '--db', db]), new RegExp(`moved 1 articles from ${big.id} to new story s3`));
    assert.match(await cli(['merge', small.id, 's3', '--db', db]), /merged s3 into/);
    const after = JSON.parse(await cli(['stories', '--db', db, '--json'])) as { articles: number }[];
    assert.deepEqual(after.map((s) => s.articles).sort(), [2, 3]);
    assert.match(await cli(['stories'], { ...process.env, CROSSCHECK_DB: db }), /3 articles/);
  });
});
