/** What every step of quote annotation looks up: the text, its sentences, marks and mentions. */
import type { EntityMention, LocalEntity, Sentence } from '../types.js';
import { findQuoteMarks, paragraphRanges, type MarkSpan, type ParagraphRange } from './quotes-marks.js';

export interface QuoteContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly ParagraphRange[];
  readonly entities: readonly LocalEntity[];
  /** All entity mentions, sorted by start. */
  readonly mentions: readonly EntityMention[];
  /** Outermost quote-mark spans, sorted by opening mark. */
  readonly marks: readonly MarkSpan[];
}

/** Builds the lookup context; mentions whose offsets do not match the text are ignored. */
export function createQuoteContext(text: string, sentences: readonly Sentence[], entities: readonly LocalEntity[]): QuoteContext {
  const paragraphs = paragraphRanges(text);
  const mentions = entities
    .flatMap((entity) => entity.mentions)
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, sentences, paragraphs, entities, mentions, marks: findQuoteMarks(text, paragraphs) };
}

/** True when the offset lies between (or on) a pair of quote marks. */
export function insideMarks(ctx: QuoteContext, pos: number): boolean {
  return ctx.marks.some((m) => m.open <= pos && pos <= m.close);
}

/** Index of the sentence holding the offset, else of the last sentence starting before it, else -1. */
export function sentenceIndexAt(ctx: QuoteContext, pos: number): number {
  let found = -1;
  for (let i = 0; i < ctx.sentences.length; i += 1) {
    const s = ctx.sentences[i];
    if (s === undefined || s.start > pos) break;
    found = i;
  }
  return found;
}

/** The entity a mention-less word refers to: an exact alias or name, else a unique surname match. */
export function entityByWords(ctx: QuoteContext, words: string): LocalEntity | undefined {
  const plain = words.replace(/['’]s$/, '').trim();
  const exact = ctx.entities.find((e) => e.name === plain || e.aliases.includes(plain));
  if (exact !== undefined) return exact;
  const bySurname = ctx.entities.filter((e) => e.type === 'person' && e.name.split(/\s+/).includes(plain));
  return bySurname.length === 1 ? bySurname[0] : undefined;
}
