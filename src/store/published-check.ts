/** Publication dates the store accepts: a date outside the plausible range is reported and dropped. */
import type { Diagnostic } from '../types.js';

/** Printed newspapers date from the early 1600s: an earlier date is a typo or a default value. */
export const EARLIEST_PUBLISHED = '1600-01-01';
/** Feeds in other time zones and embargoed items run a day or two ahead; further is an error. */
export const FUTURE_TOLERANCE_DAYS = 2;
const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The date to store (null when missing or implausible) and what to tell the user about it. */
export function checkPublished(published: string | null, source: string, now: Date): { published: string | null; diagnostic: Diagnostic | null } {
  if (published === null || published.trim() === '') {
    return {
      published: null,
      diagnostic: { severity: 'info', source, rule: 'no-published-date', note: 'no publication date; the article is placed as of the latest date seen' },
    };
  }
  const day = published.slice(0, 10);
  const latest = new Date(now.getTime() + FUTURE_TOLERANCE_DAYS * DAY_MS).toISOString().slice(0, 10);
  if (!ISO_DAY.test(day) || Number.isNaN(Date.parse(day))) {
    return { published: null, diagnostic: { severity: 'warning', source, rule: 'bad-published', note: `publication date "${published}" is not a date; dropped` } };
  }
  if (day < EARLIEST_PUBLISHED || day > latest) {
    const why = day < EARLIEST_PUBLISHED ? `before ${EARLIEST_PUBLISHED}` : `more than ${FUTURE_TOLERANCE_DAYS} days in the future`;
    return { published: null, diagnostic: { severity: 'warning', source, rule: 'implausible-published', note: `publication date ${day} is ${why}; dropped` } };
  }
  return { published: day, diagnostic: null };
}
