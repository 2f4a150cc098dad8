import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One benchmark page: its id, URL and gold main text, with the page bytes read on demand. */
export interface ExtractionPage {
  readonly id: string;
  readonly url: string | null;
  readonly gold: string;
  /** Gold metadata when the dataset has `metadata.json` (WCXB). */
  readonly goldMeta: GoldMetadata | null;
  /** The page bytes as fetched (gunzipped). */
  readonly bytes: () => Promise<Buffer>;
}

export interface GoldMetadata {
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
}

/**
 * Reads a dataset in the article-extraction-benchmark layout: `ground-truth.json` (id ->
 * `{articleBody, url}`), `html/<id>.html.gz` (or `.html`), and optionally `metadata.json`.
 * Misuse (a folder that is not such a dataset) throws with the expected layout.
 */
export async function loadExtractionDataset(dir: string): Promise<ExtractionPage[]> {
  const truthPath = path.join(dir, 'ground-truth.json');
  if (!existsSync(truthPath)) {
    throw new Error(`${dir}: not an extraction dataset (expected ground-truth.json and html/<id>.html.gz)`);
  }
  const truth = JSON.parse(await readFile(truthPath, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const metaPath = path.join(dir, 'metadata.json');
  const meta = existsSync(metaPath) ? (JSON.parse(await readFile(metaPath, 'utf8')) as Record<string, Partial<GoldMetadata>>) : null;
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const entry = truth[id] ?? {};
      const m = meta?.[id];
      return {
        id,
        url: entry.url ?? null,
        gold: entry.articleBody ?? '',
        goldMeta: m === undefined ? null : { title: m.title ?? null, author: m.author ?? null, published: m.published ?? null },
        bytes: () => readPage(dir, id),
      };
    });
}

async function readPage(dir: string, id: string): Promise<Buffer> {
  const gz = path.join(dir, 'html', `${id}.html.gz`);
  if (existsSync(gz)) return gunzipSync(await readFile(gz));
  return readFile(path.join(dir, 'html', `${id}.html`));
}
