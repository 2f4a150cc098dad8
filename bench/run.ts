/**
 * `npm run bench`: annotation throughput on one core over the texts of ../shared/data (BASIL +
 * DUC 2004 news from the clustering set, PolNeAR political news), and the wall time of the whole
 * `crosscheck brief` process on the bundled seed story.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTextExtractor } from '../src/extract/index.js';
import { createAnnotator } from '../src/pipeline.js';
import type { RawDocument } from '../src/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = `${ROOT}../shared/data`;
const SETS = [`${DATA}/clustering/basil-duc.jsonl`, `${DATA}/quotes/polnear-dev.jsonl`];

function loadDocs(): RawDocument[] {
  const docs: RawDocument[] = [];
  for (const file of SETS) {
    if (!existsSync(file)) {
      console.error(`missing ${file}: run with ../shared/data beside the project`);
      continue;
    }
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string; title?: string };
      docs.push({ kind: 'text', source: `${file.split('/').pop()}#${row.id}`, text: row.text, encoding: 'utf-8' });
    }
  }
  return docs;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function annotationThroughput(): void {
  const docs = loadDocs();
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const extract = createTextExtractor();
  const annotator = createAnnotator();
  // Warm up the JIT on a few documents so the figure is the steady state.
  for (const d of docs.slice(0, 20)) for (const a of extract([d]).articles) annotator.article(a);
  const t0 = performance.now();
  let articles = 0;
  let quotes = 0;
  let entities = 0;
  for (const d of docs) {
    for (const a of extract([d]).articles) {
      const ann = annotator.article(a);
      articles += 1;
      quotes += ann.quotes.length;
      entities += ann.entities.length;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(`annotation (extract + sentences + entities + dates + quotes + genre), one core:`);
  console.log(`  documents ${docs.length}, articles ${articles}, ${(bytes / 1e6).toFixed(2)} MB, ${seconds.toFixed(2)} s`);
  console.log(`  ${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${(articles / seconds).toFixed(0)} articles/s`);
  console.log(`  found ${quotes} quotes, ${entities} entities`);
}

function cliOnSeeds(): void {
  const bin = `${ROOT}bin/crosscheck.js`;
  if (!existsSync(`${ROOT}dist/cli/main.js`)) {
    console.log('crosscheck brief on the seeds: skipped (run `npm run build` first)');
    return;
  }
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, [bin, 'brief', `${ROOT}examples/seed-story`, '--format', 'json'], { stdio: 'pipe' });
    times.push(performance.now() - t0);
  }
  console.log(`crosscheck brief examples/seed-story (whole CLI process, 7 runs):`);
  console.log(`  median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
}

annotationThroughput();
cliOnSeeds();
