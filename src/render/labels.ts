import type { ArticleId, Attribution, Brief, Discrepancy, Fact, GenreEvidence, Span, Story } from '../types.js';

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

/** Evidence words shown for a genre, at most this many characters. */
const EVIDENCE_CHARS = 90;

/**
 * Why an article has its genre, for a reader: the first pieces of evidence of that genre, each with
 * the rule that found it (`dateline “DES MOINES –”`, `attributed reporting “…”`), one per distinct text.
 */
export function genreEvidenceLabels(evidence: readonly GenreEvidence[], label: string, max = 3): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const e of evidence) {
    if (e.label !== label || seen.has(e.text)) continue;
    seen.add(e.text);
    out.push(`${e.rule.replace(/-/g, ' ')} “${shorten(e.text.trim(), EVIDENCE_CHARS)}”`);
    if (out.length === max) break;
  }
  return out;
}

/** The text cut to `n` characters with an ellipsis. */
export function shorten(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** What the outlets carrying a fact differ on, by discrepancy kind. */
const DISPUTE_LABELS: Readonly<Record<Discrepancy['kind'], string>> = {
  attribution: 'who said it',
  number: 'the figures',
  date: 'the date',
  name: 'the name',
};

/** "disputed: who said it; the figures" for a fact the outlets carry differently, else ''. */
export function disputeLabel(f: Pick<Fact, 'disputed'>): string {
  return f.disputed === undefined || f.disputed.length === 0 ? '' : `disputed: ${f.disputed.map((k) => DISPUTE_LABELS[k]).join('; ')}`;
}

/** What a timeline date another outlet gives otherwise is marked with. */
export const DISPUTED_DATE_LABEL = 'disputed: another outlet dates it otherwise';

/** What a discrepancy is about: the quote outlets give to different people or with different figures, or the fact whose figures or dates differ; '' for a name. */
export function discrepancySubject(s: Pick<Story, 'quotes' | 'facts'>, d: Discrepancy): string {
  if (d.kind === 'attribution' || d.quote !== undefined) return s.quotes.find((q) => q.id === d.quote)?.text ?? '';
  return d.fact === undefined ? '' : s.facts.find((f) => f.id === d.fact)?.text ?? '';
}
