/**
 * Genre classification: news, analysis or opinion, with the evidence for it. Each rule in
 * `genre-rules.ts` reports weighted evidence; the label with the highest total wins when it is
 * strong enough, and news is the default because most of what the pipeline reads is reporting.
 * All evidence is kept, for every label, so a reader can see why and how close the call was.
 */
import type { Article, Genre, GenreEvidence, GenreLabel, Sentence } from '../types.js';
import { authorVoice, GENRE_RULES, type GenreRule, type WeightedEvidence } from './genre-rules.js';

export interface GenreClassifierOptions {
  /** A label other than news needs at least this total (default 2): one weak cue is not a genre. */
  readonly minScore?: number;
  /** Evidence items listed per rule (default 5); all of them still count. */
  readonly maxEvidencePerRule?: number;
  /** The rules to run (default `GENRE_RULES`). */
  readonly rules?: readonly GenreRule[];
}

export type GenreClassifier = (article: Article, sentences: readonly Sentence[]) => Genre;

const DEFAULT_MIN_SCORE = 2;
const DEFAULT_MAX_EVIDENCE_PER_RULE = 5;
/** One rule firing many times (a disclaimer printed twice, ten "said"s) must not outweigh several rules. */
const RULE_SCORE_CAP = 3;
/** On a tie the more cautious label wins: calling news "opinion" misleads more than the reverse. */
const TIE_ORDER: readonly GenreLabel[] = ['news', 'analysis', 'opinion'];

/** Creates a genre classifier; see the file comment for how evidence is weighed. */
export function createGenreClassifier(options: GenreClassifierOptions = {}): GenreClassifier {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const maxPerRule = options.maxEvidencePerRule ?? DEFAULT_MAX_EVIDENCE_PER_RULE;
  const rules = options.rules ?? GENRE_RULES;
  if (!Number.isFinite(minScore) || minScore < 0) throw new RangeError(`minScore must be a non-negative number, got ${minScore}`);
  if (!Number.isInteger(maxPerRule) || maxPerRule < 1) {
    throw new RangeError(`maxEvidencePerRule must be a positive integer, got ${maxPerRule}`);
  }
  return (article, sentences) => {
    const input = { article, sentences, voice: authorVoice(article.text) };
    const found = rules.flatMap((rule) => rule(input));
    const scores = scoreByLabel(found);
    const label = pickLabel(scores, minScore);
    return { label, evidence: listEvidence(found, maxPerRule) };
  };
}

/** Classifies with the default rules and thresholds. */
export const classifyGenre: GenreClassifier = createGenreClassifier();

/** Totals per label, each rule capped at `RULE_SCORE_CAP`. */
export function scoreByLabel(evidence: readonly WeightedEvidence[]): Record<GenreLabel, number> {
  const perRule = new Map<string, { label: GenreLabel; score: number }>();
  for (const e of evidence) {
    const key = `${e.label}:${e.rule}`;
    const entry = perRule.get(key) ?? { label: e.label, score: 0 };
    entry.score += e.weight;
    perRule.set(key, entry);
  }
  const scores: Record<GenreLabel, number> = { news: 0, analysis: 0, opinion: 0 };
  for (const { label, score } of perRule.values()) scores[label] += Math.min(score, RULE_SCORE_CAP);
  return scores;
}

function pickLabel(scores: Record<GenreLabel, number>, minScore: number): GenreLabel {
  let best: GenreLabel = 'news';
  for (const label of TIE_ORDER) {
    if (label !== 'news' && scores[label] < minScore) continue;
    if (scores[label] > scores[best]) best = label;
  }
  return best;
}

function listEvidence(found: readonly WeightedEvidence[], maxPerRule: number): GenreEvidence[] {
  const seen = new Map<string, number>();
  const out: GenreEvidence[] = [];
  for (const { rule, text, label, start, end } of found) {
    const key = `${label}:${rule}`;
    const count = seen.get(key) ?? 0;
    if (count >= maxPerRule) continue;
    // The same removed block (a disclaimer printed twice) is listed once.
    if (start === null && out.some((e) => e.rule === rule && e.text === text && e.start === null)) continue;
    seen.set(key, count + 1);
    out.push({ rule, text, label, start, end });
  }
  return out;
}
