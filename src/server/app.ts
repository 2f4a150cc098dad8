/**
 * The web UI and JSON API over a store, as one Hono app: pages and API read the same data
 * (story list, story brief, article) and write through the same ingest queue. Errors of every
 * route are mapped in one place (`onError`).
 */
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/index.js';
import { createBriefCache, type BriefCacheOptions } from './brief-cache.js';
import { HttpError, toHttpError } from './errors.js';
import { createIngestQueue, type IngestQueueOptions } from './ingest-queue.js';
import { DEFAULT_MAX_REQUEST_BYTES, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './limits.js';
import { errorPage } from './pages/layout.js';
import { registerApiRoutes } from './routes-api.js';
import { registerPageRoutes } from './routes-pages.js';
import { isLoopbackHost, securityHeaders, writeGuard } from './security.js';
import type { StoryPageOptions } from './pages/story-page.js';
import { STYLESHEET, STYLESHEET_PATH } from './style.js';


export interface AppOptions {
  readonly store: Store;
  /** The address the server listens on; beyond loopback, writing needs a token. Default 127.0.0.1. */
  readonly host?: string;
  /** The token writes must carry; null or absent for none (allowed on loopback only). */
  readonly token?: string | null;
  /** Largest request body accepted. Default 10 MB. */
  readonly maxRequestBytes?: number;
  /** Stories per list page. Default 50. */
  readonly pageSize?: number;
  readonly ingest?: IngestQueueOptions;
  readonly cache?: BriefCacheOptions;
  readonly storyPage?: StoryPageOptions;
  /** Where failures the client is not told about are logged. Default stderr. */
  readonly log?: (message: string) => void;
}

/** What the route files share. */
export interface AppContext {
  readonly store: Store;
  readonly briefs: ReturnType<typeof createBriefCache>;
  readonly queue: ReturnType<typeof createIngestQueue>;
  readonly pageSize: number;
  readonly maxRequestBytes: number;
  readonly askToken: boolean;
  readonly storyPage: StoryPageOptions;
  readonly version: string;
}

const isApi = (c: Context): boolean => c.req.path.startsWith('/api/');

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Creates the app. Throws at once on options that make no sense, naming the fix. */
export function createApp(options: AppOptions): Hono {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? null;
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (token !== null && token.length === 0) throw new TypeError('createApp: the token is empty; give a non-empty token or none');
  if (!Number.isInteger(maxRequestBytes) || maxRequestBytes < 1) throw new TypeError(`createApp: maxRequestBytes must be a positive whole number (got ${String(maxRequestBytes)})`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) throw new TypeError(`createApp: pageSize must be from 1 to ${MAX_PAGE_SIZE} (got ${String(pageSize)})`);
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const requireToken = !isLoopbackHost(host);

  const briefs = createBriefCache(options.store, options.cache);
  const ctx: AppContext = {
    store: options.store,
    briefs,
    // Stories an ingest changed get their briefs rebuilt at once, not on their next view.
    queue: createIngestQueue(options.store, options.ingest, { changed: (stories) => briefs.refresh(stories) }),
    pageSize,
    maxRequestBytes,
    askToken: token !== null || requireToken,
    storyPage: options.storyPage ?? {},
    version: packageVersion(),
  };

  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    return bodyLimit({
      maxSize: maxRequestBytes,
      onError: () => {
        throw new HttpError(413, 'too-large', `the request is larger than ${maxRequestBytes} bytes; send fewer files or use \`crosscheck ingest\``);
      },
    })(c, next);
  });
  app.use('*', writeGuard({ token, requireToken }));

  app.get(STYLESHEET_PATH, (c) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  registerApiRoutes(app, ctx);
  registerPageRoutes(app, ctx);

  app.notFound((c) => {
    const message = `nothing at ${c.req.path}`;
    return isApi(c) ? c.json({ error: { code: 'not-found', message } }, 404) : c.html(errorPage(404, message), 404);
  });
  app.onError((err, c) => {
    const { error, internal } = toHttpError(err);
    if (internal) log(`crosscheck serve: ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return isApi(c)
      ? c.json({ error: { code: error.code, message: error.message } }, error.status)
      : c.html(errorPage(error.status, error.message), error.status);
  });
  return app;
}
