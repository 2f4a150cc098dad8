/**
 * What each article leaves out: facts that other outlets carry (at least MIN_OTHER_OUTLETS of them)
 * and people, organisations and programmes that other articles name but this one never does.
 */
import type { AnnotatedArticle, Omission, StoryEntity } from '../types.js';
import type { FactGroup } from './facts.js';

/** A fact counts as left out when this many other outlets report it; one outlet alone is its scoop. */
const MIN_OTHER_OUTLETS = 1;
/** Places are context rather than reporting choices, so only these types count as omitted names. */
const OMITTABLE = new Set(['person', 'organization', 'other']);

export function buildOmissions(
  articles: readonly AnnotatedArticle[], facts: readonly FactGroup[], entities: readonly StoryEntity[],
): Omission[] {
  if (articles.length < 2) return [];
  return articles.map((a) => {
    const id = a.article.id;
    const missingFacts = facts
      .filter((f) => !f.fact.articles.includes(id) && f.fact.outlets >= MIN_OTHER_OUTLETS && f.fact.articles.length >= 1)
      .filter((f) => f.fact.articles.length >= 2 || isSalient(f))
      .map((f) => f.fact.id);
    const missingEntities = entities
      .filter((e) => OMITTABLE.has(e.type) && !e.articles.includes(id))
      .map((e) => e.name);
    return { article: id, facts: missingFacts, entities: missingEntities };
  });
}

/** A single-outlet fact is worth listing as an omission when it names a person or carries a number. */
function isSalient(f: FactGroup): boolean {
  const c = f.claims[0]!;
  return /\d/.test(c.sentence.text) || [...c.terms].some((t) => t.startsWith('@'));
}
