/**
 * `node --import tsx bench/store.ts [articles…] [--annotate full|light] [--undated] [--plot FILE.svg]`: throughput of ingesting a
 * text (JSONL) stream into an SQLite store — read + extract, annotate, then per article duplicate
 * detection, story clustering and one transaction — and the store's size on disk.
 *
 * The stream is generated: each event recombines sentences of two articles of
 * ../shared/data/clustering/basil-duc.jsonl (BASIL + DUC 2004) with every capitalised word replaced
 * by a made-up name, is reported by two to six of twelve outlets over one to three days, and one
 * report in ten is a wire copy reprinted by another outlet. Many events a day, in date order.
 * `--annotate light` replaces the annotator by sentence splitting alone, to measure the store's own
 * path (dedupe + cluster + writes) apart from annotation. The stream is generated and ingested in
 * slices (one ingest run each, as a feed arrives); after each slice a progress line gives the store's
 * size, the slice's CPU time per article and the memory, and `--plot` (rewritten after every slice)
 * draws CPU time per article against the store's size. `--undated` drops every date from the stream
 * (as a feed without dates): the store's clocks then have only the arrival order. The headline
 * articles per CPU second count the ingest runs' CPU time only; generating and writing the slices is
 * the benchmark's own work and is printed apart.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { splitSentences } from '../src/annotate/sentences.js';
import { createStoreIngester, openStore } from '../src/store/index.js';
import type { AnnotatedArticle, Article } from '../src/types.js';
import { cpuMs, streamEnd, streamLines, type StreamLine } from './stream-kit.js';

/** Sentence splitting only: what the store needs to keep, without entities, dates or quotes. */
function lightAnnotator(article: Article): AnnotatedArticle {
  return { article, sentences: splitSentences(article.text), entities: [], dates: [], quotes: [], genre: { label: 'news', evidence: [] } };
}

/** Store-size points per run: enough for a curve, few enough that each slice is a realistic batch. */
const SLICES = 20;
/** Smallest slice ingested at once: smaller ones would measure per-run overhead, not per-article cost. */
const MIN_SLICE = 500;
/** Largest slice: about 14 MB of JSONL, under the ingester's default size limit for one input file. */
const MAX_SLICE = 10_000;

/** One slice of a run: the store size after it and its CPU milliseconds per stored article. */
interface Point { readonly size: number; readonly wholeMs: number; readonly placeMs: number }
interface RunResult { readonly total: number; readonly points: readonly Point[] }

/** The next `n` lines of a stream (fewer at its end). */
function take(lines: Iterator<StreamLine>, n: number): StreamLine[] {
  const out: StreamLine[] = [];
  while (out.length < n) {
    const next = lines.next();
    if (next.done === true) break;
    out.push(next.value);
  }
  return out;
}

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

/**
 * Ingests `total` articles of the stream in slices. After each slice a progress line (store size, CPU
 * ms per article of the slice, memory) is printed and, with `plot`, the plot so far is written, so an
 * interrupted long run still leaves its figures.
 */
async function run(total: number, mode: 'full' | 'light', done: readonly RunResult[], plot: string | undefined, dropDates = false): Promise<RunResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-store-'));
  try {
    // Generated slice by slice: the stream of a million articles would hold gigabytes of strings
    // that the store's own memory figure should not include.
    const lines = streamLines(total);
    const file = path.join(dir, 'bench.db');
    const store = await openStore({ location: file });
    // The stream's own clock: with the wall clock, the dates of a long stream (a million articles span
    // three years from 2026-01-01) would pass "today" and be dropped as implausible future dates.
    const end = streamEnd(total);
    const ingester = createStoreIngester(store, { ingest: { network: false }, now: () => end, ...(mode === 'light' && { annotate: lightAnnotator }) });
    // The stream arrives in slices, as a feed does: one ingest run each, one ingester (and placement index) throughout.
    const slice = Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.ceil(total / SLICES)));
    const sum = { read: 0, extract: 0, annotate: 0, place: 0 };
    const points: Point[] = [];
    let stored = 0;
    let copies = 0;
    let inputBytes = 0;
    /** CPU of the ingests alone: generating and writing the stream's slices is the benchmark's work, not the product's. */
    let ingestMs = 0;
    const wall0 = performance.now();
    const cpu0 = cpuMs();
    for (let from = 0; from < total; from += slice) {
      const input = path.join(dir, 'slice.jsonl');
      writeFileSync(input, take(lines, slice).map((l) => JSON.stringify(dropDates ? { ...l, published: undefined } : l)).join('\n') + '\n');
      inputBytes += statSync(input).size;
      const c0 = cpuMs();
      const report = await ingester.ingest([input]);
      const whole = cpuMs() - c0;
      ingestMs += whole;
      for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += report.cpu[k];
      stored += report.stored.length;
      copies += report.stored.filter((p) => p.duplicateOf !== null).length;
      if (report.stored.length === 0) throw new Error(`slice at ${from} stored nothing: ${JSON.stringify(report.diagnostics.slice(0, 2))}`);
      const undated = report.diagnostics.find((d) => d.rule === 'implausible-published' || d.rule === 'bad-published');
      if (undated !== undefined) throw new Error(`slice at ${from} lost a date, which would distort the clusterer's clock: ${JSON.stringify(undated)}`);
      const point = { size: stored, wholeMs: whole / report.stored.length, placeMs: report.cpu.place / report.stored.length };
      points.push(point);
      const memory = process.memoryUsage();
      console.log(`  ${stored} stored: ${point.wholeMs.toFixed(2)} whole / ${point.placeMs.toFixed(2)} placing CPU ms per article; `
        + `${((cpuMs() - cpu0) / 1000).toFixed(0)} s CPU, ${((performance.now() - wall0) / 1000).toFixed(0)} s wall; `
        + `RSS ${gb(memory.rss)} (peak ${gb(process.resourceUsage().maxRSS * 1024)}), heap ${gb(memory.heapUsed)}`);
      if (plot !== undefined) writeFileSync(plot, scalingSvg([...done, { total, points }], mode));
    }
    const cpuSeconds = ingestMs / 1000;
    const generateSeconds = (cpuMs() - cpu0 - ingestMs) / 1000;
    const wallSeconds = (performance.now() - wall0) / 1000;
    const stories = (await store.db.selectFrom('stories').select(({ fn }) => fn.countAll<number>().as('n')).where('merged_into', 'is', null).executeTakeFirstOrThrow()).n;
    await store.close();
    const bytes = statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
    const ms = (x: number) => `${(x / 1000).toFixed(1)} s`;
    console.log(`\n${total} ${dropDates ? 'undated ' : ''}articles, annotate=${mode}: ${(stored / cpuSeconds).toFixed(0)} articles per CPU second `
      + `(${cpuSeconds.toFixed(1)} s CPU in the ingests, ${wallSeconds.toFixed(1)} s wall, ${points.length} slices; generating the stream took ${generateSeconds.toFixed(1)} s CPU more); ${stories} stories, ${copies} stored as copies`);
    console.log(`  CPU: read ${ms(sum.read)} · extract ${ms(sum.extract)} · annotate ${ms(sum.annotate)} · dedupe + cluster + store ${ms(sum.place)} `
      + `(${(stored / (sum.place / 1000)).toFixed(0)} articles per CPU second for that part)`);
    console.log(`  store: ${(bytes / 1e6).toFixed(1)} MB (${(bytes / stored / 1024).toFixed(1)} KB per article; input ${(inputBytes / 1e6).toFixed(1)} MB); `
      + `peak RSS ${(process.resourceUsage().maxRSS / 1024 / 1024).toFixed(2)} GB`);
    // The slices nearest to 10,000, 100,000, 500,000 and 1,000,000 stored articles, and the first and last.
    const nearest = (n: number) => points.reduce((a, b) => (Math.abs(b.size - n) < Math.abs(a.size - n) ? b : a));
    const shown = [...new Set([points[0]!, ...[1e4, 1e5, 5e5, 1e6].filter((n) => n <= stored * 1.05).map(nearest), points[points.length - 1]!])];
    console.log(`  CPU ms per article by store size: ${shown.map((p) => `${p.size}: ${p.wholeMs.toFixed(2)} whole / ${p.placeMs.toFixed(2)} placing`).join(' · ')}`);
    return { total, points };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Colours of the plot's runs, smallest run first. */
const COLOURS = ['#1b6ca8', '#c2410c', '#15803d', '#7e22ce'];

/** An SVG of CPU ms per article against store size (log scale), one line pair per run: no plotting dependency. */
function scalingSvg(runs: readonly RunResult[], mode: string): string {
  const W = 720;
  const H = 420;
  const pad = { left: 64, right: 200, top: 40, bottom: 56 };
  const all = runs.flatMap((r) => r.points);
  const xMin = Math.min(...all.map((p) => p.size));
  const xMax = Math.max(...all.map((p) => p.size));
  const yMax = Math.ceil(Math.max(...all.map((p) => p.wholeMs)) * 1.15 * 10) / 10;
  const lx = (v: number) => Math.log10(v);
  const x = (v: number) => pad.left + ((lx(v) - lx(xMin)) / Math.max(1e-9, lx(xMax) - lx(xMin))) * (W - pad.left - pad.right);
  const y = (v: number) => H - pad.bottom - (v / yMax) * (H - pad.top - pad.bottom);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  out.push(`<text x="${pad.left}" y="22" font-size="14">CPU time per article against store size (bench/store.ts, annotate=${mode})</text>`);
  for (let i = 0; i <= 5; i++) {
    const v = (yMax * i) / 5;
    out.push(`<line x1="${pad.left}" x2="${W - pad.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`);
    out.push(`<text x="${pad.left - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v.toFixed(2)}</text>`);
  }
  for (let e = Math.ceil(lx(xMin)); e <= Math.floor(lx(xMax)); e++) {
    const v = 10 ** e;
    out.push(`<line x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${pad.top}" y2="${H - pad.bottom}" stroke="#ddd"/>`);
    out.push(`<text x="${x(v).toFixed(1)}" y="${H - pad.bottom + 18}" text-anchor="middle">${v.toLocaleString('en')}</text>`);
  }
  out.push(`<text x="${(pad.left + W - pad.right) / 2}" y="${H - 14}" text-anchor="middle">articles in the store (log scale)</text>`);
  out.push(`<text transform="translate(16 ${(pad.top + H - pad.bottom) / 2}) rotate(-90)" text-anchor="middle">CPU ms per article</text>`);
  runs.forEach((r, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const line = (key: 'wholeMs' | 'placeMs') => r.points.map((p) => `${x(p.size).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
    out.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${line('wholeMs')}"/>`);
    out.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="5 4" points="${line('placeMs')}"/>`);
    const ly = pad.top + 10 + i * 36;
    out.push(`<line x1="${W - pad.right + 14}" x2="${W - pad.right + 40}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`);
    out.push(`<text x="${W - pad.right + 46}" y="${ly + 4}">${r.total.toLocaleString('en')}-article run: whole</text>`);
    out.push(`<line x1="${W - pad.right + 14}" x2="${W - pad.right + 40}" y1="${ly + 16}" y2="${ly + 16}" stroke="${colour}" stroke-width="2" stroke-dasharray="5 4"/>`);
    out.push(`<text x="${W - pad.right + 46}" y="${ly + 20}">dedupe + cluster + store</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const mode = valueOf('--annotate') ?? 'light';
if (mode !== 'full' && mode !== 'light') throw new Error('--annotate must be full or light');
const plot = valueOf('--plot');
const undated = args.includes('--undated');
const sizes = args.filter((a, i) => /^\d+$/.test(a) && !['--annotate', '--plot'].includes(args[i - 1] ?? '')).map(Number);
const results: RunResult[] = [];
for (const n of sizes.length > 0 ? sizes : [10_000]) results.push(await run(n, mode, results, plot, undated));
if (plot !== undefined) {
  writeFileSync(plot, scalingSvg(results, mode));
  console.log(`\nplot written to ${plot}`);
}
