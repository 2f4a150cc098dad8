/**
 * The brief's summary: at most MAX_SENTENCES sentences within MAX_WORDS words, chosen by the story
 * summariser (summarize-story.ts) for what most articles report, worded as straight news has it,
 * each citing every article that states the same fact. Sentences are never rewritten: one that
 * opens with a dangling connective or pronoun, a question or a bare quote is skipped.
 */
import type { AnnotatedArticle, SummarySentence } from '../types.js';
import type { FactGroup } from './facts.js';
import { createSummarizer, type SummarizerOptions } from './summarize-story.js';

export interface SummaryOptions {
  /** At most this many sentences (default 5). */
  readonly maxSentences?: number;
  /** At most this many words (default 150). */
  readonly maxWords?: number;
}

const MAX_SENTENCES = 5;
/** Five sentences of news run to about 150 words; a longer summary is no longer read first. */
const MAX_WORDS = 150;

/** The summary of one story's articles; `facts` supplies the other articles that state each sentence. */
export function buildSummary(
  articles: readonly AnnotatedArticle[], facts: readonly FactGroup[], options: SummaryOptions = {},
): SummarySentence[] {
  const settings: SummarizerOptions = {
    maxSentences: options.maxSentences ?? MAX_SENTENCES,
    maxWords: options.maxWords ?? MAX_WORDS,
    cleaning: 'strict',
  };
  return createSummarizer(settings)(articles, facts);
}
