/** Builders of pipeline values for tests. */
import { asArticleId, type Article, type RemovedBlock } from '../types.js';

export function makeArticle(text: string, opts: { id?: string; outlet?: string | null; removed?: RemovedBlock[]; title?: string } = {}): Article {
  return {
    id: asArticleId(opts.id ?? 'a1'),
    source: `${opts.id ?? 'a1'}.txt`,
    title: opts.title ?? '',
    outlet: opts.outlet ?? null,
    published: null,
    text,
    standfirst: null,
    removed: opts.removed ?? [],
    diagnostics: [],
  };
}
