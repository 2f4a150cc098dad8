/**
 * Bad input end to end: each unreadable input gets one diagnostic naming it, the rest of the batch
 * is still briefed, and the exit status is non-zero only when no article could be read.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(ROOT, 'examples/seed-story/003_caa0046a1ff74166.txt');
const FIFTY_MB = 50 * 1024 * 1024;

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('crosscheck brief on a batch with broken files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bad-'));
  copyFileSync(SEED, join(dir, 'good.txt'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(FIFTY_MB, 'word '));
  writeFileSync(join(dir, 'not-an-article.txt'), 'id,name,price\n1,apple,0.5\n2,pear,0.7\n3,plum,0.9\n');
  const missing = join(dir, 'does-not-exist.txt');

  it('reports each broken input by name and still briefs the good one', () => {
    const r = runCli(['brief', dir, missing, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const brief = JSON.parse(r.stdout) as { articles: { id: string }[]; diagnostics: { source: string; rule: string }[] };
    assert.deepEqual(brief.articles.map((a) => a.id), ['good']);
    const rules = new Map(brief.diagnostics.map((d) => [d.source.split('/').pop(), d.rule]));
    assert.equal(rules.get('empty.txt'), 'empty-file');
    assert.equal(rules.get('binary.txt'), 'binary-file');
    assert.equal(rules.get('huge.txt'), 'file-too-large');
    assert.equal(rules.get('not-an-article.txt'), 'not-an-article');
    assert.equal(rules.get('does-not-exist.txt'), 'unreadable');
    for (const name of ['empty.txt', 'binary.txt', 'huge.txt', 'not-an-article.txt', 'does-not-exist.txt']) {
      assert.ok(r.stderr.includes(name), `stderr names ${name}`);
    }
  });

  it('exits non-zero when no article at all could be read', () => {
    const only = join(dir, 'only-bad');
    mkdirSync(only);
    writeFileSync(join(only, 'empty.txt'), '   \n');
    const r = runCli(['brief', only, missing]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /empty\.txt/);
    assert.match(r.stderr, /does-not-exist\.txt/);
  });

  it('rejects an unknown format with a message naming the choices', () => {
    const r = runCli(['brief', SEED, '--format', 'pdf']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /md, json, html/);
  });
});
