/** One stored story's brief, built from stored annotations: nothing is annotated again. */
import { streamOrder } from '../cluster/index.js';
import { createStoryBuilder, type StoryBuilderOptions } from '../brief/index.js';
import { createAnnotator, toBriefArticle } from '../pipeline.js';
import { asStoryId, type Brief, type Diagnostic } from '../types.js';
import { annotatedFromRow } from './annotations-codec.js';
import type { Store } from './open-store.js';
import { resolveStory } from './stories.js';

export interface StoryBriefOptions {
  readonly story?: StoryBuilderOptions;
}

/** The brief of one stored story; a merged-away id gives the surviving story's brief, with a note. */
export async function storyBrief(store: Store, id: string, options: StoryBriefOptions = {}): Promise<Brief> {
  return store.read(async (db) => {
    const live = await resolveStory(db, id);
    const rows = await db.selectFrom('story_articles').innerJoin('articles', 'articles.id', 'story_articles.article_id')
      .selectAll('articles').where('story_articles.story_id', '=', live).orderBy('articles.seq').execute();
    const annotated = streamOrder(rows.map(annotatedFromRow).map((a) => ({ a, published: a.article.published }))).map((x) => x.a);
    // Dates without a year of their own are read against the story's, as `brief` does once clustered.
    const resolved = createAnnotator().resolveDates(annotated);
    const built = createStoryBuilder(options.story)(resolved);
    const story = { ...built, id: asStoryId(live) };
    const diagnostics: Diagnostic[] = resolved.flatMap((a) => a.article.diagnostics);
    if (live !== id) diagnostics.unshift({ severity: 'info', source: id, rule: 'story-merged', note: `story ${id} was merged into ${live}` });
    return { stories: [story], articles: resolved.map(toBriefArticle), diagnostics };
  });
}
