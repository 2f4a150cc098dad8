/**
 * Ingesting into the store: read and extract a batch as `crosscheck brief` does, then annotate each
 * new article and place it (duplicate group, story) in its own transaction, so an interrupted run
 * keeps every article it finished and the next run completes the rest.
 */
import { featuresOf, streamOrder } from '../cluster/index.js';
import { baseIdOf, createTextExtractor } from '../extract/index.js';
import { createTextIngester, type IngestOptions } from '../ingest/index.js';
import { createAnnotator } from '../pipeline.js';
import { asArticleId, type AnnotatedArticle, type Article, type Diagnostic, type RawDocument } from '../types.js';
import { contentHash } from './annotations-codec.js';
import type { Store } from './open-store.js';
import { placeArticle, type PlacedArticle } from './place-article.js';
import { createPlacementIndex, type PlacementIndex, type PlacementOptions } from './placement-index.js';
import { checkPublished } from './published-check.js';

const HTTP_URL = /^https?:\/\//i;

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
  /** Called after each article is committed (progress). */
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
  let index: PlacementIndex | null = null;

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
    for (const article of ordered) {
      const url = urlOf.get(article.source) ?? null;
      const hash = contentHash(article);
      const already = await store.read((db) => findExisting(db, hash, article.source, url));
      if (already !== null) {
        skipped.push({ source: article.source, ...already });
        continue;
      }
      t = performance.now();
      c = cpuMs();
      const annotated = annotate(article);
      timings.annotate += performance.now() - t;
      cpu.annotate += cpuMs() - c;

      t = performance.now();
      c = cpuMs();
      const placed = await store.write(async (tx) => {
        const { live, mayHaveRaced } = await ready(tx);
        if (mayHaveRaced) {
          const raced = await findExisting(tx, hash, article.source, url);
          if (raced !== null) return raced;
        }
        const id = live.allocateId(baseIdOf(article.source));
        const a = { ...annotated, article: { ...annotated.article, id: asArticleId(id) } };
        const seq = live.lastSeq() + 1;
        // The index now holds an article the transaction may still lose: forget it unless it commits.
        index = null;
        const result = await placeArticle(tx, a, live.add(featuresOf(a), seq), { seq, url, runId, now: now().toISOString() });
        return { result, live };
      });
      timings.place += performance.now() - t;
      cpu.place += cpuMs() - c;
      if ('reason' in placed) {
        skipped.push({ source: article.source, ...placed });
        continue;
      }
      index = placed.live;
      stored.push(placed.result);
      options.onStored?.(placed.result, stored.length, ordered.length);
    }
    for (const s of skipped) {
      diagnostics.push({ severity: 'info', source: s.source, rule: 'already-stored', note: `already in the store as ${s.existing} (${s.reason}); not stored again` });
    }
    await finishRun(store, runId, stored.length, skipped.length, diagnostics, now());
    return { runId, stored, skipped, diagnostics, timings, cpu };
  }

  /** The placement index, caught up with the store inside the current transaction, and whether it had to catch up. */
  async function ready(tx: Parameters<Parameters<Store['write']>[0]>[0]) {
    const live = index ?? createPlacementIndex(options);
    const fresh = index === null;
    index = live;
    const added = await live.catchUp(tx);
    // Rows this index had not seen may include this very article, stored by another process.
    return { live, mayHaveRaced: fresh || added > 0 };
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

type Db = Parameters<Parameters<Store['read']>[0]>[0];

async function findExisting(db: Db, hash: string, source: string, url: string | null): Promise<Omit<SkippedArticle, 'source'> | null> {
  const row = await db.selectFrom('articles').select(['id', 'content_hash', 'source', 'url'])
    .where((eb) => eb.or([eb('content_hash', '=', hash), eb('source', '=', source), ...(url !== null ? [eb('url', '=', url)] : [])]))
    .executeTakeFirst();
  if (row === undefined) return null;
  const reason = row.content_hash === hash ? 'same-content' : url !== null && row.url === url ? 'same-url' : 'same-source';
  return { existing: row.id, reason };
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
