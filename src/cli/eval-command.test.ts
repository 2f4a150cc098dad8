import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

const BODY = 'The council voted on Tuesday to close the old bridge after engineers found deep cracks in two of its supports. Repairs will take at least a year, officials said, and traffic will move to the ferry.';

describe('crosscheck eval', () => {
  it('prints one JSON object of extraction metrics on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-eval-'));
    mkdirSync(join(dir, 'html'));
    const page = `<html><head><title>Bridge closed</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Bridge closed</h1><p>${BODY}</p></article><footer>Copyright 2024 The Paper</footer></body></html>`;
    writeFileSync(join(dir, 'html', 'p1.html.gz'), gzipSync(page));
    writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify({ p1: { articleBody: BODY, url: 'https://example.org/p1' } }));
    const r = cli(['eval', 'extract', dir, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const m = JSON.parse(r.stdout) as Record<string, number>;
    assert.equal(m.n, 1);
    for (const k of ['f1', 'precision', 'recall']) assert.ok(m[k]! > 0.9 && m[k]! <= 1, `${k} = ${m[k]}`);
    assert.equal(typeof m.seconds, 'number');
    assert.equal(typeof m.articlesPerSecond, 'number');
  });

  it('scores attribution conflicts on a clustering dataset', () => {
    const r = cli(['eval', 'conflicts', join(ROOT, 'src/eval/fixtures/conflicts-small.jsonl'), '--json']);
    assert.equal(r.status, 0, r.stderr);
    const m = JSON.parse(r.stdout) as Record<string, number>;
    assert.equal(m.flagged, 0);
    assert.equal(m.plantedRecall, 1);
  });

  it('names the choices for an unknown task', () => {
    const r = cli(['eval', 'translate', '.', '--json']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /unknown eval task "translate".*extract/);
  });
});
