import { Option, type Command } from 'commander';
import type { QuoteSplitChoice } from '../eval/quotes.js';

/** The tasks of DESIGN.md. */
export const EVAL_TASKS = ['extract', 'cluster', 'summarize', 'quotes', 'genre', 'ner', 'conflicts'] as const;
export type EvalTask = (typeof EVAL_TASKS)[number];

/** Progress is printed at most this often, so a fast run does not flood the terminal. */
const PROGRESS_EVERY = 25;

export interface EvalOptions {
  readonly json?: boolean;
  readonly metric: 'aeb' | 'wcxb';
  readonly limit?: number;
  readonly split?: QuoteSplitChoice;
}

type Metrics = Readonly<Record<string, unknown>>;

/**
 * One runner per task, each importing its scorer only when asked, so that `crosscheck brief`
 * never loads the evaluation code.
 */
const RUNNERS: Readonly<Record<EvalTask, ((dataset: string, opts: EvalOptions) => Promise<Metrics>) | null>> = {
  extract: async (dataset, opts) => {
    const { evaluateExtraction } = await import('../eval/extract-eval.js');
    return evaluateExtraction(dataset, {
      metric: opts.metric,
      ...(opts.limit !== undefined && { limit: opts.limit }),
      onPage: (_page, done, total) => {
        if (done % PROGRESS_EVERY === 0 || done === total) process.stderr.write(`extract: ${done}/${total} pages\n`);
      },
    }) as unknown as Promise<Metrics>;
  },
  cluster: async (dataset) => {
    const { evalCluster } = await import('../eval/cluster.js');
    return evalCluster(dataset) as unknown as Promise<Metrics>;
  },
  summarize: async (dataset) => {
    const { evalSummarize } = await import('../eval/summarize.js');
    return evalSummarize(dataset, { words: 100 }) as unknown as Promise<Metrics>;
  },
  quotes: async (dataset, opts) => {
    const { evalQuotes } = await import('../eval/quotes.js');
    return evalQuotes(dataset, { split: opts.split ?? 'all' }) as unknown as Promise<Metrics>;
  },
  genre: null,
  ner: async (dataset) => {
    const { evalNer } = await import('../eval/ner.js');
    return evalNer(dataset) as unknown as Promise<Metrics>;
  },
  conflicts: async (dataset) => {
    const { evalConflicts } = await import('../eval/conflicts.js');
    return evalConflicts(dataset) as unknown as Promise<Metrics>;
  },
};

/** `crosscheck eval <task> <dataset> --json`: scorers against public benchmarks. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('score a pipeline stage on a benchmark dataset')
    .argument('<task>', EVAL_TASKS.join(' | '))
    .argument('<dataset>', 'dataset path (formats of ../shared/data/README.md)')
    .option('--json', 'print one JSON object of metrics')
    .addOption(new Option('--metric <metric>', 'extract: aeb (shingle F1) or wcxb (bag-of-words F1)').choices(['aeb', 'wcxb']).default('aeb'))
    .option('--limit <n>', 'extract: score only the first n pages', (v) => Number.parseInt(v, 10))
    .addOption(new Option('--split <part>', 'quotes: articles the top-level figures cover (the attribution tagger trains on "train" only; "heldout" and "train" are always reported too)').choices(['all', 'train', 'heldout', 'tune']).default('all'))
    .action(async (task: string, dataset: string, opts: EvalOptions) => {
      if (!(EVAL_TASKS as readonly string[]).includes(task)) {
        throw new Error(`unknown eval task "${task}" (choose one of: ${EVAL_TASKS.join(', ')})`);
      }
      const run = RUNNERS[task as EvalTask];
      if (run === null) {
        const available = EVAL_TASKS.filter((t) => RUNNERS[t] !== null).join(', ');
        throw new Error(`eval task "${task}" is not available yet (available: ${available})`);
      }
      if (opts.limit !== undefined && (!Number.isInteger(opts.limit) || opts.limit <= 0)) throw new Error('--limit must be a positive integer');
      const result = await run(dataset, opts);
      process.stdout.write(opts.json === true ? `${JSON.stringify(result)}\n` : readable(task, result));
    });
}

function readable(task: string, r: Metrics): string {
  const parts = Object.entries(r)
    .filter(([, v]) => typeof v === 'number')
    .map(([k, v]) => `${k} ${Number.isInteger(v) ? String(v) : (v as number).toFixed(3)}`);
  return `${task}: ${parts.join(', ')}\n`;
}
