/**
 * The brief's summary: at most MAX_SENTENCES sentences, chosen from the facts most outlets carry,
 * worded as straight news reports them, each citing every article that states the same thing.
 */
import type { SummarySentence } from '../types.js';
import { representative, similarity, type FactGroup } from './facts.js';

export interface SummaryOptions {
  /** At most this many sentences (default 5). */
  readonly maxSentences?: number;
}

const MAX_SENTENCES = 5;
/** A candidate this close to a chosen sentence repeats it. */
const REDUNDANT = 0.5;
/** Openers that need the previous sentence to make sense. */
const DANGLING = /^(?:but|and|so|yet|also|he|she|they|it|this|that|these|those|his|her|their|its|meanwhile|however|still|then)\b/i;
/** Sentences longer than this read badly in a summary. */
const MAX_CHARS = 400;

export function buildSummary(facts: readonly FactGroup[], options: SummaryOptions = {}): SummarySentence[] {
  const max = options.maxSentences ?? MAX_SENTENCES;
  const chosen: FactGroup[] = [];
  const ranked = [...facts].sort((a, b) => score(b) - score(a));
  for (const f of ranked) {
    if (chosen.length >= max) break;
    const rep = representative(f.claims);
    const text = rep.sentence.text;
    if (rep.quoteOnly || DANGLING.test(text) || text.length > MAX_CHARS || text.endsWith('?') || !/[.!]["”’]?$/.test(text)) continue;
    if (chosen.some((c) => similarity(representative(c.claims).terms, rep.terms, new Map()) >= REDUNDANT)) continue;
    chosen.push(f);
  }
  // Read in story order: by where the representative sentence sits in its article.
  chosen.sort((a, b) => relPos(a) - relPos(b));
  return chosen.map((f) => {
    const rep = representative(f.claims);
    const cut = DATELINE.exec(rep.sentence.text)?.[0].length ?? 0;
    const own = { article: rep.article.article.id, start: rep.sentence.start + cut, end: rep.sentence.end };
    const others = f.fact.sources.filter((sp) => !(sp.article === own.article && sp.start === rep.sentence.start));
    return { text: rep.sentence.text.slice(cut), sources: [own, ...others] };
  });
}

/** A wire dateline opening the first sentence ("BEIJING/MOSCOW -- ", "WASHINGTON (Reuters) - "). */
const DATELINE = /^[A-Z][A-Z/ .,'-]{2,40}(?:\([A-Za-z .]+\))?\s*(?:--|—|–|-)\s+/;

/** More outlets first; then earlier in the articles, where news puts what matters. */
function score(f: FactGroup): number {
  return f.fact.outlets * 10 + f.claims.length - relPos(f) * 3;
}

function relPos(f: FactGroup): number {
  const c = representative(f.claims);
  const n = c.article.sentences.length || 1;
  return c.article.sentences.indexOf(c.sentence) / n;
}
