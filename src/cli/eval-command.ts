import { Option, type Command } from 'commander';
import { evaluateExtraction, type ExtractEvalResult, type ExtractMetric } from '../eval/index.js';

/** The tasks of DESIGN.md; those without a scorer yet fail with a clear message. */
export const EVAL_TASKS = ['extract', 'cluster', 'summarize', 'quotes', 'genre', 'ner'] as const;

/** Progress is printed at most this often, so a fast run does not flood the terminal. */
const PROGRESS_EVERY = 25;

interface EvalOptions {
  readonly json?: boolean;
  readonly metric: ExtractMetric;
  readonly limit?: number;
}

/** `crosscheck eval <task> <dataset> --json`: scorers against public benchmarks. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('score a pipeline stage on a benchmark dataset')
    .argument('<task>', EVAL_TASKS.join(' | '))
    .argument('<dataset>', 'dataset path (formats of ../shared/data/README.md)')
    .option('--json', 'print one JSON object of metrics')
    .addOption(new Option('--metric <metric>', 'extract: aeb (shingle F1) or wcxb (bag-of-words F1)').choices(['aeb', 'wcxb']).default('aeb'))
    .option('--limit <n>', 'score only the first n pages', (v) => Number.parseInt(v, 10))
    .action(async (task: string, dataset: string, opts: EvalOptions) => {
      if (!(EVAL_TASKS as readonly string[]).includes(task)) {
        throw new Error(`unknown eval task "${task}" (choose one of: ${EVAL_TASKS.join(', ')})`);
      }
      if (task !== 'extract') throw new Error(`eval task "${task}" is not available yet (available: extract)`);
      if (opts.limit !== undefined && (!Number.isInteger(opts.limit) || opts.limit <= 0)) throw new Error('--limit must be a positive integer');
      const result = await evaluateExtraction(dataset, {
        metric: opts.metric,
        ...(opts.limit !== undefined && { limit: opts.limit }),
        onPage: (_page, done, total) => {
          if (done % PROGRESS_EVERY === 0 || done === total) process.stderr.write(`extract: ${done}/${total} pages\n`);
        },
      });
      process.stdout.write(opts.json === true ? `${JSON.stringify(result)}\n` : summary(result));
    });
}

function summary(r: ExtractEvalResult): string {
  const pct = (x: number): string => (x * 100).toFixed(1);
  const meta = r.publishedAccuracy === undefined ? '' : `\npublished date accuracy ${pct(r.publishedAccuracy)}%, author accuracy ${pct(r.authorAccuracy ?? 0)}% (${r.metadataN} pages with gold metadata)`;
  return `extract (${r.metric}) on ${r.n} pages: F1 ${r.f1.toFixed(3)} (precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}); ${r.articlesPerSecond} pages/s${meta}\n`;
}
