/** The URLs pages link to, built in one place so routes and links agree. */
import type { Span } from '../types.js';
import { queryString } from './html.js';

export const storyHref = (id: string): string => `/stories/${encodeURIComponent(id)}`;

/** The fragment of a highlighted span: the article page gives the `<mark>` this id. */
export const spanAnchor = (start: number, end: number): string => `span-${start}-${end}`;

/** The article page with `span` highlighted and scrolled to. */
export function articleHref(id: string, span?: Pick<Span, 'start' | 'end'>, extra: Readonly<Record<string, string | undefined>> = {}): string {
  const base = `/articles/${encodeURIComponent(id)}`;
  if (span === undefined) return base + queryString(extra);
  return `${base}${queryString({ ...extra, span: `${span.start}-${span.end}` })}#${spanAnchor(span.start, span.end)}`;
}
