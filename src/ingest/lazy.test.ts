import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';

const HEAVY = /node_modules\/(?:linkedom|@mozilla\/readability|feedsmith|warcio)\//;

/** Runs a script in a fresh process and returns the node_modules files it loaded (ESM and CommonJS). */
async function loadedModules(script: string): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-lazy-'));
  try {
    const hooks = path.join(dir, 'hooks.mjs');
    const register = path.join(dir, 'register.mjs');
    const main = path.join(dir, 'main.mts');
    await writeFile(hooks, "export async function load(url, context, next) { if (url.includes('node_modules')) process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }\n");
    await writeFile(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
    await writeFile(main, script);
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', register, main], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return run.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
const ingestModule = pathToFileURL(path.join(here, 'index.ts')).href;

describe('lazy loading', () => {
  it('reads plain text without loading the DOM, Readability, feed or WARC libraries, and loads the DOM for a page', async () => {
    const script = `
      import { unlinkSync, writeFileSync } from 'node:fs';
      import { tmpdir } from 'node:os';
      import path from 'node:path';
      const { createIngester } = await import(${JSON.stringify(ingestModule)});
      const file = path.join(tmpdir(), 'crosscheck-lazy-' + process.pid + '.txt');
      writeFileSync(file, 'Talks resume\\n\\nThe minister said talks would resume next week.');
      const ingest = createIngester();
      await ingest([file]);
      process.stderr.write('LOADED --- text done\\n');
      writeFileSync(file, '<!doctype html><html><body><p>The minister said talks would resume next week.</p></body></html>');
      await ingest([file]);
      unlinkSync(file);
    `;
    const loaded = await loadedModules(script);
    const split = loaded.indexOf('--- text done');
    assert.ok(split >= 0);
    assert.deepEqual(loaded.slice(0, split).filter((u) => HEAVY.test(u)), []);
    assert.ok(loaded.slice(split).some((u) => u.includes('node_modules/linkedom/')));
  });
});
