/**
 * Date resolution: turns what a phrase states (`RawDate`) into an ISO value at its granularity,
 * given a reference date that may itself be partial (a year, or a year and month). All calendar
 * arithmetic is in UTC so a result never depends on the machine's time zone.
 */
import type { DateAnchor, DateGranularity } from '../types.js';
import type { RawDate, RelativeUnit, Tense, WeekdayDirection } from './dates-parse.js';

/** A reference date known to the day, the month, or only the year. */
export interface PartialDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

/** The resolved fields of a date mention. */
export interface Resolution {
  readonly value: string | null;
  readonly granularity: DateGranularity;
  readonly anchor: DateAnchor;
  readonly yearInferred: boolean;
}

/** When only the month of the reference is known, its middle keeps the nearest-year choice fair. */
const MID_MONTH = 15;
const DAY_MS = 86_400_000;
/** ISO weeks start on Monday and belong to the month of their Thursday. */
const THURSDAY = 4;

export function partialFromDate(date: Date): PartialDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** The last day of the period a partial date names, so periods compare by where they end. */
export function periodEnd(p: PartialDate): Date {
  if (p.month === null) return utcDate(p.year, 12, 31);
  if (p.day === null) return utcDate(p.year, p.month + 1, 0);
  return utcDate(p.year, p.month, p.day);
}

export function isoValue(year: number, month: number | null, day: number | null): string {
  const parts = [String(year).padStart(4, '0')];
  if (month !== null) parts.push(String(month).padStart(2, '0'));
  if (month !== null && day !== null) parts.push(String(day).padStart(2, '0'));
  return parts.join('-');
}

/** Resolves one stated date against a reference; the value is null when the reference is too coarse. */
export function resolveRaw(raw: RawDate, ref: PartialDate | null): Resolution {
  switch (raw.kind) {
    case 'calendar':
      return resolveCalendar(raw.year, raw.month, raw.day, ref, raw.tense ?? null);
    case 'weekday':
      return resolveWeekday(raw.weekday, raw.direction, ref);
    case 'relative':
      return resolveRelative(raw.unit, raw.offset, raw.month, ref);
  }
}

function granularityOf(month: number | null, day: number | null): DateGranularity {
  if (month === null) return 'year';
  return day === null ? 'month' : 'day';
}

function resolveCalendar(
  year: number | null,
  month: number | null,
  day: number | null,
  ref: PartialDate | null,
  tense: Tense | null,
): Resolution {
  const granularity = granularityOf(month, day);
  if (year !== null) return { value: isoValue(year, month, day), granularity, anchor: 'absolute', yearInferred: false };
  if (ref === null || month === null) return { value: null, granularity, anchor: 'missing-year', yearInferred: false };
  const inferred = ref.month === null ? ref.year : (tensedYear(month, day, ref, tense) ?? nearestYear(month, day ?? MID_MONTH, ref));
  return { value: isoValue(inferred, month, day), granularity, anchor: 'missing-year', yearInferred: true };
}

/**
 * The tense overrides the nearest year only when the date lies this far on the wrong side of the
 * reference: an undated article's reference is its story's earliest date, often weeks before it
 * was written ("was arrested on Nov. 30" in a story first dated Nov. 1 is still this year).
 */
const TENSE_GRACE_DAYS = 45;

/**
 * A date without its year in a past-tense clause is its latest occurrence not after the reference
 * ("occurred in April" in a December story is this April, though next April is nearer); in a
 * future one, its earliest occurrence not before it ("expected to leave in July"). Null without a
 * tense, or when no year within one of the reference fits.
 */
function tensedYear(month: number, day: number | null, ref: PartialDate, tense: Tense | null): number | null {
  if (tense === null) return null;
  const refTime = referenceTime(ref);
  const grace = TENSE_GRACE_DAYS * DAY_MS;
  const years = tense === 'past' ? [ref.year + 1, ref.year, ref.year - 1] : [ref.year - 1, ref.year, ref.year + 1];
  for (const year of years) {
    const time = utcDate(year, month, day ?? MID_MONTH).getTime();
    if (tense === 'past' ? time <= refTime + grace : time >= refTime - grace) return year;
  }
  return null;
}

/** The reference as an instant: the middle of its month when its day is not known. */
function referenceTime(ref: PartialDate): number {
  return utcDate(ref.year, ref.month ?? 1, ref.day ?? MID_MONTH).getTime();
}

/** A date without its year is taken in the year that puts it nearest the reference (Dec. 30 in a January story is last year). */
function nearestYear(month: number, day: number, ref: PartialDate): number {
  const target = referenceTime(ref);
  let best = ref.year;
  let bestDistance = Infinity;
  for (const year of [ref.year, ref.year - 1, ref.year + 1]) {
    const distance = Math.abs(utcDate(year, month, day).getTime() - target);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

function resolveWeekday(weekday: number, direction: WeekdayDirection, ref: PartialDate | null): Resolution {
  const unresolved: Resolution = { value: null, granularity: 'day', anchor: 'weekday', yearInferred: false };
  if (ref === null || ref.month === null || ref.day === null) return unresolved;
  const base = utcDate(ref.year, ref.month, ref.day);
  const refWeekday = base.getUTCDay();
  const back = (refWeekday - weekday + 7) % 7;
  const ahead = (weekday - refWeekday + 7) % 7;
  const shift = {
    'on-or-before': -back,
    before: -(back || 7),
    'on-or-after': ahead,
    after: ahead || 7,
  }[direction];
  const d = new Date(base.getTime() + shift * DAY_MS);
  return { ...unresolved, value: dayValue(d), yearInferred: true };
}

/**
 * Weeks resolve to the month of their Thursday: the timeline has no week granularity, and a
 * day would claim a precision the text does not give.
 */
function resolveRelative(unit: RelativeUnit, offset: number, month: number | null, ref: PartialDate | null): Resolution {
  const granularity: DateGranularity = unit === 'day' ? 'day' : unit === 'year' && month === null ? 'year' : 'month';
  const unresolved: Resolution = { value: null, granularity, anchor: 'relative', yearInferred: false };
  if (ref === null) return unresolved;
  if (unit === 'year') return { ...unresolved, value: isoValue(ref.year + offset, month, null), yearInferred: true };
  if (ref.month === null) return unresolved;
  if (unit === 'month') {
    const d = utcDate(ref.year, ref.month + offset, 1);
    return { ...unresolved, value: isoValue(d.getUTCFullYear(), d.getUTCMonth() + 1, null), yearInferred: true };
  }
  if (ref.day === null) return unresolved;
  const base = utcDate(ref.year, ref.month, ref.day);
  if (unit === 'day') return { ...unresolved, value: dayValue(new Date(base.getTime() + offset * DAY_MS)), yearInferred: true };
  const isoWeekday = base.getUTCDay() === 0 ? 7 : base.getUTCDay();
  const thursday = new Date(base.getTime() + (THURSDAY - isoWeekday + 7 * offset) * DAY_MS);
  return { ...unresolved, value: isoValue(thursday.getUTCFullYear(), thursday.getUTCMonth() + 1, null), yearInferred: true };
}

function dayValue(d: Date): string {
  return isoValue(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
