/**
 * Hands what a user adds (pasted text, uploaded files, URLs and feeds) to the store's ingester,
 * one batch at a time: the ingester keeps the store's placement index in memory, and batches in
 * turn keep story placement the same as one `crosscheck ingest` after another.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createIngester, type IngestOptions } from '../ingest/index.js';
import { createStoreIngester, type Store, type StoreIngestReport } from '../store/index.js';
import type { Diagnostic, RawDocument } from '../types.js';
import { HttpError } from './errors.js';

/** Text pasted into the form or posted as JSON. */
export interface PastedArticle {
  readonly text: string;
  readonly title?: string;
  readonly outlet?: string;
  /** ISO day. */
  readonly published?: string;
  readonly url?: string;
}

/** An uploaded file: its name as the user's machine had it, and its bytes. */
export interface UploadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface IngestBatch {
  readonly pasted?: readonly PastedArticle[];
  readonly files?: readonly UploadedFile[];
  /** http(s) URLs of pages or feeds. */
  readonly urls?: readonly string[];
}

/** What the UI and API report back for one batch. */
export interface IngestSummary {
  readonly stored: readonly { readonly id: string; readonly story: string; readonly joinedBy: string; readonly duplicateOf: string | null }[];
  readonly skipped: readonly { readonly source: string; readonly existing: string; readonly reason: string }[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface IngestQueueOptions {
  /** Reading options for uploads and URLs (size limits, network, feeds). */
  readonly ingest?: IngestOptions;
  /** URLs per batch; more is refused (a crawl belongs to `crosscheck ingest`). Default 50. */
  readonly maxUrls?: number;
  /** Pasted articles and files per batch. Default 200. */
  readonly maxItems?: number;
}

export const DEFAULT_MAX_URLS = 50;
export const DEFAULT_MAX_ITEMS = 200;
const HTTP_URL = /^https?:\/\/\S+$/i;
/** Upload names are kept readable in sources but never reach the file system as given. */
const UNSAFE_NAME = /[^A-Za-z0-9._-]+/g;

export interface IngestQueue {
  ingest(batch: IngestBatch): Promise<IngestSummary>;
}

/** What the app learns from the queue. */
export interface IngestQueueHooks {
  /** The live stories a batch added articles to, after it is stored. */
  readonly changed?: (stories: readonly string[]) => void;
}

/** Creates the queue that feeds `store`. */
export function createIngestQueue(store: Store, options: IngestQueueOptions = {}, hooks: IngestQueueHooks = {}): IngestQueue {
  const maxUrls = options.maxUrls ?? DEFAULT_MAX_URLS;
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
  const ingester = createStoreIngester(store, options.ingest !== undefined ? { ingest: options.ingest } : {});
  const read = createIngester(options.ingest);
  let turn: Promise<unknown> = Promise.resolve();

  async function run(batch: IngestBatch): Promise<IngestSummary> {
    const pasted = batch.pasted ?? [];
    const files = batch.files ?? [];
    const urls = (batch.urls ?? []).map((u) => u.trim()).filter((u) => u !== '');
    const bad = urls.find((u) => !HTTP_URL.test(u));
    if (bad !== undefined) throw new HttpError(400, 'bad-url', `not an http(s) URL: ${bad.slice(0, 200)}`);
    if (urls.length > maxUrls) throw new HttpError(400, 'too-many-urls', `at most ${maxUrls} URLs per request (got ${urls.length}); use \`crosscheck ingest\` for more`);
    if (pasted.length + files.length > maxItems) throw new HttpError(400, 'too-many-items', `at most ${maxItems} articles and files per request (got ${pasted.length + files.length})`);
    if (pasted.length + files.length + urls.length === 0) throw new HttpError(400, 'nothing-to-add', 'nothing to add: paste an article, choose files or give URLs');

    const documents: RawDocument[] = pasted.filter((p) => p.text.trim() !== '').map(pastedDocument);
    const diagnostics: Diagnostic[] = [];
    const inputs = [...documents.map((d) => d.source), ...urls];
    if (files.length > 0) {
      const fromFiles = await readUploads(files, read);
      documents.push(...fromFiles.documents);
      diagnostics.push(...fromFiles.diagnostics);
      inputs.push(...fromFiles.sources);
    }
    if (urls.length > 0) {
      const fromUrls = await read(urls);
      documents.push(...fromUrls.documents);
      diagnostics.push(...fromUrls.diagnostics);
    }
    const report = await ingester.ingestDocuments(documents, diagnostics, inputs);
    if (report.stored.length > 0) hooks.changed?.(report.stored.map((p) => p.story));
    return summarise(report);
  }

  return {
    ingest(batch) {
      const next = turn.then(() => run(batch));
      turn = next.catch(() => undefined);
      return next;
    },
  };
}

const shortHash = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

/** A pasted article is named by its content, so pasting it twice is recognised as the same. */
function pastedDocument(p: PastedArticle): RawDocument {
  const meta = {
    ...(p.title?.trim() && { title: p.title.trim() }),
    ...(p.outlet?.trim() && { outlet: p.outlet.trim() }),
    ...(p.published?.trim() && { published: p.published.trim() }),
    ...(p.url?.trim() && { url: p.url.trim() }),
  };
  const text = p.text.replace(/\r\n?/g, '\n');
  // The title goes first as the headline line the text extractor looks for.
  const withTitle = meta.title !== undefined && !text.trimStart().startsWith(meta.title) ? `${meta.title}\n\n${text}` : text;
  return { kind: 'text', source: `paste:${shortHash(withTitle)}`, text: withTitle, encoding: 'utf-8', meta };
}

/**
 * Uploads are read by the same ingester as files on disk (text, HTML, feeds, JSONL, WARC), from a
 * private temporary folder; their sources then name the upload, not the temporary path.
 */
async function readUploads(files: readonly UploadedFile[], read: ReturnType<typeof createIngester>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-upload-'));
  try {
    const paths: string[] = [];
    const sourceOf = new Map<string, string>();
    for (const [i, f] of files.entries()) {
      const name = path.basename(f.name).replace(UNSAFE_NAME, '_').slice(-100) || 'upload';
      const file = path.join(dir, `${i}-${name}`);
      await writeFile(file, f.bytes);
      paths.push(file);
      sourceOf.set(file, `upload:${shortHash(f.bytes)}/${name}`);
    }
    const rename = (source: string): string => {
      for (const [file, upload] of sourceOf) if (source.startsWith(file)) return upload + source.slice(file.length);
      return source;
    };
    const result = await read(paths);
    return {
      documents: result.documents.map((d) => ({ ...d, source: rename(d.source) })),
      diagnostics: result.diagnostics.map((d) => ({ ...d, source: rename(d.source), note: d.note.split(dir).join('upload') })),
      sources: [...sourceOf.values()],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function summarise(report: StoreIngestReport): IngestSummary {
  return {
    stored: report.stored.map((s) => ({ id: s.id, story: s.story, joinedBy: s.joinedBy, duplicateOf: s.duplicateOf })),
    skipped: report.skipped.map((s) => ({ source: s.source, existing: s.existing, reason: s.reason })),
    diagnostics: report.diagnostics,
  };
}
