/**
 * HTML extraction benchmark: the Crosscheck HTML extractor against plain @mozilla/readability on
 * linkedom, on the AEB and WCXB-dev sets, in one run. Each extractor and dataset runs in its own
 * child process so that peak memory (max RSS) belongs to that extractor alone.
 *
 *   node --import tsx bench/extract.ts [dataDir]     (default ../shared/data/extraction)
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createHtmlExtractor } from '../src/extract/html/index.js';
import { decodeHtmlBytes } from '../src/ingest/decode-html.js';
import { aebScores, bagOfWordsScores, loadExtractionDataset, mean, shingleCounts } from '../src/eval/index.js';

type ExtractorName = 'crosscheck' | 'readability';
const DATASETS = ['aeb', 'wcxb-dev'] as const;
const EXTRACTORS: readonly ExtractorName[] = ['crosscheck', 'readability'];

interface WorkerResult {
  extractor: ExtractorName;
  dataset: string;
  n: number;
  aebF1: number;
  aebPrecision: number;
  aebRecall: number;
  wcxbF1: number;
  seconds: number;
  pagesPerSecond: number;
  /** Pages per second of CPU time (user + system): steadier than wall time on a machine shared with other jobs. */
  pagesPerCpuSecond: number;
  peakRssMb: number;
}

function plainReadability(html: string): string {
  const { document } = parseHTML(html);
  try {
    return new Readability(document as never).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

async function worker(extractor: ExtractorName, dir: string): Promise<WorkerResult> {
  const pages = await loadExtractionDataset(dir);
  const ours = createHtmlExtractor();
  const run = extractor === 'crosscheck' ? (html: string, url: string | null) => ours(html, url === null ? {} : { url }).text : plainReadability;
  const counts = [];
  const bow = [];
  let seconds = 0;
  let cpuSeconds = 0;
  for (const page of pages) {
    const html = decodeHtmlBytes(await page.bytes()).text;
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const text = run(html, page.url);
    seconds += Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    cpuSeconds += (used.user + used.system) / 1e6;
    counts.push(shingleCounts(page.gold, text));
    bow.push(bagOfWordsScores(page.gold, text).f1);
  }
  const aeb = aebScores(counts);
  return {
    extractor,
    dataset: path.basename(dir),
    n: pages.length,
    aebF1: aeb.f1,
    aebPrecision: aeb.precision,
    aebRecall: aeb.recall,
    wcxbF1: mean(bow),
    seconds,
    pagesPerSecond: pages.length / seconds,
    pagesPerCpuSecond: pages.length / cpuSeconds,
    // maxRSS is in kilobytes.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const [mode, a, b] = process.argv.slice(2);
if (mode === '--worker') {
  process.stdout.write(JSON.stringify(await worker(a as ExtractorName, b as string)));
} else {
  const dataDir = mode ?? path.join(process.cwd(), '..', 'shared', 'data', 'extraction');
  const self = fileURLToPath(import.meta.url);
  const results: WorkerResult[] = [];
  for (const dataset of DATASETS) {
    for (const extractor of EXTRACTORS) {
      process.stderr.write(`${extractor} on ${dataset}…\n`);
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--worker', extractor, path.join(dataDir, dataset)], { encoding: 'utf8', maxBuffer: 1 << 24 });
      results.push(JSON.parse(out) as WorkerResult);
    }
  }
  const f = (x: number): string => x.toFixed(3);
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| dataset | extractor | pages | AEB F1 (P / R) | WCXB bag-of-words F1 | pages/s (wall) | pages/CPU-s | peak RSS MB |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    console.log(`| ${r.dataset} | ${r.extractor} | ${r.n} | ${f(r.aebF1)} (${f(r.aebPrecision)} / ${f(r.aebRecall)}) | ${f(r.wcxbF1)} | ${r.pagesPerSecond.toFixed(1)} | ${r.pagesPerCpuSecond.toFixed(1)} | ${Math.round(r.peakRssMb)} |`);
  }
}
