/**
 * Articles and their annotations as stored rows, and back. Sentences are kept as offsets only (their
 * text is a slice of the article text), which keeps the store about a third smaller.
 */
import { createHash } from 'node:crypto';
import type { AnnotatedArticle, Article, Diagnostic, Genre, RemovedBlock } from '../types.js';
import { asArticleId } from '../types.js';
import type { ArticlesTable } from './schema.js';

/** Bumped when the stored shape of annotations changes; older rows are still read. */
const ANNOTATIONS_VERSION = 1;

interface StoredAnnotations {
  readonly v: number;
  /** `[start, end, paragraph]` per sentence. */
  readonly sentences: readonly (readonly [number, number, number])[];
  readonly entities: AnnotatedArticle['entities'];
  readonly captionEntities?: AnnotatedArticle['captionEntities'];
  readonly dates: AnnotatedArticle['dates'];
  readonly quotes: AnnotatedArticle['quotes'];
}

/** The identity of a report: the same outlet, title and text (whitespace-blind) is the same article. */
export function contentHash(article: Pick<Article, 'outlet' | 'title' | 'text'>): string {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(`${norm(article.outlet)}\u0000${norm(article.title)}\u0000${norm(article.text)}`).digest('hex');
}

/** The entity names the story clusterer reads, as stored for replay. */
export function entityNamesOf(a: AnnotatedArticle): [string, number][] {
  return a.entities.filter((e) => e.type !== 'other').map((e) => [e.name, e.mentions.length]);
}

/** The columns of an annotated article, other than its place (seq, run, time); `hash` when already computed. */
export function articleColumns(a: AnnotatedArticle, url: string | null, hash?: string) {
  const { article } = a;
  const annotations: StoredAnnotations = {
    v: ANNOTATIONS_VERSION,
    sentences: a.sentences.map((s) => [s.start, s.end, s.paragraph] as const),
    entities: a.entities,
    ...(a.captionEntities !== undefined && { captionEntities: a.captionEntities }),
    dates: a.dates,
    quotes: a.quotes,
  };
  return {
    id: article.id as string,
    content_hash: hash ?? contentHash(article),
    source: article.source,
    url,
    outlet: article.outlet,
    title: article.title,
    published: article.published,
    standfirst: article.standfirst,
    byline: article.byline ?? null,
    language: article.language ?? null,
    text: article.text,
    removed: JSON.stringify(article.removed),
    genre: JSON.stringify(a.genre),
    annotations: JSON.stringify(annotations),
    entity_names: JSON.stringify(entityNamesOf(a)),
    diagnostics: JSON.stringify(article.diagnostics),
  } satisfies Partial<ArticlesTable>;
}

type ArticleRow = Pick<ArticlesTable, 'id' | 'source' | 'title' | 'outlet' | 'published' | 'text' | 'standfirst' | 'byline' | 'language' | 'removed' | 'genre' | 'annotations' | 'diagnostics'>;

/** Rebuilds the annotated article a row was made from. */
export function annotatedFromRow(row: ArticleRow): AnnotatedArticle {
  const stored = JSON.parse(row.annotations) as StoredAnnotations;
  if (stored.v > ANNOTATIONS_VERSION) throw new Error(`article ${row.id} was stored by a newer Crosscheck (annotations v${stored.v})`);
  const article: Article = {
    id: asArticleId(row.id),
    source: row.source,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    text: row.text,
    standfirst: row.standfirst,
    removed: JSON.parse(row.removed) as RemovedBlock[],
    diagnostics: JSON.parse(row.diagnostics) as Diagnostic[],
    ...(row.byline !== null && { byline: row.byline }),
    ...(row.language !== null && { language: row.language }),
  };
  return {
    article,
    sentences: stored.sentences.map(([start, end, paragraph]) => ({ start, end, paragraph, text: row.text.slice(start, end) })),
    entities: stored.entities,
    ...(stored.captionEntities !== undefined && { captionEntities: stored.captionEntities }),
    dates: stored.dates,
    quotes: stored.quotes,
    genre: JSON.parse(row.genre) as Genre,
  };
}
