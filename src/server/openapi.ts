/** The OpenAPI 3.1 description of the JSON API, served at `/api/openapi.json`. */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const idParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const query = (name: string, description: string, schema: object = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const TOKEN_NOTE = 'Needs the server\'s token (header `X-Crosscheck-Token`, `Authorization: Bearer`, or form field `token`) when one is configured; always when the server listens beyond loopback.';

const span = { type: 'object', required: ['article', 'start', 'end'], properties: { article: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } } };

/** The document; `version` is the package's version. */
export function openApiDocument(version: string): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Crosscheck', version, description: 'Stories, briefs and articles of a Crosscheck store. The brief has the shape of `crosscheck brief --format json` (DESIGN.md).' },
    paths: {
      '/api/stories': {
        get: {
          summary: 'Stories, newest first, with article and independent-outlet counts',
          parameters: [
            query('q', 'words that must all occur in the story or article titles'),
            query('entity', 'a name one of its articles mentions'),
            query('outlet', 'an outlet that reported it'),
            query('from', 'ISO day: published on or after', { type: 'string', format: 'date' }),
            query('to', 'ISO day: published on or before', { type: 'string', format: 'date' }),
            query('limit', 'stories per page (at most 200)', { type: 'integer', minimum: 1, maximum: 200, default: 50 }),
            query('offset', 'stories to skip', { type: 'integer', minimum: 0, default: 0 }),
          ],
          responses: { 200: json(ref('StoryList'), 'one page of stories'), 400: error('a bad parameter') },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: 'The brief of one story (a merged-away id gives the surviving story\'s brief)',
          parameters: [idParam('id', 'story id')],
          responses: { 200: json(ref('Brief'), 'the brief'), 404: error('no such story') },
        },
      },
      '/api/stories/{id}/quotes.csv': {
        get: {
          summary: 'The quote ledger as CSV: one row per outlet\'s version of each quote',
          parameters: [idParam('id', 'story id')],
          responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, 404: error('no such story') },
        },
      },
      '/api/stories/{id}/facts.csv': {
        get: {
          summary: 'The story\'s facts as CSV, with outlet counts',
          parameters: [idParam('id', 'story id')],
          responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, 404: error('no such story') },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One stored article: clean text, removed boilerplate with reasons, genre with evidence',
          parameters: [idParam('id', 'article id')],
          responses: { 200: json(ref('Article'), 'the article'), 404: error('no such article') },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Add articles to the store: pasted texts, uploaded files (multipart field `files`), URLs or feeds',
          description: TOKEN_NOTE,
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('IngestRequest') },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    text: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' }, published: { type: 'string', format: 'date' },
                    urls: { type: 'string', description: 'one URL per line' }, files: { type: 'array', items: { type: 'string', format: 'binary' } }, token: { type: 'string' },
                  },
                },
              },
            },
          },
          responses: { 200: json(ref('IngestSummary'), 'what was stored and skipped'), 400: error('a bad request'), 403: error('token missing or wrong, or a cross-site request'), 413: error('the request is too large') },
        },
      },
    },
    components: {
      securitySchemes: { token: { type: 'apiKey', in: 'header', name: 'X-Crosscheck-Token' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
        StorySummary: {
          type: 'object',
          properties: {
            id: { type: 'string' }, title: { type: 'string' }, articles: { type: 'integer' }, outlets: { type: 'integer', description: 'independent outlets: copies of one text count once' },
            firstPublished: { type: ['string', 'null'] }, lastPublished: { type: ['string', 'null'] }, updatedAt: { type: 'string' },
          },
        },
        StoryList: { type: 'object', properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, stories: { type: 'array', items: ref('StorySummary') } } },
        Span: span,
        Brief: {
          type: 'object',
          required: ['stories', 'articles', 'diagnostics'],
          description: 'Story: id, title, articles, summary (sentences with `sources` spans), facts (with `articles`, `outlets` and, where the outlets differ on it, `disputed`), quotes (`text`, `attributions`, `conflict`), entities, timeline, omissions, discrepancies.',
          properties: { stories: { type: 'array', items: { type: 'object' } }, articles: { type: 'array', items: { type: 'object' } }, diagnostics: { type: 'array', items: { type: 'object' } } },
        },
        Article: {
          type: 'object',
          properties: {
            id: { type: 'string' }, story: { type: 'string' }, source: { type: 'string' }, url: { type: ['string', 'null'] }, title: { type: 'string' },
            outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, byline: { type: ['string', 'null'] }, standfirst: { type: ['string', 'null'] },
            language: { type: ['string', 'null'] }, genre: { type: 'object' }, text: { type: 'string' }, removed: { type: 'array', items: { type: 'object' } },
          },
        },
        IngestRequest: {
          type: 'object',
          properties: {
            articles: { type: 'array', items: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' }, published: { type: 'string', format: 'date' }, url: { type: 'string' } } } },
            urls: { type: 'array', items: { type: 'string', format: 'uri' } },
          },
        },
        IngestSummary: {
          type: 'object',
          properties: {
            stored: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, story: { type: 'string' }, joinedBy: { type: 'string' }, duplicateOf: { type: ['string', 'null'] } } } },
            skipped: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, existing: { type: 'string' }, reason: { type: 'string' } } } },
            diagnostics: { type: 'array', items: { type: 'object' } },
          },
        },
      },
    },
  };
}
