/**
 * Ingesting into the store: read and extract a batch as `crosscheck brief` does, then annotate each
 * new article and place it (duplicate group, story), committing a few hundred milliseconds of
 * articles per transaction, so an interrupted run keeps every batch it finished and the next run
 * completes the rest.
 */
import { featuresOf, streamOrder } from '../cluster/index.js';
import { baseIdOf, createTextExtractor } from '../extract/index.js';
import { createTextIngester, type IngestOptions } from '../ingest/index.js';
import { createAnnotator } from '../pipeline.js';
import { asArticleId, type AnnotatedArticle, type Article, type Diagnostic, type RawDocument } from '../types.js';
import { contentHash } from './annotations-codec.js';
import type { Store } from './open-store.js';
import { createKeyIndex, earlierReason, type ArticleKeys } from './existing-keys.js';
import { createPlacementWriter, type ExistingArticle, type PlacedArticle, type PlacementWriter } from './place-article.js';
import { createPostgresPlacementWriter, type Admitted, type BatchPlacementWriter } from './place-article-postgres.js';
import { createPlacementIndex, type PlacementIndex, type PlacementOptions } from './placement-index.js';
import { checkPublished } from './published-check.js';

const HTTP_URL = /^https?:\/\//i;
/**
 * Articles committed together. One commit per article cost about a third of placing it; a batch is
 * still atomic (a killed run keeps every finished batch and the next run stores the rest).
 */
const BATCH_ARTICLES = 256;
/**
 * Milliseconds of work (annotating) after which a batch commits whatever its size: with the full
 * annotator a batch is a few dozen articles, so progress shows, a kill loses little, and the write
 * lock is held briefly (well under another process's busy timeout).
 */
const BATCH_MS = 200;

/** An annotated article waiting for its batch's transaction. */
interface Pending {
  readonly annotated: AnnotatedArticle;
  readonly hash: string;
  readonly url: string | null;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export interface StoreIngestOptions extends PlacementOptions {
  /** Reading options (size limits, network, feeds). */
  readonly ingest?: IngestOptions;
  /** Annotates one article; default the pipeline's annotator. */
  readonly annotate?: (article: Article) => AnnotatedArticle;
  /** The clock, for timestamps and the "future date" check. */
  readonly now?: () => Date;
  /** Articles per transaction at most (default 256; fewer when annotating takes long, see BATCH_MS). */
  readonly batchArticles?: number;
  /** Called for each article once its batch is committed (progress). */
  readonly onStored?: (placed: PlacedArticle, done: number, total: number) => void;
}

/** An input item not stored because the store already has it. */
export interface SkippedArticle {
  readonly source: string;
  readonly existing: string;
  readonly reason: 'same-content' | 'same-source' | 'same-url';
}

/** Milliseconds spent in each phase of a run. */
export interface IngestTimings {
  read: number;
  extract: number;
  /** Annotating, with the check (one indexed lookup) that the article is not stored yet. */
  annotate: number;
  /** Duplicate index, clusterer and the store's writes (including replaying the store on first use). */
  place: number;
}

export interface StoreIngestReport {
  readonly runId: number;
  /** Wall-clock time per phase. */
  readonly stored: readonly PlacedArticle[];
  readonly skipped: readonly SkippedArticle[];
  readonly diagnostics: readonly Diagnostic[];
  readonly timings: IngestTimings;
  /** CPU time of this process per phase: unlike wall time, not inflated when other processes share the core. */
  readonly cpu: IngestTimings;
}

/**
 * Creates an ingester into `store`. The duplicate index and clusterer are rebuilt from the store on
 * first use and kept up to date, also with what other processes store meanwhile.
 */
export function createStoreIngester(store: Store, options: StoreIngestOptions = {}) {
  const read = createTextIngester(options.ingest);
  const extract = createTextExtractor();
  const annotate = options.annotate ?? createAnnotator().article;
  const now = options.now ?? (() => new Date());
  const batchArticles = options.batchArticles ?? BATCH_ARTICLES;
  let index: PlacementIndex | null = null;
  let writerCache: PlacementWriter | BatchPlacementWriter | null = null;

  async function ingestDocuments(documents: readonly RawDocument[], readDiagnostics: readonly Diagnostic[] = [], inputs: readonly string[] = []): Promise<StoreIngestReport> {
    const timings: IngestTimings = { read: 0, extract: 0, annotate: 0, place: 0 };
    const cpu: IngestTimings = { read: 0, extract: 0, annotate: 0, place: 0 };
    const diagnostics: Diagnostic[] = [...readDiagnostics];
    const runId = await startRun(store, inputs, now());

    let t = performance.now();
    let c = cpuMs();
    const extracted = extract(documents);
    timings.extract = performance.now() - t;
    cpu.extract = cpuMs() - c;
    diagnostics.push(...extracted.diagnostics);
    const urlOf = new Map(documents.map((d) => [d.source, d.meta?.url ?? (HTTP_URL.test(d.source) ? d.source : null)]));

    const candidates: Article[] = [];
    for (const article of extracted.articles) {
      if (article.text.trim() === '') {
        diagnostics.push({ severity: 'warning', source: article.source, rule: 'empty-text', note: 'no article text left after extraction; not stored' });
        continue;
      }
      const checked = checkPublished(article.published, article.source, now());
      const own = checked.diagnostic === null ? article.diagnostics : [...article.diagnostics, checked.diagnostic];
      if (checked.diagnostic !== null) diagnostics.push(checked.diagnostic);
      candidates.push({ ...article, published: checked.published, diagnostics: own });
    }

    const stored: PlacedArticle[] = [];
    const skipped: SkippedArticle[] = [];
    const ordered = streamOrder(candidates);
    const writer = placementWriter();
    let batch: Pending[] = [];
    let batchStarted = performance.now();

    /** Places the batch in one transaction: all of it is stored, or (killed, failed) none of it. */
    const flush = async () => {
      if (batch.length === 0) return;
      const pending = batch;
      batch = [];
      t = performance.now();
      c = cpuMs();
      const done = await store.write(async (tx) => {
        const live = await ready(tx);
        // The index now holds articles the transaction may still lose: forget it unless it commits.
        index = null;
        const at = now().toISOString();
        if ('placeBatch' in writer) return { live, results: await writer.placeBatch(tx, pending, (annotated) => admit(live, annotated), { runId, now: at }) };
        const results: (PlacedArticle | SkippedArticle)[] = [];
        for (const { annotated, hash, url } of pending) {
          const { source } = annotated.article;
          // Another process, or an earlier article of this batch, may have stored it since the first check.
          const raced = await writer.findExisting(tx, hash, source, url);
          if (raced !== null) {
            results.push({ source, ...raced });
            continue;
          }
          const { article, placement, seq } = admit(live, annotated);
          results.push(await writer.place(tx, article, placement, { seq, hash, url, runId, now: at }));
        }
        return { live, results };
      });
      timings.place += performance.now() - t;
      cpu.place += cpuMs() - c;
      index = done.live;
      done.results.forEach((r, i) => {
        if ('reason' in r) {
          skipped.push(r);
          return;
        }
        const { annotated, hash, url } = pending[i]!;
        storedKeys?.add({ hash, source: annotated.article.source, url }, r.id);
        stored.push(r);
        options.onStored?.(r, stored.length, ordered.length);
      });
      batchStarted = performance.now();
    };

    // On PostgreSQL the check before annotating asks about a batch of articles per query; the
    // articles this run has stored since are checked in memory, so the answers are the same.
    const storedKeys = 'placeBatch' in writer ? createKeyIndex() : null;
    const keysOf = (a: Article): ArticleKeys => ({ hash: contentHash(a), source: a.source, url: urlOf.get(a.source) ?? null });
    // On PostgreSQL the keys of a chunk of articles, computed once for its query and for placing.
    let chunk: readonly ArticleKeys[] = [];
    let checked: readonly (ExistingArticle | null)[] = [];
    let checkedFrom = 0;
    /** Article `i`'s keys, and the stored article it repeats, if any. */
    const findExisting = async (i: number): Promise<{ keys: ArticleKeys; existing: ExistingArticle | null }> => {
      if ('findExisting' in writer) {
        const keys = keysOf(ordered[i]!);
        return { keys, existing: await store.read((db) => Promise.resolve(writer.findExisting(db, keys.hash, keys.source, keys.url))) };
      }
      if (i >= checkedFrom + chunk.length) {
        chunk = ordered.slice(i, i + batchArticles).map(keysOf);
        checked = await store.read((db) => writer.findExistingMany(db, chunk));
        checkedFrom = i;
      }
      const keys = chunk[i - checkedFrom]!;
      return { keys, existing: earlierReason(checked[i - checkedFrom] ?? null, storedKeys!.find(keys)) };
    };

    // Clock reads per batch, not per article: reading the CPU clock is a system call.
    let collectWall = performance.now();
    let collectCpu = cpuMs();
    for (const [i, article] of ordered.entries()) {
      // Checked before annotating: a run over files already stored costs a lookup per article, not an annotation.
      const { keys: { hash, url }, existing: already } = await findExisting(i);
      if (already !== null) {
        skipped.push({ source: article.source, ...already });
        continue;
      }
      batch.push({ annotated: annotate(article), hash, url });
      if (batch.length >= batchArticles || performance.now() - batchStarted >= BATCH_MS) {
        timings.annotate += performance.now() - collectWall;
        cpu.annotate += cpuMs() - collectCpu;
        await flush();
        collectWall = performance.now();
        collectCpu = cpuMs();
      }
    }
    timings.annotate += performance.now() - collectWall;
    cpu.annotate += cpuMs() - collectCpu;
    await flush();
    for (const s of skipped) {
      diagnostics.push({ severity: 'info', source: s.source, rule: 'already-stored', note: `already in the store as ${s.existing} (${s.reason}); not stored again` });
    }
    await finishRun(store, runId, stored.length, skipped.length, diagnostics, now());
    return { runId, stored, skipped, diagnostics, timings, cpu };
  }

  /** The placement index, caught up inside the current transaction with what other processes stored. */
  async function ready(tx: Parameters<Parameters<Store['write']>[0]>[0]): Promise<PlacementIndex> {
    const live = index ?? createPlacementIndex(options);
    index = live;
    await live.catchUp(tx);
    return live;
  }

  /** The backend's writer, made once per ingester (on SQLite, preparing is a parse and plan of each query). */
  function placementWriter(): PlacementWriter | BatchPlacementWriter {
    writerCache ??= store.kind === 'sqlite' ? createPlacementWriter(store.sqlite) : createPostgresPlacementWriter();
    return writerCache;
  }

  /** Lets an article into the placement index: its id, its placement, its storage order. */
  function admit(live: PlacementIndex, annotated: AnnotatedArticle): Admitted {
    const id = live.allocateId(baseIdOf(annotated.article.source));
    const article = { ...annotated, article: { ...annotated.article, id: asArticleId(id) } };
    const seq = live.lastSeq() + 1;
    return { article, placement: live.add(featuresOf(article), seq), seq };
  }

  return {
    /** Reads files, folders, feeds, JSONL, WARC and URLs, and stores every new article. */
    async ingest(inputs: readonly string[]): Promise<StoreIngestReport> {
      const t = performance.now();
      const c = cpuMs();
      const result = await read(inputs);
      const readMs = performance.now() - t;
      const readCpu = cpuMs() - c;
      const report = await ingestDocuments(result.documents, result.diagnostics, inputs);
      report.timings.read = readMs;
      report.cpu.read = readCpu;
      return report;
    },
    ingestDocuments,
  };
}

async function startRun(store: Store, inputs: readonly string[], at: Date): Promise<number> {
  return store.write(async (tx) => {
    const last = await tx.selectFrom('ingest_runs').select(({ fn }) => fn.max('id').as('id')).executeTakeFirst();
    const id = Number(last?.id ?? 0) + 1;
    await tx.insertInto('ingest_runs').values({ id, started_at: at.toISOString(), finished_at: null, inputs: JSON.stringify(inputs), stored: 0, skipped: 0, diagnostics: '[]' }).execute();
    return id;
  });
}

async function finishRun(store: Store, id: number, stored: number, skipped: number, diagnostics: readonly Diagnostic[], at: Date): Promise<void> {
  await store.write((tx) => tx.updateTable('ingest_runs')
    .set({ finished_at: at.toISOString(), stored, skipped, diagnostics: JSON.stringify(diagnostics) })
    .where('id', '=', id).execute());
}
