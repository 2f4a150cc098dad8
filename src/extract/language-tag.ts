/**
 * A language tag as pages and feeds should have written it: `en_US` (Open Graph), `EN-us` and
 * `en-gb` become `en-US` / `en-GB`; anything whose first part is not two or three letters is null.
 */
export function languageTag(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const [lang, ...rest] = value.replace(/_/g, '-').split('-');
  if (lang === undefined || !/^[A-Za-z]{2,3}$/.test(lang)) return null;
  return [lang.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}
