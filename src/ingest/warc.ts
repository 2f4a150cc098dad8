import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Diagnostic } from '../types.js';
import { parseContentType } from './fetch-url.js';
import { loadWarcReader } from './lazy.js';

/** One HTML response record of a WARC file. */
export interface WarcPage {
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly charset: string | null;
  /** 1-based record number, for diagnostics. */
  readonly record: number;
}

export interface WarcReadOptions {
  /** Records whose payload is larger than this are skipped (`record-too-large`). */
  readonly maxBytes: number;
  /** Called for each HTML response record, one at a time, so a large WARC is never held in memory. */
  readonly onPage: (page: WarcPage) => Promise<void> | void;
}

/** HTML media types; other responses (images, scripts, JSON) are not articles. */
const HTML_MEDIA = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Streams a WARC file (plain or gzipped, one member per record or one for the whole file) and
 * hands each HTML `response` record with a 2xx status to `onPage`. A truncated file ends with a
 * `truncated-warc` diagnostic; the records before the damage are kept.
 */
export async function readWarc(source: string, input: { path: string } | { bytes: Uint8Array }, options: WarcReadOptions): Promise<Diagnostic[]> {
  const { WARCParser } = await loadWarcReader();
  const diagnostics: Diagnostic[] = [];
  const gzipped = 'path' in input ? await startsWithGzip(input.path) : input.bytes[0] === 0x1f && input.bytes[1] === 0x8b;
  const raw: Readable = 'path' in input ? createReadStream(input.path) : Readable.from([Buffer.from(input.bytes)]);
  // Node's gunzip reads multi-member files and, unlike the WARC library's own, fails loudly on a cut-off member.
  const stream = gzipped ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (error) => stream.destroy(error));
  let record = 0;
  // False between records, so an error from the parser is placed at the record it was reading.
  let inRecord = false;
  let skipped = 0;
  const truncated = (note: string): void => {
    diagnostics.push({ severity: 'error', source, rule: 'truncated-warc', place: `record ${record}`, note: `${note}; the ${record - 1} records before it were read` });
  };
  try {
    for await (const rec of new WARCParser(stream)) {
      record += 1;
      inRecord = true;
      const length = rec.warcHeaders.headers.get('Content-Length');
      if (rec.warcType == null || length == null) {
        truncated('the record header is incomplete or not a WARC header');
        break;
      }
      if (rec.warcType !== 'response') {
        await rec.skipFully();
        inRecord = false;
        continue;
      }
      const status = Number(rec.httpHeaders?.statusCode ?? 0);
      const { mediaType, charset } = parseContentType(rec.httpHeaders?.headers.get('Content-Type') ?? null);
      if (status < 200 || status >= 300 || mediaType === null || !HTML_MEDIA.has(mediaType)) {
        skipped += 1;
        await rec.skipFully();
        inRecord = false;
        continue;
      }
      if (rec.warcContentLength > options.maxBytes) {
        await rec.skipFully();
        diagnostics.push({ severity: 'error', source, rule: 'record-too-large', place: `record ${record}`, note: `${rec.warcContentLength} bytes is over the ${options.maxBytes}-byte limit; skipped (raise maxBytes to read it)` });
        inRecord = false;
        continue;
      }
      const bytes = await rec.readFully(true);
      if (remaining(rec) > 0) {
        truncated('the file ends inside this record');
        break;
      }
      await options.onPage({ url: rec.warcTargetURI ?? `${source}#record-${record}`, bytes, charset, record });
      inRecord = false;
    }
  } catch (error) {
    if (!inRecord) record += 1;
    truncated(`the file is cut off or damaged (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    raw.destroy();
  }
  if (record === 0) diagnostics.push({ severity: 'warning', source, rule: 'empty-file', note: 'the WARC file has no records' });
  if (skipped > 0) diagnostics.push({ severity: 'info', source, rule: 'warc-skipped-records', note: `${skipped} response records that are not HTML pages with a 2xx status were skipped` });
  return diagnostics;
}

/**
 * Bytes the record's header promised but the file did not deliver. The WARC library reads a cut
 * record without complaint, so its length-limited reader is asked what is left.
 */
function remaining(record: unknown): number {
  const reader = (record as { _reader?: { limit?: unknown } })._reader;
  return typeof reader?.limit === 'number' ? reader.limit : 0;
}

async function startsWithGzip(path: string): Promise<boolean> {
  const { open } = await import('node:fs/promises');
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    return head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}
