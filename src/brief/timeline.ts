/**
 * The story's timeline: every resolved date of every article, grouped by date, each entry with the
 * sentence that carries it and the spans of all articles that give that date.
 */
import type { AnnotatedArticle, DateMention, Span, TimelineEntry } from '../types.js';
import { GENRE_RANK } from './facts.js';

export function buildTimeline(articles: readonly AnnotatedArticle[]): TimelineEntry[] {
  const byDate = new Map<string, { mentions: { a: AnnotatedArticle; d: DateMention }[] }>();
  for (const a of articles) {
    for (const d of a.dates) {
      if (d.value === null) continue;
      const g = byDate.get(d.value) ?? { mentions: [] };
      g.mentions.push({ a, d });
      byDate.set(d.value, g);
    }
  }
  const entries: TimelineEntry[] = [];
  for (const [value, g] of byDate) {
    const best = [...g.mentions].sort((x, y) =>
      GENRE_RANK[x.a.genre.label] - GENRE_RANK[y.a.genre.label] || Number(x.d.yearInferred) - Number(y.d.yearInferred))[0]!;
    const sources: Span[] = g.mentions.map(({ a, d }) => spanOf(a, d));
    entries.push({
      date: value,
      granularity: best.d.granularity,
      text: contextOf(best.a, best.d),
      articles: [...new Set(g.mentions.map((m) => m.a.article.id))],
      sources,
      yearInferred: g.mentions.every((m) => m.d.yearInferred),
    });
  }
  return entries.sort((x, y) => x.date.localeCompare(y.date) || x.granularity.localeCompare(y.granularity));
}

/** A caption date points at its sentence in the removed caption; a text date at its sentence. */
function contextOf(a: AnnotatedArticle, d: DateMention): string {
  if (d.in === 'caption') return a.article.removed[d.removedIndex ?? -1]?.text ?? d.text;
  return a.sentences.find((s) => s.start <= d.start && s.end >= d.end)?.text ?? d.text;
}

function spanOf(a: AnnotatedArticle, d: DateMention): Span {
  if (d.in === 'caption') return { article: a.article.id, start: 0, end: 0 };
  return { article: a.article.id, start: d.start, end: d.end };
}
