/**
 * The default pipeline, assembled in one place. Ordering constraints:
 * - extraction runs over the whole batch, since site chrome is recognised across articles;
 * - entities come before quotes (speakers resolve to the article's people);
 * - clustering comes before date resolution, because an article without a year of its own takes
 *   the story's reference date (its other articles anchor it);
 * - the brief merges entities across the story before the ledger, facts and omissions use them.
 */
import type { AnnotatedArticle, Article, Brief, BriefArticle, Diagnostic, RawDocument } from './types.js';
import { createTextIngester, type TextIngestOptions } from './ingest/index.js';
import { createTextExtractor } from './extract/index.js';
import { splitSentences } from './annotate/sentences.js';
import { createEntityAnnotator } from './annotate/entities.js';
import { createQuoteAnnotator } from './annotate/quotes.js';
import { createDateAnnotator, articleReferenceDate, storyReferenceDate } from './annotate/dates.js';
import { classifyGenre } from './annotate/genre.js';
import { createClusterer, type ClusterOptions } from './cluster/index.js';
import { createStoryBuilder, type StoryBuilderOptions } from './brief/index.js';

export interface PipelineOptions {
  readonly ingest?: TextIngestOptions;
  readonly cluster?: ClusterOptions;
  readonly story?: StoryBuilderOptions;
}

export function createPipeline(options: PipelineOptions = {}) {
  const ingest = createTextIngester(options.ingest);
  const extract = createTextExtractor();
  const annotate = createAnnotator();
  const cluster = createClusterer(options.cluster);
  const buildStory = createStoryBuilder(options.story);

  /** Briefs a collection of documents already read (used by `brief` and by tests). */
  function briefDocuments(documents: readonly RawDocument[], diagnostics: readonly Diagnostic[] = []): Brief {
    const extracted = extract(documents);
    const annotated = extracted.articles.map((a) => annotate.article(a));
    const stories = cluster(annotated).map((group) => buildStory(annotate.resolveDates(group)));
    const byId = new Map(annotated.map((a) => [a.article.id, a]));
    const articles: BriefArticle[] = stories.flatMap((s) => s.articles.map((id) => toBriefArticle(byId.get(id)!)));
    return {
      stories,
      articles,
      // The extractor's list already holds each article's own diagnostics.
      diagnostics: [...diagnostics, ...extracted.diagnostics],
    };
  }

  return {
    briefDocuments,
    /** Reads files and folders, then briefs them. */
    async brief(inputs: readonly string[]): Promise<Brief> {
      const read = await ingest(inputs);
      return briefDocuments(read.documents, read.diagnostics);
    },
  };
}

/** The per-article stages; dates are resolved again once the article's story is known. */
export function createAnnotator() {
  const entities = createEntityAnnotator();
  const quotes = createQuoteAnnotator();
  const dates = createDateAnnotator();
  return {
    article(article: Article): AnnotatedArticle {
      const sentences = splitSentences(article.text);
      const ents = entities(article, sentences);
      return {
        article,
        sentences,
        entities: ents,
        captionEntities: captionEntities(article, entities),
        dates: dates(article),
        quotes: quotes(article, sentences, ents),
        genre: classifyGenre(article, sentences),
      };
    },
    /** An article with no year of its own reads its relative dates against the story's reference date. */
    resolveDates(story: readonly AnnotatedArticle[]): AnnotatedArticle[] {
      const own = story.map((a) => articleReferenceDate(a.article, a.dates));
      const shared = storyReferenceDate(own);
      return story.map((a, i) => {
        const reference = own[i] ?? shared;
        return reference === null ? a : { ...a, dates: dates(a.article, { reference }) };
      });
    },
  };
}

/** A trailing photo credit: "(Thomas Peter/Pool Photo via AP)", "(AP Photo/Jane Doe)". */
const PHOTO_CREDIT = /\([^()]*\b(?:Photo|AP|Reuters|Getty|AFP|EPA)\b[^()]*\)\s*$/;

/** Entities of the removed photo captions, each caption read as a small article of its own. */
function captionEntities(article: Article, annotate: ReturnType<typeof createEntityAnnotator>) {
  return article.removed.flatMap((block, removedIndex) => {
    if (block.reason !== 'caption') return [];
    // The photo credit names the photographer, not someone in the story; blanked to keep offsets.
    const text = block.text.replace(PHOTO_CREDIT, (m) => ' '.repeat(m.length));
    const caption = { ...article, text, removed: [] };
    return annotate(caption, splitSentences(text)).map((e) => ({ ...e, removedIndex }));
  });
}

/** The article as the brief JSON shows it. */
export function toBriefArticle(a: AnnotatedArticle): BriefArticle {
  const { id, source, title, outlet, published, text, removed, byline, language } = a.article;
  return {
    id, source, title, outlet, published, genre: a.genre, text, removed,
    ...(byline !== undefined && { byline }),
    ...(language !== undefined && { language }),
  };
}
