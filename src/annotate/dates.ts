/**
 * Date annotation: every date phrase of an article's body and photo captions, normalised to an
 * ISO prefix at the granularity the text gives ("2018", "2018-05", "2018-05-24"), with how it
 * was anchored and whether its year was inferred.
 *
 * Resolution order, because each step needs the one before:
 * 1. the caller's reference date, else the article's published date, resolves everything;
 * 2. otherwise the article's own stated dates give a provisional anchor (a full date in the
 *    body, else in a caption, else the latest stated month and year), which fills in years;
 * 3. the provisional values then give the article's reference date (`articleReferenceDate`),
 *    and a second pass resolves weekdays and relative phrases against it.
 * An article with no year anywhere keeps null values; the caller annotates it again with the
 * story's reference date (`storyReferenceDate`).
 */
import type { Article, DateMention } from '../types.js';
import { findDatePhrases, type RawMention } from './dates-parse.js';
import { isoValue, partialFromDate, periodEnd, resolveRaw, utcDate, type PartialDate } from './dates-resolve.js';

export interface DateAnnotatorOptions {
  /** Also read dates from removed photo captions (default true): a caption often dates the event. */
  readonly captions?: boolean;
  /** A stated day this many days before the article's latest stated date is background history (default 366). */
  readonly historicalGapDays?: number;
}

/** Per-call context: the date the text was written, when the caller knows it. */
export interface DateAnnotatorContext {
  /** Wins over `article.published`; read in UTC. */
  readonly reference?: Date | null;
}

export type DateAnnotator = (article: Article, ctx?: DateAnnotatorContext) => DateMention[];

/** A year and more back from the newest date is history ("joined in 2012"), not the news. */
const DEFAULT_HISTORICAL_GAP_DAYS = 366;
const DAY_MS = 86_400_000;
/** `published` is an ISO date; a time part after it is ignored. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const ISO_VALUE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

interface Located {
  readonly raw: RawMention;
  readonly in: 'text' | 'caption';
  readonly removedIndex?: number;
}

/** Creates the date annotator; see the file comment for how values are resolved. */
export function createDateAnnotator(options: DateAnnotatorOptions = {}): DateAnnotator {
  const captions = options.captions ?? true;
  const gapDays = options.historicalGapDays ?? DEFAULT_HISTORICAL_GAP_DAYS;
  if (!Number.isFinite(gapDays) || gapDays < 0) {
    throw new RangeError(`historicalGapDays must be a non-negative number of days, got ${gapDays}`);
  }
  return (article, ctx = {}) => {
    const given = ctx.reference ?? null;
    if (given !== null && Number.isNaN(given.getTime())) {
      throw new RangeError('ctx.reference is an invalid Date: pass a valid Date, or null to resolve from the article alone');
    }
    const located = locate(article, captions);
    const known = given ?? parseIsoDay(article.published);
    if (known !== null) return resolveAll(located, partialFromDate(known));
    const provisional = resolveAll(located, provisionalAnchor(located, gapDays));
    const reference = referenceFrom(article, provisional, gapDays);
    return reference === null ? provisional : resolveAll(located, partialFromDate(reference));
  };
}

/**
 * The date an article was written about: `published` when set; else the earliest fully stated
 * day in the body that is not background history; else the first day of the body with an
 * inferred year (the lead's date: later ones are mostly background); else a caption's full date.
 * Null when nothing gives a day: a month or a year alone is too coarse to anchor "on Thursday".
 */
export function articleReferenceDate(article: Article, mentions: readonly DateMention[]): Date | null {
  return referenceFrom(article, mentions, DEFAULT_HISTORICAL_GAP_DAYS);
}

/**
 * The reference date for a story's undated articles: the earliest of its articles' references.
 * Undated coverage announces what is coming ("starts on Thursday", "next month"), so the earliest
 * dated account is the one least likely to lie past the events it names.
 */
export function storyReferenceDate(refs: readonly (Date | null)[]): Date | null {
  let earliest: Date | null = null;
  for (const ref of refs) {
    if (ref === null || Number.isNaN(ref.getTime())) continue;
    if (earliest === null || ref.getTime() < earliest.getTime()) earliest = ref;
  }
  return earliest;
}

function locate(article: Article, captions: boolean): Located[] {
  const out: Located[] = findDatePhrases(article.text).map((raw) => ({ raw, in: 'text' as const }));
  if (!captions) return out;
  article.removed.forEach((block, removedIndex) => {
    if (block.reason !== 'caption') return;
    for (const raw of findDatePhrases(block.text)) out.push({ raw, in: 'caption', removedIndex });
  });
  return out;
}

function resolveAll(located: readonly Located[], ref: PartialDate | null): DateMention[] {
  return located.map(({ raw, in: where, removedIndex }) => {
    const base = { start: raw.start, end: raw.end, text: raw.text, ...resolveRaw(raw, ref), in: where };
    return removedIndex === undefined ? base : { ...base, removedIndex };
  });
}

/** The anchor the article's stated dates give before any year is inferred. */
function provisionalAnchor(located: readonly Located[], gapDays: number): PartialDate | null {
  const stated: PartialDate[] = [];
  const days: { date: PartialDate; inText: boolean }[] = [];
  for (const { raw, in: where } of located) {
    if (raw.kind !== 'calendar' || raw.year === null) continue;
    const p: PartialDate = { year: raw.year, month: raw.month, day: raw.month === null ? null : raw.day };
    stated.push(p);
    if (p.day !== null) days.push({ date: p, inText: where === 'text' });
  }
  const latest = latestEnd(stated);
  const current = days.filter((d) => latest === null || !isHistorical(periodEnd(d.date), latest, gapDays));
  const day = earliest(current.filter((d) => d.inText).map((d) => d.date)) ?? earliest(current.map((d) => d.date));
  if (day !== null) return day;
  const months = stated.filter((p) => p.month !== null);
  return months.length === 0 ? null : months.reduce((a, b) => (periodEnd(b) > periodEnd(a) ? b : a));
}

function referenceFrom(article: Article, mentions: readonly DateMention[], gapDays: number): Date | null {
  const published = parseIsoDay(article.published);
  if (published !== null) return published;
  const absolute = mentions.flatMap((m) => {
    const p = m.anchor === 'absolute' ? parseValue(m.value) : null;
    return p === null ? [] : [{ m, p }];
  });
  const latest = latestEnd(absolute.map((a) => a.p));
  const statedDays = absolute.filter(({ m, p }) => m.in === 'text' && p.day !== null);
  const current = statedDays.filter(({ p }) => latest === null || !isHistorical(periodEnd(p), latest, gapDays));
  const stated = earliest(current.map((a) => a.p));
  if (stated !== null) return periodEnd(stated);
  const lead = [...mentions]
    .filter((m) => m.in === 'text' && m.anchor === 'missing-year' && m.granularity === 'day')
    .sort((a, b) => a.start - b.start)
    .map((m) => parseValue(m.value))
    .find((p) => p !== null);
  if (lead) return periodEnd(lead);
  const caption = earliest(absolute.filter(({ m, p }) => m.in === 'caption' && p.day !== null).map((a) => a.p));
  return caption === null ? null : periodEnd(caption);
}

function isHistorical(date: Date, latest: Date, gapDays: number): boolean {
  return latest.getTime() - date.getTime() > gapDays * DAY_MS;
}

function latestEnd(dates: readonly PartialDate[]): Date | null {
  let latest: Date | null = null;
  for (const d of dates) {
    const end = periodEnd(d);
    if (latest === null || end > latest) latest = end;
  }
  return latest;
}

function earliest(dates: readonly PartialDate[]): PartialDate | null {
  let best: PartialDate | null = null;
  for (const d of dates) if (best === null || periodEnd(d) < periodEnd(best)) best = d;
  return best;
}

function parseIsoDay(value: string | null): Date | null {
  const m = value === null ? null : ISO_DAY.exec(value);
  if (!m) return null;
  const date = utcDate(Number(m[1]), Number(m[2]), Number(m[3]));
  // A malformed published date ("2018-02-31") is treated as absent, not rolled over.
  return isoValue(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) === m[0] ? date : null;
}

function parseValue(value: string | null): PartialDate | null {
  const m = value === null ? null : ISO_VALUE.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] === undefined ? null : Number(m[2]), day: m[3] === undefined ? null : Number(m[3]) };
}
