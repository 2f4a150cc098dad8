/**
 * Name discrepancies: outlets that call one person by different parts of the name, each as if it
 * were the surname: 000 and 003 write "Wang" for Wang Qishan, 001 "Qishan"; most outlets write "Hun"
 * for Hun Sen, one "Sen". One of them has the surname wrong. A given name written alone ("Hillary",
 * "Doug") is familiarity, not a surname, and is no discrepancy; nor is a name inside a quotation,
 * which is the speaker's word.
 */
import { givenNameGender } from '../annotate/quotes-gender.js';
import { CLOSING_NAME_SUFFIX } from '../annotate/person-names.js';
import type { AnnotatedArticle, ArticleId, Discrepancy, Span } from '../types.js';
import { insideQuotation } from './discrepancy-context.js';
import type { EntityIndex } from './merge-entities.js';

/** How often an article writes one end of a name alone before that is its usage. */
const MIN_USES = 2;

/** The first and last words of a person's name with no generational suffix, when it has two or more. */
function nameEnds(name: string): [string, string] | null {
  const words = name.replace(CLOSING_NAME_SUFFIX, '').split(/\s+/);
  return words.length < 2 ? null : [words[0]!, words[words.length - 1]!];
}

/** Name discrepancies of the story's people. */
export function findNameDiscrepancies(articles: readonly AnnotatedArticle[], entities: EntityIndex, outletOf: (id: ArticleId) => string): Discrepancy[] {
  // Per person, per article: the ends of the name the article writes alone, where it first does and how often.
  const uses = new Map<string, Map<ArticleId, Map<string, { span: Span; count: number }>>>();
  for (const a of articles) {
    const text = a.article.text;
    for (const local of a.entities) {
      if (local.type !== 'person') continue;
      const person = entities.resolve(a.article.id, local.name);
      const ends = nameEnds(person);
      if (ends === null) continue;
      for (const m of local.mentions) {
        const word = text.slice(m.start, m.end);
        const other = word === ends[0] ? ends[1] : word === ends[1] ? ends[0] : null;
        // Written whole after all ("Erskine| Bowles", a name the recogniser cut at a line's end) is no name written alone.
        if (other === null || text.startsWith(other, m.end + 1) || text.slice(Math.max(0, m.start - other.length - 1), m.start).startsWith(other)) continue;
        // Inside a quotation the words are the speaker's, not the outlet's ("showcase Wang's unique role" in an article that writes "Qishan").
        if (insideQuotation(a, m.start, m.end)) continue;
        const perArticle = uses.get(person) ?? new Map<ArticleId, Map<string, { span: Span; count: number }>>();
        uses.set(person, perArticle);
        const words = perArticle.get(a.article.id) ?? new Map<string, { span: Span; count: number }>();
        perArticle.set(a.article.id, words);
        const seen = words.get(word);
        if (seen === undefined) words.set(word, { span: { article: a.article.id, start: m.start, end: m.end }, count: 1 });
        else seen.count += 1;
      }
    }
  }
  const out: Discrepancy[] = [];
  for (const [person, perArticle] of uses) {
    // Articles that write one end alone, as their usage (twice or more: once may be the recogniser's slip), and
    // never the other; a given name alone is familiarity, not a surname.
    const only = new Map<string, Span[]>();
    for (const words of perArticle.values()) {
      if (words.size !== 1) continue;
      const [word, use] = [...words][0]!;
      if (use.count < MIN_USES || givenNameGender(word) !== undefined) continue;
      only.set(word, [...(only.get(word) ?? []), use.span]);
    }
    if (only.size < 2) continue;
    const sides = [...only].sort((x, y) => y[1].length - x[1].length);
    const note = sides.map(([word, spans]) => `${spans.map((s) => outletOf(s.article)).join(', ')} ${spans.length === 1 ? 'calls' : 'call'} ${person} "${word}"`).join('; ');
    out.push({ kind: 'name', note, sources: sides.flatMap(([, spans]) => spans) });
  }
  return out;
}
