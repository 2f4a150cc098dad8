/** The JSON API: the same data as the pages, plus CSV exports and the OpenAPI document. */
import type { Hono } from 'hono';
import type { AppContext } from './app.js';
import { MAX_PAGE_SIZE } from './limits.js';
import { factsCsv, quotesCsv } from './csv.js';
import { HttpError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { intParam, ingestBatchOf, storyFilters } from './request-params.js';
import { findArticle, searchStories } from './store-queries.js';

/** Offsets past this are a crawl of the whole store: page by narrower searches instead. */
const MAX_OFFSET = 1_000_000;

/** Registers `/api/…` on `app`. */
export function registerApiRoutes(app: Hono, ctx: AppContext): void {
  let openApi: string | null = null;
  app.get('/api/openapi.json', (c) => {
    openApi ??= JSON.stringify(openApiDocument(ctx.version), null, 2);
    return c.body(openApi, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.get('/api/stories', async (c) => {
    const limit = intParam(c, 'limit', ctx.pageSize, 1, MAX_PAGE_SIZE);
    const offset = intParam(c, 'offset', 0, 0, MAX_OFFSET);
    const { q: _q, ...filters } = storyFilters(c);
    const result = await searchStories(ctx.store, { ...filters, limit, offset });
    return c.json({ total: result.total, limit, offset, stories: result.stories });
  });

  app.get('/api/stories/:id', async (c) => c.json((await ctx.briefs.get(c.req.param('id'))).brief));

  const csvRoute = (name: string, render: typeof quotesCsv) => app.get(`/api/stories/:id/${name}.csv`, async (c) => {
    const { story, brief } = await ctx.briefs.get(c.req.param('id'));
    return c.body(render(brief), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${story.replace(/[^A-Za-z0-9_-]/g, '_')}-${name}.csv"`,
    });
  });
  csvRoute('quotes', quotesCsv);
  csvRoute('facts', factsCsv);

  app.get('/api/articles/:id', async (c) => {
    const article = await findArticle(ctx.store, c.req.param('id'));
    if (article === null) throw new HttpError(404, 'not-found', `no article "${c.req.param('id')}" in the store`);
    return c.json(article);
  });

  app.post('/api/ingest', async (c) => c.json(await ctx.queue.ingest(await ingestBatchOf(c))));
  app.all('/api/ingest', () => {
    throw new HttpError(405, 'method-not-allowed', 'POST articles to /api/ingest');
  });
}
