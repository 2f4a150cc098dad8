/** Counting independent sources: copies of one text are one source, however many outlets print it. */
import type { DuplicateGroup } from './deduper.js';

/**
 * The number of independent sources among `articleIds`. An article counts as its outlet, unless it
 * is a syndicated copy (its group spans two or more outlets), in which case it counts as that group:
 * three outlets printing one wire story are one source, and an outlet's own report beside a wire copy
 * it printed are two. Near duplicates within one outlet count as that outlet. Articles with no known
 * outlet and no group count once each.
 */
export function independentOutlets(
  articleIds: readonly string[],
  groups: readonly DuplicateGroup[],
  outletOf: (id: string) => string | null | undefined,
): number {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const id of g.articles) groupOf.set(id, i);
  });
  const sources = new Set<string>();
  for (const id of articleIds) {
    const group = groupOf.get(id);
    const outlet = outletOf(id)?.trim().toLowerCase();
    if (group !== undefined && (groups[group]!.outlets.length > 1 || !outlet)) sources.add(`group:${group}`);
    else sources.add(outlet ? `outlet:${outlet}` : `article:${id}`);
  }
  return sources.size;
}
