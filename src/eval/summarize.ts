/**
 * `crosscheck eval summarize <dataset>`: ROUGE-1 and ROUGE-2 recall of the story summariser on DUC
 * 2004 task 2 (`<topic>/docs/*.txt`, `<topic>/refs/*.txt`). Each topic's documents go through the
 * annotator as one story and are summarised in `words` words; ROUGE is computed with the DUC 2004
 * settings (see rouge.ts) and averaged as ROUGE-1.5.5 reports it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAnnotator } from '../pipeline.js';
import { createSummarizer } from '../brief/summarize-story.js';
import { asArticleId, type AnnotatedArticle, type Article, type SummarySentence } from '../types.js';
import { createRougeScorer, rouge155Average, type RougeScores } from './rouge.js';

export interface SummarizeEvalOptions {
  /** The word budget of every summary and ROUGE's `-l` (DUC 2004: 100). */
  readonly words: number;
  /** Called after each topic, for progress on stderr. */
  readonly onTopic?: (topic: string, scores: RougeScores, done: number, total: number) => void;
}

export interface SummarizeEvalResult {
  readonly rouge1: number;
  readonly rouge2: number;
  /** Topics scored. */
  readonly n: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
}

/** One DUC topic read from disk. */
export interface DucTopic {
  readonly id: string;
  readonly docs: readonly { readonly name: string; readonly text: string }[];
  readonly refs: readonly string[];
}

/** Reads the topics of a DUC-style dataset folder, sorted as ROUGE-1.5.5 orders its evaluations. */
export async function readDucTopics(datasetDir: string): Promise<DucTopic[]> {
  const entries = await readdir(datasetDir, { withFileTypes: true });
  const topics: DucTopic[] = [];
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    const dir = join(datasetDir, e.name);
    const docNames = (await readdir(join(dir, 'docs')).catch(() => [] as string[])).filter((f) => f.endsWith('.txt')).sort(byNumber);
    const refNames = (await readdir(join(dir, 'refs')).catch(() => [] as string[])).filter((f) => f.endsWith('.txt')).sort(byNumber);
    if (docNames.length === 0 || refNames.length === 0) continue;
    topics.push({
      id: e.name,
      docs: await Promise.all(docNames.map(async (name) => ({ name, text: await readFile(join(dir, 'docs', name), 'utf8') }))),
      refs: await Promise.all(refNames.map((name) => readFile(join(dir, 'refs', name), 'utf8'))),
    });
  }
  if (topics.length === 0) throw new Error(`no topics in ${datasetDir}: expected <topic>/docs/*.txt and <topic>/refs/*.txt`);
  return topics.sort((a, b) => (ducId(a.id) < ducId(b.id) ? -1 : 1));
}

/** The official DUC 2004 topic id of a dataset folder: `N` is d300NN, `10NN` is d310NN. */
export function ducId(folder: string): string {
  const n = /^\d+$/.test(folder) ? Number(folder) : NaN;
  if (Number.isNaN(n)) return folder;
  return n >= 1000 ? `d31${String(n - 1000).padStart(3, '0')}` : `d30${String(n).padStart(3, '0')}`;
}

function byNumber(a: string, b: string): number {
  return (Number(/\d+/.exec(a)?.[0] ?? 0) - Number(/\d+/.exec(b)?.[0] ?? 0)) || a.localeCompare(b);
}

/**
 * A DUC document as the article the pipeline reads: newswire lines are hard-wrapped, so line breaks
 * inside the text are spaces, and the TREC `` '' quote marks become curly quotes.
 */
export function ducArticle(topic: string, name: string, raw: string): Article {
  const text = raw.replace(/\s*\n\s*/g, ' ').replace(/``/g, '“').replace(/''/g, '”').trim();
  return {
    id: asArticleId(`${topic}/${name.replace(/\.txt$/, '')}`),
    source: `${topic}/docs/${name}`,
    title: '',
    outlet: null,
    published: null,
    text,
    standfirst: null,
    removed: [],
    diagnostics: [],
  };
}

/** A summary as ROUGE reads it: one sentence per line. */
export function summaryText(summary: readonly SummarySentence[]): string {
  return summary.map((s) => s.text.replace(/\s+/g, ' ')).join('\n');
}

/** Scores the summariser on a DUC-style dataset. */
export async function evalSummarize(datasetDir: string, options: SummarizeEvalOptions = { words: 100 }): Promise<SummarizeEvalResult> {
  const topics = await readDucTopics(datasetDir);
  const started = performance.now();
  const annotator = createAnnotator();
  const summarize = createSummarizer({ maxWords: options.words, cleaning: 'compress', fill: true });
  const score = createRougeScorer({ wordLimit: options.words });
  const perTopic: RougeScores[] = [];
  let articles = 0;
  for (const [i, topic] of topics.entries()) {
    const story: AnnotatedArticle[] = topic.docs.map((d) => annotator.article(ducArticle(topic.id, d.name, d.text)));
    articles += story.length;
    const s = score(summaryText(summarize(story)), topic.refs);
    perTopic.push(s);
    options.onTopic?.(topic.id, s, i + 1, topics.length);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    rouge1: rouge155Average(perTopic.map((s) => s.rouge1)),
    rouge2: rouge155Average(perTopic.map((s) => s.rouge2)),
    n: perTopic.length,
    seconds,
    articlesPerSecond: articles / seconds,
  };
}
