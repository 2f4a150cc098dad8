/**
 * Test helpers for the quote annotator: an Article from plain text and hand-made entity lists
 * whose mentions are every whole-word occurrence of the name and its aliases.
 */
import { asArticleId, type Article, type EntityType, type LocalEntity } from '../types.js';

/** A person, organisation or place the test names, with the short forms the text uses. */
export interface EntitySpec {
  readonly name: string;
  readonly type?: EntityType;
  readonly aliases?: readonly string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds entities with mentions at every occurrence; longer names win over aliases inside them. */
export function entitiesFor(text: string, specs: readonly EntitySpec[]): LocalEntity[] {
  const forms = specs
    .flatMap((spec) => [spec.name, ...(spec.aliases ?? [])].map((form) => ({ spec, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken: { start: number; end: number }[] = [];
  const mentions = new Map<string, { start: number; end: number; text: string; type: EntityType; name: string }[]>();
  for (const { spec, form } of forms) {
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\d])${escape(form)}(?![\\p{L}\\d])`, 'gu'))) {
      const start = match.index;
      const end = start + form.length;
      if (taken.some((t) => start < t.end && t.start < end)) continue;
      taken.push({ start, end });
      const list = mentions.get(spec.name) ?? [];
      list.push({ start, end, text: form, type: spec.type ?? 'person', name: spec.name });
      mentions.set(spec.name, list);
    }
  }
  return specs.map((spec) => ({
    name: spec.name,
    type: spec.type ?? 'person',
    aliases: spec.aliases ?? [],
    mentions: (mentions.get(spec.name) ?? []).sort((a, b) => a.start - b.start),
  }));
}

/** An Article around plain text, the way the extractor hands it on. */
export function articleOf(text: string, id = 'test'): Article {
  return { id: asArticleId(id), source: `${id}.txt`, title: id, outlet: null, published: null, text, standfirst: null, removed: [], diagnostics: [] };
}

/** Options that keep the rules alone: their tests pin exact outputs, which the attribution tagger would add to. */
export const RULES_ONLY = { model: false } as const;
