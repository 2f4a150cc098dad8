import { normWords } from '../brief/text-norm.js';
import type { ArticleId, Attribution, Brief, Discrepancy, Fact, GenreEvidence, LedgerQuote, Span, Story } from '../types.js';

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

/** Contractions written out, so that "he’s" and "he is", "shouldn't" and "should not" read alike. */
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/n[’']t\b/gi, ' not'], [/[’']re\b/gi, ' are'], [/[’']ll\b/gi, ' will'], [/[’']ve\b/gi, ' have'], [/[’']m\b/gi, ' am'],
  [/\b(he|she|it|that|there|what|who|here)[’']s\b/gi, '$1 is'],
];

/** Titles one outlet abbreviates and another writes out ("Sen. Reid" / "Senator Reid"). */
const TITLES: Readonly<Record<string, string>> = { sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', pres: 'president' };

function quotedWords(text: string): string[] {
  let t = text;
  for (const [pattern, full] of CONTRACTIONS) t = t.replace(pattern, full);
  return normWords(t).map((w) => TITLES[w.word] ?? w.word);
}

/** Whether the words of `part` run, in order and together, inside `whole`. */
function within(part: readonly string[], whole: readonly string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, j) => whole[i + j] === w)) return true;
  return false;
}

/**
 * The words an outlet quotes, when they are not the ledger's: "should have been used" where the
 * ledger reads "shouldn't have been used", "a big challenge" for "a real challenge". Quote marks,
 * case, contractions, and one outlet quoting more or less of the same words are no difference; null then.
 */
export function otherWording(brief: Brief, q: Pick<LedgerQuote, 'text'>, a: Span): string | null {
  const quoted = spanText(brief, a);
  const ours = quotedWords(quoted);
  const theirs = quotedWords(q.text);
  return within(ours, theirs) || within(theirs, ours) ? null : quoted;
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
