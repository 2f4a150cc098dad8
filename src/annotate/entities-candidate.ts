/** A candidate name: a span of the article, the type the rules or the tagger gave it and how sure that type is. */
import type { EntityType } from '../types.js';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  name: string;
  /** How sure the type is: titles and gazetteers are sure, a lone capitalised word is not. */
  sure: boolean;
  /** Typed by the shape of the words alone (an acronym, two name-like words): the tagger knows better. */
  guess: boolean;
}

/**
 * A candidate over a span's words. Every candidate is built with the same fields in the same order
 * (no `{ ...span, … }`, which gives each object a hidden class of its own in V8 and leaves the code
 * reading candidates megamorphic).
 */
export function candidate(span: { start: number; end: number; text: string }, type: EntityType, name: string, sure: boolean, guess = false): Candidate {
  return { start: span.start, end: span.end, text: span.text, type, name, sure, guess };
}
