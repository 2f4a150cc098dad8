/**
 * `node --import tsx bench/store.ts [articles…] [--annotate full|light]`: throughput of ingesting a
 * text (JSONL) stream into an SQLite store — read + extract, annotate, then per article duplicate
 * detection, story clustering and one transaction — and the store's size on disk.
 *
 * The stream is generated: each event recombines sentences of two articles of
 * ../shared/data/clustering/basil-duc.jsonl (BASIL + DUC 2004) with every capitalised word replaced
 * by a made-up name, is reported by two to six of twelve outlets over one to three days, and one
 * report in ten is a wire copy reprinted by another outlet. Many events a day, in date order.
 * `--annotate light` replaces the annotator by sentence splitting alone, to measure the store's own
 * path (dedupe + cluster + writes) apart from annotation.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../src/annotate/sentences.js';
import { createStoreIngester, listStories, openStore } from '../src/store/index.js';
import type { AnnotatedArticle, Article } from '../src/types.js';

const DATA = fileURLToPath(new URL('../../shared/data/clustering/basil-duc.jsonl', import.meta.url));
/** New events a day: a large newsroom's feed. */
const EVENTS_PER_DAY = 200;
const OUTLETS = ['Ledger', 'Post', 'Wire', 'Herald', 'Times', 'Gazette', 'Courier', 'Tribune', 'Observer', 'Chronicle', 'Standard', 'Record'];
const SYLLABLES = ['ka', 'lo', 'mir', 'ta', 'ven', 'su', 'dra', 'nel', 'or', 'pi', 'zan', 'qu', 'bel', 'tor', 'ash', 'ri'];

/** Deterministic PRNG (mulberry32): every run generates the same stream. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadSentences(): string[][] {
  if (!existsSync(DATA)) throw new Error(`missing ${DATA}: run with ../shared/data beside the project`);
  return readFileSync(DATA, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const text = (JSON.parse(l) as { text: string }).text.replace(/\s+/g, ' ');
    return text.split(/(?<=[.!?]['"”]?)\s+(?=[A-Z“"])/).filter((s) => s.length > 30);
  });
}

interface Line { title: string; text: string; outlet: string; published: string; url: string }

/** The generated stream as JSONL lines, in date order. */
function generate(total: number, seed = 7): Line[] {
  const sources = loadSentences();
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const word = () => {
    const s = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join('');
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const out: Line[] = [];
  const day0 = Date.UTC(2026, 0, 1);
  for (let event = 0; out.length < total; event++) {
    const day = Math.floor(event / EVENTS_PER_DAY);
    const renamed = new Map<string, string>();
    const rename = (sentence: string) => sentence.replace(/\b[A-Z][a-z]{2,}\b/g, (w, at: number) => {
      if (at === 0) return w;
      let n = renamed.get(w);
      if (n === undefined) renamed.set(w, (n = word()));
      return n;
    });
    const pool = [...pick(sources), ...pick(sources)].map(rename);
    const reports = 2 + Math.floor(rand() * 5);
    for (let k = 0; k < reports && out.length < total; k++) {
      const published = new Date(day0 + (day + Math.floor(rand() * 3)) * 86_400_000).toISOString().slice(0, 10);
      const body = Array.from({ length: 8 }, () => pick(pool));
      const paragraphs = [body.slice(0, 2), body.slice(2, 4), body.slice(4, 6), body.slice(6)].map((p) => p.join(' '));
      const title = body[0]!.split(/\s+/).slice(0, 9).join(' ').replace(/[,.;:]$/, '');
      const line: Line = { title, text: paragraphs.join('\n\n'), outlet: pick(OUTLETS), published, url: `https://news.example/${event}/${k}` };
      out.push(line);
      if (rand() < 0.1 && out.length < total) out.push({ ...line, outlet: pick(OUTLETS), url: `https://news.example/${event}/${k}/wire` });
    }
  }
  return out.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
}

/** Sentence splitting only: what the store needs to keep, without entities, dates or quotes. */
function lightAnnotator(article: Article): AnnotatedArticle {
  return { article, sentences: splitSentences(article.text), entities: [], dates: [], quotes: [], genre: { label: 'news', evidence: [] } };
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function run(total: number, mode: 'full' | 'light'): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-store-'));
  try {
    const input = path.join(dir, 'stream.jsonl');
    writeFileSync(input, generate(total).map((l) => JSON.stringify(l)).join('\n') + '\n');
    const file = path.join(dir, 'bench.db');
    const store = await openStore({ location: file });
    const ingester = createStoreIngester(store, { ingest: { network: false }, ...(mode === 'light' && { annotate: lightAnnotator }) });
    const wall0 = performance.now();
    const cpu0 = cpuMs();
    const report = await ingester.ingest([input]);
    const cpuSeconds = (cpuMs() - cpu0) / 1000;
    const wallSeconds = (performance.now() - wall0) / 1000;
    const stories = await listStories(store);
    const t = report.cpu;
    await store.close();
    const bytes = statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
    const copies = report.stored.filter((p) => p.duplicateOf !== null).length;
    const ms = (x: number) => `${(x / 1000).toFixed(1)} s`;
    console.log(`\n${total} articles, annotate=${mode}: ${(report.stored.length / wallSeconds).toFixed(0)} articles/s wall `
      + `(${wallSeconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU); ${stories.length} stories, ${copies} stored as copies`);
    console.log(`  CPU: read ${ms(t.read)} · extract ${ms(t.extract)} · annotate ${ms(t.annotate)} · dedupe + cluster + store ${ms(t.place)} `
      + `(${(report.stored.length / (t.place / 1000)).toFixed(0)} articles/s for that part)`);
    console.log(`  store: ${(bytes / 1e6).toFixed(1)} MB (${(bytes / report.stored.length / 1024).toFixed(1)} KB per article; input ${(statSync(input).size / 1e6).toFixed(1)} MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const modeAt = args.indexOf('--annotate');
const mode = modeAt >= 0 ? args[modeAt + 1] : 'light';
if (mode !== 'full' && mode !== 'light') throw new Error('--annotate must be full or light');
const sizes = args.filter((a, i) => /^\d+$/.test(a) && (modeAt < 0 || i !== modeAt + 1)).map(Number);
for (const n of sizes.length > 0 ? sizes : [10_000]) await run(n, mode);
