/**
 * Cross-document alignment of one story's articles into its brief. Order matters: entities are
 * merged first because the quote ledger, facts and omissions compare story-level names.
 */
import { createHash } from 'node:crypto';
import type { AnnotatedArticle, ArticleId, Story } from '../types.js';
import { asStoryId } from '../types.js';
import { findDateDiscrepancies } from './discrepancy-dates.js';
import { findNameDiscrepancies } from './discrepancy-names.js';
import { findNumberDiscrepancies } from './discrepancy-numbers.js';
import { findQuotedNumberDiscrepancies } from './discrepancy-quoted.js';
import { markDisputedDates, markDisputedFacts } from './fact-disputes.js';
import { buildFacts, GENRE_RANK } from './facts.js';
import { mergeEntities } from './merge-entities.js';
import { buildOmissions } from './omissions.js';
import { buildQuoteLedger } from './quote-ledger.js';
import { buildSummary, type SummaryOptions } from './summary.js';
import { buildTimeline } from './timeline.js';
import { createDeduper, type DuplicateGroup } from '../dedupe/index.js';

export interface StoryBuilderOptions {
  readonly summary?: SummaryOptions;
}

export function createStoryBuilder(options: StoryBuilderOptions = {}) {
  const dedupe = createDeduper();
  return function buildStory(articles: readonly AnnotatedArticle[]): Story {
    const ids = articles.map((a) => a.article.id);
    const duplicates = dedupe(articles.map((a) => ({ id: a.article.id, text: a.article.text, outlet: a.article.outlet })));
    const outletOf = sourceKeys(articles, duplicates);
    const entities = mergeEntities(articles);
    const ledger = buildQuoteLedger(articles, entities);
    const facts = buildFacts(articles, entities, outletOf);
    const outletName = (id: ArticleId) => articles.find((a) => a.article.id === id)?.article.outlet ?? id;
    const discrepancies = [...ledger.discrepancies, ...findQuotedNumberDiscrepancies(ledger.quotes, articles, outletName),
      ...findNumberDiscrepancies(facts, outletName), ...findDateDiscrepancies(facts, outletName), ...findNameDiscrepancies(articles, entities, outletName)];
    return {
      id: asStoryId(`s-${createHash('sha1').update([...ids].sort().join('\n')).digest('hex').slice(0, 10)}`),
      title: storyTitle(articles),
      articles: ids,
      summary: buildSummary(articles, facts, options.summary),
      facts: markDisputedFacts(facts.map((f) => f.fact), discrepancies),
      quotes: ledger.quotes,
      entities: entities.entities,
      timeline: markDisputedDates(buildTimeline(articles), discrepancies),
      omissions: buildOmissions(articles, facts, entities.entities),
      discrepancies,
      duplicates: duplicates.map((g) => ({ kind: g.kind, articles: g.articles as ArticleId[] })),
    };
  };
}

/**
 * What counts as one independent outlet: copies of one wire text printed by several outlets are one
 * source (the same rule as `independentOutlets`); otherwise the outlet, or the article when unknown.
 */
function sourceKeys(articles: readonly AnnotatedArticle[], groups: readonly DuplicateGroup[]): (id: ArticleId) => string {
  const keys = new Map<string, string>();
  for (const a of articles) keys.set(a.article.id, a.article.outlet ? `outlet:${a.article.outlet.trim().toLowerCase()}` : `article:${a.article.id}`);
  groups.forEach((g, i) => {
    if (g.outlets.length > 1 || g.articles.some((id) => keys.get(id)?.startsWith('article:'))) {
      for (const id of g.articles) keys.set(id, `group:${i}`);
    }
  });
  return (id) => keys.get(id) ?? `article:${id}`;
}

/** Words of a lead sentence a title takes when no article has a headline. */
const LEAD_TITLE_WORDS = 14;

/**
 * The title of the straight-news article, else of the first article with one. Without any headline
 * (wire copy, text files), the straight-news article's lead sentence, cut at LEAD_TITLE_WORDS words.
 */
function storyTitle(articles: readonly AnnotatedArticle[]): string {
  const ranked = [...articles].sort((a, b) => GENRE_RANK[a.genre.label] - GENRE_RANK[b.genre.label]);
  const titled = ranked.find((a) => a.article.title.trim() !== '');
  if (titled !== undefined) return titled.article.title;
  const lead = ranked.map((a) => a.sentences[0]?.text.replace(/\s+/g, ' ').trim() ?? '').find((t) => t !== '');
  return lead === undefined ? 'Untitled story' : leadTitle(lead);
}

/** A lead sentence as a title: its first LEAD_TITLE_WORDS words, with an ellipsis when cut. */
export function leadTitle(sentence: string): string {
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= LEAD_TITLE_WORDS ? words.join(' ') : `${words.slice(0, LEAD_TITLE_WORDS).join(' ').replace(/[,;:]$/, '')} …`;
}
