export { createApp, type AppOptions } from './app.js';
export { DEFAULT_MAX_REQUEST_BYTES, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './limits.js';
export { startServer, DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServeOptions } from './serve.js';
export { HttpError, isHttpError, toHttpError, type HttpStatus } from './errors.js';
export { CONTENT_SECURITY_POLICY, TOKEN_FIELD, TOKEN_HEADER, isLoopbackHost } from './security.js';
export { createIngestQueue, type IngestBatch, type IngestQueue, type IngestQueueOptions, type IngestSummary } from './ingest-queue.js';
export { searchStories, findArticle, type StoryQuery, type StoryPage, type StoredArticle } from './store-queries.js';
export { quotesCsv, factsCsv, csvCell } from './csv.js';
