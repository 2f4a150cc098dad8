/**
 * Runs the statistical tagger over an article's sentences: entity spans with offsets into the text.
 */
import type { Sentence } from '../types.js';
import { loadNerModel, type NerModel } from './ner-model.js';
import { nerTokens, spansOfTags, tagLexemes, type Lexeme, type TaggedEntity } from './ner-perceptron.js';

/** Entities of every sentence; `model` defaults to the shipped weights (loaded once). */
export function tagEntities(text: string, sentences: readonly Sentence[], model: NerModel = loadNerModel()): TaggedEntity[] {
  const out: TaggedEntity[] = [];
  for (const s of sentences) {
    const tokens = nerTokens(text, s.start, s.end);
    if (tokens.length === 0) continue;
    const lexemes: Lexeme[] = [];
    for (const t of tokens) lexemes.push(t.lexeme);
    for (const span of spansOfTags(tokens, tagLexemes(model, lexemes))) out.push(span);
  }
  return out;
}
