/**
 * `node --import tsx bench/summarize.ts [dataset]`: time to summarise a 10-article story, on the
 * DUC 2004 topics (default ../shared/data/summarization/duc2004). Reports per topic, on one core
 * (Node runs this on one thread): annotation alone, the 100-word DUC summary alone, the brief's
 * five-sentence summary alone, the fact groups it cites from, and annotation plus summary.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createAnnotator } from '../src/pipeline.js';
import { buildFacts } from '../src/brief/facts.js';
import { mergeEntities } from '../src/brief/merge-entities.js';
import { buildSummary } from '../src/brief/summary.js';
import { createSummarizer } from '../src/brief/summarize-story.js';
import { ducArticle, readDucTopics } from '../src/eval/summarize.js';
import type { AnnotatedArticle } from '../src/types.js';

/** Repeats per topic for the summary timings, so that one slow run (GC) does not decide the figure. */
const REPEATS = 5;
const dataset = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/summarization/duc2004', import.meta.url));
if (!existsSync(dataset)) {
  console.error(`no dataset at ${dataset}: pass a DUC-style folder (<topic>/docs/*.txt, <topic>/refs/*.txt)`);
  process.exit(2);
}

const topics = await readDucTopics(dataset);
const annotator = createAnnotator();
const duc = createSummarizer({ maxWords: 100, cleaning: 'compress', fill: true });
const annotate: number[] = [];
const ducSummary: number[] = [];
const briefSummary: number[] = [];
const factGroups: number[] = [];
let articles = 0;
for (const t of topics) {
  let t0 = performance.now();
  const story: AnnotatedArticle[] = t.docs.map((d) => annotator.article(ducArticle(t.id, d.name, d.text)));
  annotate.push(performance.now() - t0);
  articles += story.length;
  const times: number[] = [];
  const briefTimes: number[] = [];
  const factTimes: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    t0 = performance.now();
    duc(story);
    times.push(performance.now() - t0);
    t0 = performance.now();
    const facts = buildFacts(story, mergeEntities(story), (id) => id);
    factTimes.push(performance.now() - t0);
    t0 = performance.now();
    buildSummary(story, facts);
    briefTimes.push(performance.now() - t0);
  }
  ducSummary.push(median(times));
  briefSummary.push(median(briefTimes));
  factGroups.push(median(factTimes));
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function p95(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
}
const row = (name: string, xs: readonly number[]) =>
  `${name.padEnd(42)} median ${median(xs).toFixed(1).padStart(6)} ms   p95 ${p95(xs).toFixed(1).padStart(6)} ms   max ${Math.max(...xs).toFixed(1).padStart(6)} ms`;
const both = annotate.map((a, i) => a + ducSummary[i]!);
console.log(`${topics.length} topics, ${articles} articles (${(articles / topics.length).toFixed(1)} per story), Node ${process.version}`);
console.log(row('annotation only (per story)', annotate));
console.log(row('DUC summary, 100 words (annotation excluded)', ducSummary));
console.log(row('brief summary, 5 sentences (given facts)', briefSummary));
console.log(row('fact groups (entity merge + buildFacts)', factGroups));
console.log(row('annotation + DUC summary', both));
