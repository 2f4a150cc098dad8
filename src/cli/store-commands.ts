/**
 * The store's commands: `ingest`, `stories`, `show`, `merge`, `split`. Each opens the store named by
 * `--db` (an SQLite file or a `postgres://` URL; else `CROSSCHECK_DB`, else ./crosscheck.db), does
 * one job and closes it; store failures surface as StoreError messages that name the store and the fix.
 */
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import pc from 'picocolors';
import { formatDiagnostic } from './diagnostics.js';
import { addIngestFlags, ingestOptionsFromFlags, type IngestFlags } from '../ingest/index.js';
import { renderHtml, renderJson, renderMarkdown } from '../render/index.js';
import { listStories } from '../store/stories.js';
import { mergeStories, splitStory } from '../store/corrections.js';
import { openStore, resolveStoreLocation, type Store } from '../store/open-store.js';
import type { StoreIngestReport } from '../store/store-ingester.js';
import type { Diagnostic } from '../types.js';

const RENDERERS = { md: renderMarkdown, json: renderJson, html: renderHtml } as const;
type Format = keyof typeof RENDERERS;

/** Progress is printed at most this often on a long ingest, so the terminal is not flooded. */
const PROGRESS_EVERY = 100;

interface StoreFlags {
  readonly db?: string;
  readonly busyTimeout?: number;
}

const integer = (v: string): number => Number.parseInt(v, 10);

function addStoreFlags(command: Command): Command {
  return command
    .option('--db <file|url>', 'the store: an SQLite file or a postgres:// URL (default $CROSSCHECK_DB, else ./crosscheck.db)')
    .option('--busy-timeout <ms>', 'how long to wait for another process holding the store (default 5000)', integer);
}

/** Opens the store, runs `fn`, and always closes it. */
async function withStore<T>(flags: StoreFlags, create: boolean, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({
    location: resolveStoreLocation(flags.db),
    create,
    ...(flags.busyTimeout !== undefined && { busyTimeoutMs: flags.busyTimeout }),
  });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Registers the store commands on the `crosscheck` program. */
export function registerStoreCommands(program: Command): void {
  addStoreFlags(addIngestFlags(program
    .command('ingest')
    .description('read sources into the store: each new article joins a story, copies are grouped; already stored ones are skipped')
    .argument('<sources...>', 'files, folders, feeds, JSONL, WARC files or URLs')
    .option('--json', 'print the run report as JSON')
    .option('--verbose', 'print every diagnostic, also the informational ones')))
    .action(async (sources: string[], opts: IngestFlags & StoreFlags & { json?: boolean; verbose?: boolean }) => {
      const ingestOptions = ingestOptionsFromFlags(opts);
      // The annotator and brief builder load only for the commands that use them.
      const { createStoreIngester } = await import('../store/store-ingester.js');
      const report = await withStore(opts, true, (store) => createStoreIngester(store, {
        ingest: ingestOptions,
        onStored: (_placed, done, total) => {
          if (!opts.json && (done % PROGRESS_EVERY === 0 || done === total)) process.stderr.write(pc.dim(`ingest: ${done}/${total} articles stored\n`));
        },
      }).ingest(sources));
      reportDiagnostics(report.diagnostics, opts.verbose === true);
      if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(`${summaryLine(report)}\n`);
      if (report.stored.length === 0 && report.skipped.length === 0) throw new Error('no article could be read from the sources (see the diagnostics above)');
    });

  addStoreFlags(program
    .command('stories')
    .description('list the stored stories, newest first, with article and independent-outlet counts')
    .option('--limit <n>', 'show at most this many stories', integer)
    .option('--json', 'print the list as JSON'))
    .action(async (opts: StoreFlags & { limit?: number; json?: boolean }) => {
      const stories = await withStore(opts, false, (store) => listStories(store, opts.limit !== undefined ? { limit: opts.limit } : {}));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
        return;
      }
      if (stories.length === 0) process.stdout.write('no stories yet: `crosscheck ingest <sources…>` adds articles\n');
      // One write: a reader that stops early (`| head`) then closes the pipe once, not per line.
      process.stdout.write(stories.map((s) => {
        const date = s.lastPublished ?? '—'.padEnd(10);
        return `${s.id.padEnd(8)} ${date}  ${String(s.articles).padStart(4)} articles  ${String(s.outlets).padStart(3)} outlets  ${s.title || pc.dim('(untitled)')}\n`;
      }).join(''));
    });

  addStoreFlags(program
    .command('show')
    .description('print the brief of one stored story')
    .argument('<story>', 'story id, as `crosscheck stories` lists it')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(RENDERERS)).default('md'))
    .option('-o, --out <file>', 'write the brief to a file instead of stdout'))
    .action(async (story: string, opts: StoreFlags & { format: Format; out?: string }) => {
      const { storyBrief } = await import('../store/story-brief.js');
      const brief = await withStore(opts, false, (store) => storyBrief(store, story));
      const rendered = RENDERERS[opts.format](brief);
      if (opts.out !== undefined) writeFileSync(opts.out, rendered);
      else process.stdout.write(rendered);
    });

  addStoreFlags(program
    .command('merge')
    .description('merge story <b> into story <a>: one story from now on, also for later ingests')
    .argument('<a>', 'the story that stays')
    .argument('<b>', 'the story merged into it'))
    .action(async (a: string, b: string, opts: StoreFlags) => {
      const result = await withStore(opts, false, (store) => mergeStories(store, a, b));
      process.stdout.write(`merged ${b} into ${result.story} (${result.moved.length} articles moved)\n`);
    });

  addStoreFlags(program
    .command('split')
    .description('take articles out of a story into a new story; they never rejoin the old one')
    .argument('<story>', 'the story to take them from')
    .argument('<articles...>', 'article ids (`crosscheck show <story> --format json` lists them)'))
    .action(async (story: string, articles: string[], opts: StoreFlags) => {
      const result = await withStore(opts, false, (store) => splitStory(store, story, articles));
      process.stdout.write(`moved ${articles.length} articles from ${result.from} to new story ${result.story}\n`);
    });
}

function summaryLine(report: StoreIngestReport): string {
  const started = report.stored.filter((p) => p.joinedBy === 'new').length;
  const copies = report.stored.filter((p) => p.duplicateOf !== null).length;
  return `stored ${report.stored.length} articles (${started} new stories, ${copies} copies of earlier articles); ${report.skipped.length} already in the store`;
}

/** Warnings and errors one by one; informational notes counted by rule unless `verbose`. */
function reportDiagnostics(diags: readonly Diagnostic[], verbose: boolean): void {
  const info = new Map<string, number>();
  for (const d of diags) {
    if (d.severity === 'info' && !verbose) {
      info.set(d.rule, (info.get(d.rule) ?? 0) + 1);
      continue;
    }
    process.stderr.write(formatDiagnostic(d));
  }
  for (const [rule, n] of info) process.stderr.write(pc.dim(`info: ${n} × ${rule} (--verbose lists them)\n`));
}
