/**
 * CSV exports of a story's quote ledger and facts (RFC 4180). Cells come from article text, so a
 * cell a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
import type { Brief } from '../types.js';

/** Spreadsheets treat cells starting with these as formulas. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: quoted when needed, formulas defused. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csv = (rows: readonly (readonly (string | number | boolean | null)[])[]): string => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** One row per attribution: each outlet's version of each quote, with the conflict flag. */
export function quotesCsv(brief: Brief): string {
  const byId = new Map(brief.articles.map((a) => [a.id as string, a]));
  const rows: (string | number | boolean | null)[][] = [['quote_id', 'conflict', 'kind', 'quote', 'speaker', 'explicit', 'cue', 'article', 'outlet', 'start', 'end', 'text_in_article']];
  for (const s of brief.stories) {
    for (const q of s.quotes) {
      for (const a of q.attributions) {
        const article = byId.get(a.article);
        rows.push([q.id, q.conflict, q.kind, q.text, a.speaker, a.explicit, a.cue, a.article, article?.outlet ?? null, a.start, a.end, article?.text.slice(a.start, a.end) ?? null]);
      }
    }
  }
  return csv(rows);
}

/** One row per fact, with its independent-outlet count, the articles that carry it and what they differ on. */
export function factsCsv(brief: Brief): string {
  const byId = new Map(brief.articles.map((a) => [a.id as string, a]));
  const rows: (string | number | boolean | null)[][] = [['fact_id', 'outlets', 'articles', 'article_ids', 'outlet_names', 'disputed', 'text']];
  for (const s of brief.stories) {
    for (const f of s.facts) {
      const outlets = [...new Set(f.articles.map((id) => byId.get(id)?.outlet).filter((o): o is string => typeof o === 'string'))];
      rows.push([f.id, f.outlets, f.articles.length, f.articles.join(' '), outlets.join('; '), (f.disputed ?? []).join(' '), f.text]);
    }
  }
  return csv(rows);
}
