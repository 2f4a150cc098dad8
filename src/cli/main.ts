/** The `crosscheck` command line: one command per user job. */
import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { formatDiagnostic } from './diagnostics.js';
import { createPipeline } from '../pipeline.js';
import { addIngestFlags, ingestOptionsFromFlags, type IngestFlags } from '../ingest/flags.js';
import { registerEvalCommand } from './eval-command.js';
import { renderHtml, renderJson, renderMarkdown } from '../render/index.js';
import type { Brief, Diagnostic } from '../types.js';

/** Commands that need neither the store nor the server. */
const LIGHT_COMMANDS: ReadonlySet<string> = new Set(['brief', 'eval']);

const RENDERERS = { md: renderMarkdown, json: renderJson, html: renderHtml } as const;
type Format = keyof typeof RENDERERS;

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('crosscheck')
    .description('Cross-checked briefs of many outlets\' reports of the same events.')
    .showHelpAfterError();

  const briefCommand = program
    .command('brief')
    .description('treat the inputs as one collection, cluster them into stories, print one brief per story')
    .argument('<inputs...>', 'files (text, HTML, RSS/Atom/JSON feeds, JSONL, WARC), folders or http(s) URLs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(RENDERERS)).default('md'))
    .option('-o, --out <file>', 'write the brief to a file instead of stdout');
  addIngestFlags(briefCommand)
    .action(async (inputs: string[], opts: { format: Format; out?: string } & IngestFlags) => {
      const pipeline = createPipeline({ ingest: ingestOptionsFromFlags(opts) });
      const brief = await pipeline.brief(inputs);
      reportDiagnostics(brief.diagnostics);
      const rendered = RENDERERS[opts.format](brief);
      if (opts.out !== undefined) writeFileSync(opts.out, rendered);
      else process.stdout.write(rendered);
      exitCode = exitCodeFor(brief);
    });

  registerEvalCommand(program);
  // The store and server commands load SQLite and the web stack: only when one of them (or the
  // help listing every command) is asked for, so that `brief` starts fast.
  const command = argv.find((a) => !a.startsWith('-'));
  if (command === undefined || !LIGHT_COMMANDS.has(command)) {
    const [store, serve] = await Promise.all([import('./store-commands.js'), import('./serve-command.js')]);
    store.registerStoreCommands(program);
    serve.registerServeCommand(program);
  }

  await program.parseAsync([...argv], { from: 'user' });
  return exitCode;
}

/** Non-zero only when no article at all could be read: one bad file never fails a batch. */
export function exitCodeFor(brief: Brief): number {
  return brief.articles.length === 0 ? 1 : 0;
}

function reportDiagnostics(diags: readonly Diagnostic[]): void {
  for (const d of diags) {
    process.stderr.write(formatDiagnostic(d));
  }
}
