/**
 * The timeline as a server-rendered SVG chart: one row per dated event in date order, placed on a
 * vertical time axis; the dot's colour says how many articles report it, a hollow dot marks a year
 * that was inferred. Each row links to its first source.
 */
import type { BriefArticle, TimelineEntry } from '../../types.js';
import { DISPUTED_DATE_LABEL } from '../../render/labels.js';
import { html, type SafeHtml } from '../html.js';
import { articleHref } from '../links.js';

const ROW_HEIGHT = 28;
const TOP = 16;
const AXIS_X = 112;
const LABEL_X = 132;
const WIDTH = 960;
/** Beyond this the label is cut: the row links to the full sentence. */
const MAX_LABEL_CHARS = 120;
/** Rows drawn; a longer timeline is listed in full in the JSON and Markdown forms. */
export const MAX_TIMELINE_ROWS = 200;

const shorten = (s: string): string => (s.length > MAX_LABEL_CHARS ? `${s.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : s);

/** The SVG chart of a story's timeline, or a line saying there is none. */
export function timelineSvg(entries: readonly TimelineEntry[], articles: readonly BriefArticle[], story: string): SafeHtml {
  if (entries.length === 0) return html`<p class="muted">No dated events.</p>`;
  const outletOf = new Map(articles.map((a) => [a.id as string, a.outlet ?? a.id]));
  const rows = [...entries].sort((a, b) => a.date.localeCompare(b.date)).slice(0, MAX_TIMELINE_ROWS);
  const height = TOP * 2 + rows.length * ROW_HEIGHT;
  const items = rows.map((e, i) => {
    const y = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
    const n = Math.min(3, e.articles.length);
    const source = e.sources.find((s) => s.end > s.start);
    const who = e.articles.map((id) => outletOf.get(id) ?? id).join(', ');
    const dot = e.yearInferred
      ? html`<circle class="inferred" cx="${AXIS_X}" cy="${y}" r="6"></circle>`
      : html`<circle class="dot n${n}" cx="${AXIS_X}" cy="${y}" r="${5 + n}"></circle>`;
    const row = html`<title>${e.date}${e.yearInferred ? ' (year inferred)' : ''}${e.disputed ? ` (${DISPUTED_DATE_LABEL})` : ''}: ${e.text} — ${who}</title>
<text class="date${e.disputed ? ' disputed' : ''}" x="${AXIS_X - 14}" y="${y + 4}" text-anchor="end">${e.date}${e.disputed ? ' ≠' : ''}</text>${dot}
<text class="label" x="${LABEL_X}" y="${y + 4}">${shorten(e.text)}</text>`;
    return source === undefined ? html`<g>${row}</g>` : html`<a href="${articleHref(source.article, source, { story })}"><g>${row}</g></a>`;
  });
  return html`<svg class="timeline" role="img" aria-label="Timeline of ${rows.length} dated events" viewBox="0 0 ${WIDTH} ${height}" xmlns="http://www.w3.org/2000/svg">
<line class="axis" x1="${AXIS_X}" y1="${TOP / 2}" x2="${AXIS_X}" y2="${height - TOP / 2}"></line>${items}</svg>
<p class="meta">Dot colour: blue one article, green two, red three or more; hollow: year inferred from the story.${entries.length > rows.length ? ` First ${rows.length} of ${entries.length} events shown.` : ''}</p>`;
}
