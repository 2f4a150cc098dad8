/**
 * `node --import tsx bench/quotes.ts`: sentences, entities (rules + tagger) and quotes over 1 MB of
 * news text (PolNeAR articles from ../shared/data) on one core; also the tagger's load time.
 * The headline figure (`cpuSeconds`) is the 1 MB read once, after a warm-up on 3 MB of other
 * articles of the same file: the code is compiled, as in a long ingest, but the taggers' per-word
 * caches have not seen this text. (After a warm-up of only 1 MB, V8 still optimises about a hundred
 * functions, and undoes and redoes some, while the measured megabyte is read: `--warmup-mb 1` shows
 * that earlier state of a process.) `repeatCpuSeconds` is the median of reading the same megabyte
 * again (caches hot). Times are CPU seconds of this process (user + system, the compiler's and
 * collector's threads included): the shared machine's load inflates wall time.
 *
 *   node --import tsx bench/quotes.ts [--warmup-mb N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createQuoteOnlyAnnotator } from '../src/eval/quotes.js';
import { loadNerModel } from '../src/annotate/ner-model.js';
import { asArticleId, type Article } from '../src/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILE = `${ROOT}../shared/data/quotes/polnear-dev.jsonl`;
/** The amount of text the figure is quoted for. */
const TARGET_BYTES = 1_000_000;
/** Megabytes of other articles read before the measured one (`--warmup-mb`); the file holds 4.3 MB of text. */
const WARMUP_AT = process.argv.indexOf('--warmup-mb');
const WARMUP_BYTES = (WARMUP_AT >= 0 ? Number(process.argv[WARMUP_AT + 1]) : 3) * 1_000_000;
if (!(WARMUP_BYTES >= 0)) {
  console.error(`--warmup-mb: expected a number of megabytes, got ${process.argv[WARMUP_AT + 1]}`);
  process.exit(1);
}
/** Runs of the whole megabyte: the first is the headline, the median of the others `repeatCpuSeconds`. */
const RUNS = 3;

if (!existsSync(FILE)) {
  console.error(`missing ${FILE}: run with ../shared/data beside the project`);
  process.exit(1);
}
const articles: Article[] = [];
const warmup: Article[] = [];
let bytes = 0;
let warmBytes = 0;
for (const line of readFileSync(FILE, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as { id: string; text: string };
  const article: Article = { id: asArticleId(row.id), source: row.id, title: '', outlet: null, published: null, text: row.text, standfirst: null, removed: [], diagnostics: [] };
  if (bytes < TARGET_BYTES) {
    bytes += Buffer.byteLength(row.text);
    articles.push(article);
  } else if (warmBytes < WARMUP_BYTES) {
    warmBytes += Buffer.byteLength(row.text);
    warmup.push(article);
  }
}

/** CPU seconds since `from` (user + system), immune to other processes on a loaded machine. */
const cpuSeconds = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

const t0 = process.cpuUsage();
loadNerModel();
const loadMs = cpuSeconds(t0) * 1000;
const annotate = createQuoteOnlyAnnotator();
const warmStart = process.cpuUsage();
for (const a of warmup) annotate(a);
const warmupSeconds = cpuSeconds(warmStart);
const times: number[] = [];
let quotes = 0;
for (let run = 0; run < RUNS; run += 1) {
  const start = process.cpuUsage();
  quotes = 0;
  for (const a of articles) quotes += annotate(a).length;
  times.push(cpuSeconds(start));
}
const seconds = times[0]!;
const repeats = times.slice(1).sort((a, b) => a - b);
const repeatSeconds = repeats[Math.floor(repeats.length / 2)]!;
console.log(JSON.stringify({
  articles: articles.length, megabytes: bytes / 1e6, quotes, modelLoadCpuMs: Math.round(loadMs),
  warmupMegabytes: warmBytes / 1e6, warmupCpuSeconds: Number(warmupSeconds.toFixed(2)),
  cpuSeconds: Number(seconds.toFixed(2)), megabytesPerSecond: Number((bytes / 1e6 / seconds).toFixed(2)),
  repeatCpuSeconds: Number(repeatSeconds.toFixed(2)), runs: times.map((t) => Number(t.toFixed(2))),
}));
