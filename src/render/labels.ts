import type { ArticleId, Attribution, Brief, Span } from '../types.js';

/** A short label for an article in running text: its outlet, else its id. */
export function articleLabel(brief: Brief, id: ArticleId): string {
  const a = brief.articles.find((x) => x.id === id);
  return a?.outlet ? `${a.outlet} (${id})` : id;
}

/** The quoted characters a span points at. */
export function spanText(brief: Brief, span: Span): string {
  const a = brief.articles.find((x) => x.id === span.article);
  return a ? a.text.slice(span.start, span.end) : '';
}

/** `[000 @120-180]`-style citation marker text. */
export function citation(span: Span): string {
  return `${span.article}:${span.start}-${span.end}`;
}

/**
 * Who an attribution names, for a reader: the speaker's name; else the words the article names an
 * unnamed one with (`unnamed: “A spokesman”`); else "unattributed".
 */
export function speakerLabel(a: Pick<Attribution, 'speaker' | 'speakerWords'>): string {
  if (a.speaker !== null) return a.speaker;
  return a.speakerWords ? `unnamed: “${a.speakerWords}”` : 'unattributed';
}
