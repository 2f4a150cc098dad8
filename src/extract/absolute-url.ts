/** `href` as an absolute URL, resolved against `base` when relative; null when empty or unresolvable. */
export function absoluteUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (href === null || href === undefined || href.trim() === '') return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}
