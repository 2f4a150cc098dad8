/** The server-rendered pages: story list, story, article, add articles. */
import type { Hono } from 'hono';
import type { AppContext } from './app.js';
import { HttpError } from './errors.js';
import { storyHref } from './links.js';
import { ingestResult, renderAddPage } from './pages/add-page.js';
import { parseSpan, renderArticlePage } from './pages/article-page.js';
import { renderStoryList } from './pages/story-list.js';
import { renderStoryPage } from './pages/story-page.js';
import { intParam, ingestBatchOf, storyFilters } from './request-params.js';
import { findArticle, searchStories } from './store-queries.js';

/** Pages past this are better reached by narrowing the search. */
const MAX_PAGE = 100_000;

/** Registers the pages on `app`. */
export function registerPageRoutes(app: Hono, ctx: AppContext): void {
  app.get('/', async (c) => {
    const page = intParam(c, 'page', 1, 1, MAX_PAGE);
    const { q, ...filters } = storyFilters(c);
    const result = await searchStories(ctx.store, { ...filters, limit: ctx.pageSize, offset: (page - 1) * ctx.pageSize });
    return c.html(renderStoryList(result, { ...filters, ...(q !== undefined && { q }), page, pageSize: ctx.pageSize }));
  });

  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const { story, brief } = await ctx.briefs.get(id);
    // A merged-away story's address leads to the story it became, so citations stay stable.
    if (story !== id) return c.redirect(storyHref(story), 301);
    return c.html(renderStoryPage(brief, ctx.storyPage));
  });

  app.get('/articles/:id', async (c) => {
    const article = await findArticle(ctx.store, c.req.param('id'));
    if (article === null) throw new HttpError(404, 'not-found', `no article "${c.req.param('id')}" in the store`);
    const { span, problem } = parseSpan(c.req.query('span'), article.text.length);
    return c.html(renderArticlePage(article, { span, spanProblem: problem, showRemoved: c.req.query('removed') === '1', story: article.story }));
  });

  const addOptions = () => ({ askToken: ctx.askToken, maxRequestBytes: ctx.maxRequestBytes });
  app.get('/add', (c) => c.html(renderAddPage(addOptions())));
  app.post('/add', async (c) => {
    const summary = await ctx.queue.ingest(await ingestBatchOf(c));
    return c.html(renderAddPage(addOptions(), ingestResult(summary)));
  });
}
