/** An ISO date or date-time; its first ten characters are the calendar date as the page states it. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Compact ISO (`20191119`, `20191119T103000Z`) as some meta tags carry. */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:T|$)/;

/**
 * Dates in URL paths: `/2019/11/19/`, `/2019-11-19/`, `/20191119/`. The year range keeps out
 * ids and counters that happen to have eight digits.
 */
const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/._-]|$)|\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/._-]|$)/;

/** Dates before the web are mistakes (placeholders, epoch zero), not publication dates. */
const MIN_YEAR = 1990;

/**
 * A date string from metadata as `YYYY-MM-DD`. The date part of an ISO timestamp is kept as written,
 * not moved to UTC, so an article published late in the evening keeps the day its outlet gives it.
 */
export function isoDateOf(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const m = ISO_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (m !== null) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  // Non-ISO strings rarely carry a zone and are read as local time, so local getters give the day as written.
  const d = new Date(parsed);
  return checked(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** The date in a URL path, or null. */
export function dateFromUrl(url: string): string | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    pathname = url;
  }
  const m = URL_DATE.exec(pathname);
  if (m === null) return null;
  const [y, mo, d] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return checked(Number(y), Number(mo), Number(d));
}

function checked(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
