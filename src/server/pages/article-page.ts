/**
 * One article: its clean text with a cited span highlighted (the `<mark>` carries the id the
 * citation's fragment names, so the browser scrolls to it), its genre evidence, and on request the
 * boilerplate removed from it with the reason for each removal.
 */
import { html } from '../html.js';
import { articleHref, spanAnchor, storyHref } from '../links.js';
import type { StoredArticle } from '../store-queries.js';
import { page } from './layout.js';

export interface ArticlePageParams {
  /** The span to highlight, already checked against the text. */
  readonly span: { readonly start: number; readonly end: number } | null;
  /** Set when the requested span did not fit the text. */
  readonly spanProblem: string | null;
  readonly showRemoved: boolean;
  /** The story the reader came from (a merged story's id leads to the same place). */
  readonly story: string;
}

/** Parses `start-end`; null when it is not two offsets inside the text with start < end. */
export function parseSpan(value: string | undefined, textLength: number): { span: { start: number; end: number } | null; problem: string | null } {
  if (value === undefined || value === '') return { span: null, problem: null };
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(value);
  if (m === null) return { span: null, problem: `the span "${value}" is not two character offsets like 120-180` };
  const start = Number(m[1]);
  const end = Number(m[2]);
  if (!(start < end && end <= textLength)) return { span: null, problem: `the span ${start}-${end} does not fit this article's ${textLength} characters` };
  return { span: { start, end }, problem: null };
}

/** The article page. */
export function renderArticlePage(a: StoredArticle, params: ArticlePageParams): string {
  const { span } = params;
  const text = span === null
    ? html`${a.text}`
    : html`${a.text.slice(0, span.start)}<mark class="cited" id="${spanAnchor(span.start, span.end)}">${a.text.slice(span.start, span.end)}</mark>${a.text.slice(span.end)}`;
  const keep = { story: params.story, ...(span !== null && { span: `${span.start}-${span.end}` }) };
  const removedLink = params.showRemoved
    ? html`<a href="${articleHref(a.id, undefined, keep)}">hide removed boilerplate</a>`
    : html`<a href="${articleHref(a.id, undefined, { ...keep, removed: '1' })}#removed">show removed boilerplate (${a.removed.length})</a>`;
  const body = html`<p class="meta"><a href="${storyHref(params.story)}">← story ${params.story}</a></p>
<h1>${a.title || a.id}</h1>
<p class="meta">${a.outlet ?? 'outlet unknown'} · ${a.published ?? 'date unknown'}${a.byline ? html` · ${a.byline}` : ''} · <span class="badge ${a.genre.label}">${a.genre.label}</span> · article ${a.id}</p>
<p class="meta">Source: <code>${a.url ?? a.source}</code></p>
${a.standfirst ? html`<p><i>${a.standfirst}</i></p>` : ''}
${params.spanProblem !== null ? html`<p class="error">${params.spanProblem}; the text is shown without a highlight.</p>` : ''}
${span !== null ? html`<p class="meta">Characters ${span.start}–${span.end} highlighted.</p>` : ''}
<div class="article-text">${text}</div>
<h2 id="genre">Genre: ${a.genre.label}</h2>
<ul>${a.genre.evidence.map((e) => html`<li><span class="badge ${e.label}">${e.label}</span> <span class="muted">${e.rule}</span>: “${e.text}”${e.start !== null && e.end !== null ? html` <a class="cite" href="${articleHref(a.id, { start: e.start, end: e.end }, { story: params.story })}">[show]</a>` : html` <i class="muted">(in removed boilerplate)</i>`}</li>`)}</ul>
<h2 id="removed">Removed boilerplate</h2><p>${removedLink}</p>
${params.showRemoved ? html`<ul class="removed">${a.removed.map((r) => html`<li><span class="badge">${r.reason}</span> ${r.text}</li>`)}</ul>` : ''}`;
  return page({ title: a.title || a.id, body });
}
