import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTextIngester } from './text-ingester.js';

const PROSE = 'The minister said on Monday that talks would resume next week in the capital.';

let dir = '';
const at = (...parts: string[]): string => path.join(dir, ...parts);

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-ingest-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('text ingester', () => {
  it('decodes a UTF-16LE file with a BOM and strips the BOM', async () => {
    const file = at('utf16.txt');
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Zürich “talks”\r\n${PROSE}`, 'utf16le')]));
    const { documents, diagnostics } = await createTextIngester()([file]);
    assert.deepEqual(diagnostics, []);
    assert.equal(documents[0]?.encoding, 'utf-16le');
    assert.equal(documents[0]?.text, `Zürich “talks”\n${PROSE}`);
  });

  it('decodes a UTF-16BE file with a BOM', async () => {
    const file = at('utf16be.txt');
    const le = Buffer.from('Grüße', 'utf16le');
    await writeFile(file, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le.swap16())]));
    const { documents } = await createTextIngester()([file]);
    assert.equal(documents[0]?.encoding, 'utf-16be');
    assert.equal(documents[0]?.text, 'Grüße');
  });

  it('strips a UTF-8 BOM and normalises CRLF and lone CR to LF', async () => {
    const file = at('bom.txt');
    await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('one\r\ntwo\rthree\n', 'utf8')]));
    const { documents } = await createTextIngester()([file]);
    assert.equal(documents[0]?.encoding, 'utf-8');
    assert.equal(documents[0]?.text, 'one\ntwo\nthree\n');
  });

  it('falls back to Windows-1252 for curly quotes that are not valid UTF-8', async () => {
    const file = at('cp1252.txt');
    await writeFile(file, Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]));
    const { documents, diagnostics } = await createTextIngester()([file]);
    assert.deepEqual(diagnostics, []);
    assert.equal(documents[0]?.encoding, 'windows-1252');
    assert.equal(documents[0]?.text, '“Hi” café €');
  });

  it('reports an empty file and a whitespace-only file as empty-file', async () => {
    await writeFile(at('empty.txt'), '');
    await writeFile(at('blank.txt'), ' \n\t\r\n');
    const { documents, diagnostics } = await createTextIngester()([at('empty.txt'), at('blank.txt')]);
    assert.equal(documents.length, 0);
    assert.deepEqual(
      diagnostics.map((d) => [d.rule, path.basename(d.source)]),
      [['empty-file', 'empty.txt'], ['empty-file', 'blank.txt']],
    );
  });

  it('reports a file with NUL bytes as binary-file', async () => {
    const file = at('image.txt');
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const { documents, diagnostics } = await createTextIngester()([file]);
    assert.equal(documents.length, 0);
    assert.equal(diagnostics[0]?.rule, 'binary-file');
    assert.equal(diagnostics[0]?.place, 'byte 8');
  });

  it('reports a file of mostly control characters as binary-file', async () => {
    const file = at('controls.txt');
    await writeFile(file, Buffer.from('ab\x01\x02\x03\x04\x05\x06cd', 'latin1'));
    const { diagnostics } = await createTextIngester()([file]);
    assert.equal(diagnostics[0]?.rule, 'binary-file');
  });

  it('refuses a file over maxBytes without reading it', async () => {
    const file = at('big.txt');
    await writeFile(file, PROSE.repeat(10));
    const { documents, diagnostics } = await createTextIngester({ maxBytes: 100 })([file]);
    assert.equal(documents.length, 0);
    assert.equal(diagnostics[0]?.rule, 'file-too-large');
    assert.match(diagnostics[0]?.note ?? '', /100-byte limit/);
  });

  it('reports a missing path as unreadable with the OS error code and still reads the rest', async () => {
    await writeFile(at('ok.txt'), PROSE);
    const { documents, diagnostics } = await createTextIngester()([at('missing.txt'), at('ok.txt')]);
    assert.equal(documents.length, 1);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]?.rule, 'unreadable');
    assert.equal(diagnostics[0]?.severity, 'error');
    assert.match(diagnostics[0]?.note ?? '', /ENOENT/);
  });

  it('reads folders recursively in path order, skipping hidden files, other extensions and folder notes', async () => {
    const root = at('story');
    await mkdir(path.join(root, 'b-sub'), { recursive: true });
    await mkdir(path.join(root, '.hidden-dir'), { recursive: true });
    await writeFile(path.join(root, 'c.txt'), PROSE);
    await writeFile(path.join(root, 'a.md'), PROSE);
    await writeFile(path.join(root, 'b-sub', 'inner.txt'), PROSE);
    await writeFile(path.join(root, '.secret.txt'), PROSE);
    await writeFile(path.join(root, '.hidden-dir', 'x.txt'), PROSE);
    await writeFile(path.join(root, 'data.csv'), 'a,b\n1,2\n');
    await writeFile(path.join(root, 'README.md'), PROSE);
    await writeFile(path.join(root, 'EXPECTATIONS.md'), PROSE);
    const { documents, diagnostics } = await createTextIngester()([root]);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(
      documents.map((d) => path.relative(root, d.source)),
      ['a.md', path.join('b-sub', 'inner.txt'), 'c.txt'],
    );
  });

  it('attempts an explicitly named file whatever its extension', async () => {
    const file = at('notes.text');
    await writeFile(file, PROSE);
    const { documents } = await createTextIngester()([file]);
    assert.equal(documents.length, 1);
  });

  it('warns about a folder with no readable articles', async () => {
    const root = at('nothing');
    await mkdir(root, { recursive: true });
    await writeFile(path.join(root, 'empty.txt'), '');
    await writeFile(path.join(root, 'README.md'), PROSE);
    const { documents, diagnostics } = await createTextIngester()([root]);
    assert.equal(documents.length, 0);
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.severity]), [['empty-file', 'warning'], ['empty-folder', 'warning']]);
  });

  it('reads a file given twice once and says so', async () => {
    await writeFile(at('twice.txt'), PROSE);
    const { documents, diagnostics } = await createTextIngester()([at('twice.txt'), at('twice.txt')]);
    assert.equal(documents.length, 1);
    assert.equal(diagnostics[0]?.rule, 'duplicate-input');
  });

  it('does not loop on a symlink that points back up the folder tree', async () => {
    const root = at('loop');
    await mkdir(root, { recursive: true });
    await writeFile(path.join(root, 'a.txt'), PROSE);
    await symlink(root, path.join(root, 'again'));
    const { documents } = await createTextIngester()([root]);
    assert.equal(documents.length, 1);
  });

  it('keeps input order with many files read concurrently', async () => {
    const root = at('many');
    await mkdir(root, { recursive: true });
    const names = Array.from({ length: 40 }, (_, i) => `f${String(i).padStart(2, '0')}.txt`);
    await Promise.all(names.map((n) => writeFile(path.join(root, n), `${n} ${PROSE}`)));
    const { documents } = await createTextIngester({ concurrency: 3 })([root]);
    assert.deepEqual(documents.map((d) => path.basename(d.source)), names);
  });

  it('reports a named pipe as unreadable instead of blocking on it', { skip: process.platform === 'win32' }, async () => {
    const fifo = at('pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const { documents, diagnostics } = await createTextIngester()([fifo]);
    assert.equal(documents.length, 0);
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.note]), [['unreadable', 'not a regular file or folder']]);
  });

  it('throws at once on a nonsensical option', () => {
    assert.throws(() => createTextIngester({ maxBytes: 0 }), /maxBytes must be a positive integer/);
    assert.throws(() => createTextIngester({ extensions: ['txt'] }), /must start with a dot/);
  });
});
