/**
 * Facts the outlets carrying them do not tell alike. A fact group counts outlets that say the same
 * thing, but two outlets can print one quote and give it to different people, or one claim with
 * different figures: the count alone would read as agreement. A fact is disputed by a discrepancy
 * when one of its sentences holds the discrepancy's words (a conflicting quote's span, a differing
 * figure, a differing date), in the same article. A name discrepancy disputes no fact: it is about how
 * the outlets write a person's name throughout, and its spans are only where each first does.
 */
import type { Discrepancy, Fact, Span, TimelineEntry } from '../types.js';

function spansOf(d: Discrepancy): readonly Span[] {
  return d.kind === 'attribution' ? d.attributions : d.sources;
}

function overlaps(a: Span, b: Span): boolean {
  return a.article === b.article && a.start < b.end && b.start < a.end;
}

/** The facts with `disputed` set to the kinds of discrepancy found in their sentences. */
export function markDisputedFacts(facts: readonly Fact[], discrepancies: readonly Discrepancy[]): Fact[] {
  return facts.map((f) => {
    const kinds = [...new Set(discrepancies.filter((d) => d.kind !== 'name' && spansOf(d).some((s) => f.sources.some((t) => overlaps(s, t)))).map((d) => d.kind))];
    return kinds.length === 0 ? f : { ...f, disputed: kinds };
  });
}

/** The timeline with `disputed` set on the dates a date discrepancy holds: another outlet dates the event otherwise. */
export function markDisputedDates(timeline: readonly TimelineEntry[], discrepancies: readonly Discrepancy[]): TimelineEntry[] {
  const spans = discrepancies.flatMap((d) => (d.kind === 'date' ? d.sources : []));
  if (spans.length === 0) return [...timeline];
  return timeline.map((t) => (t.sources.some((s) => spans.some((d) => overlaps(s, d))) ? { ...t, disputed: true } : t));
}
