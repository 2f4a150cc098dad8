/** Reading request parameters and bodies into checked values; a bad one is a 400 naming it. */
import type { Context } from 'hono';
import { z } from 'zod';
import { HttpError } from './errors.js';
import type { IngestBatch, UploadedFile } from './ingest-queue.js';
import type { StoryQuery } from './store-queries.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Search inputs longer than this are not searches. */
const MAX_FILTER_CHARS = 200;

const text = (c: Context, name: string): string | undefined => {
  const v = c.req.query(name)?.trim();
  if (v === undefined || v === '') return undefined;
  if (v.length > MAX_FILTER_CHARS) throw new HttpError(400, 'bad-parameter', `${name} is longer than ${MAX_FILTER_CHARS} characters`);
  return v;
};

const day = (c: Context, name: string): string | undefined => {
  const v = text(c, name);
  if (v !== undefined && !ISO_DAY.test(v)) throw new HttpError(400, 'bad-parameter', `${name} must be a day like 2018-05-24 (got "${v}")`);
  return v;
};

/** A whole number parameter within [min, max], or `fallback` when absent. */
export function intParam(c: Context, name: string, fallback: number, min: number, max: number): number {
  const v = c.req.query(name);
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new HttpError(400, 'bad-parameter', `${name} must be a whole number from ${min} to ${max} (got "${v.slice(0, 40)}")`);
  return n;
}

/** The story filters shared by the list page and `GET /api/stories`. */
export function storyFilters(c: Context): Omit<StoryQuery, 'limit' | 'offset'> & { q?: string } {
  const q = text(c, 'q');
  const entity = text(c, 'entity');
  const outlet = text(c, 'outlet');
  const from = day(c, 'from');
  const to = day(c, 'to');
  return {
    ...(q !== undefined && { words: q, q }),
    ...(entity !== undefined && { entity }),
    ...(outlet !== undefined && { outlet }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
}

const pastedSchema = z.object({
  text: z.string(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().regex(ISO_DAY, 'published must be a day like 2018-05-24').optional(),
  url: z.string().optional(),
});
const ingestJsonSchema = z.object({ articles: z.array(pastedSchema).optional(), urls: z.array(z.string()).optional() }).strict();

/** The batch a POST carries: JSON (`articles`, `urls`) or a form (`text`…, `files`, `urls`). */
export async function ingestBatchOf(c: Context): Promise<IngestBatch> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('application/json')) {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new HttpError(400, 'bad-json', 'the request body is not valid JSON');
    }
    const parsed = ingestJsonSchema.safeParse(body);
    if (!parsed.success) throw new HttpError(400, 'bad-request', `bad ingest request: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
    const articles = parsed.data.articles ?? [];
    return {
      pasted: articles.map((a) => ({
        text: a.text,
        ...(a.title !== undefined && { title: a.title }),
        ...(a.outlet !== undefined && { outlet: a.outlet }),
        ...(a.published !== undefined && { published: a.published }),
        ...(a.url !== undefined && { url: a.url }),
      })),
      urls: parsed.data.urls ?? [],
    };
  }
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const form = await c.req.parseBody({ all: true });
    const one = (name: string): string => {
      const v = form[name];
      const first = Array.isArray(v) ? v[0] : v;
      return typeof first === 'string' ? first : '';
    };
    const published = one('published').trim();
    if (published !== '' && !ISO_DAY.test(published)) throw new HttpError(400, 'bad-parameter', `published must be a day like 2018-05-24 (got "${published.slice(0, 40)}")`);
    const rawFiles = form['files'];
    const fileList = (Array.isArray(rawFiles) ? rawFiles : rawFiles === undefined ? [] : [rawFiles]).filter((f): f is File => typeof f !== 'string' && f.size > 0);
    const files: UploadedFile[] = await Promise.all(fileList.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const pastedText = one('text');
    return {
      pasted: pastedText.trim() === '' ? [] : [{ text: pastedText, title: one('title'), outlet: one('outlet'), published }],
      files,
      urls: one('urls').split(/\s+/).filter((u) => u !== ''),
    };
  }
  throw new HttpError(415, 'unsupported-media-type', 'send JSON (application/json) or a form (multipart/form-data)');
}
