import type { Command } from 'commander';

/** `crosscheck eval <task> <dataset> --json`: scorers against public benchmarks. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('score a pipeline stage on a benchmark dataset')
    .argument('<task>', 'extract | cluster | summarize | quotes | genre | ner')
    .argument('<dataset>', 'dataset path (formats of ../shared/data/README.md)')
    .option('--json', 'print one JSON object of metrics')
    .action((task: string) => {
      throw new Error(`eval task "${task}" is not available yet`);
    });
}
