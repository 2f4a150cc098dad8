/** The story list: a search form, the matching stories newest first with their counts, paging. */
import type { StorySummary } from '../../store/index.js';
import { html, queryString } from '../html.js';
import { storyHref } from '../links.js';
import type { StoryPage } from '../store-queries.js';
import { page } from './layout.js';

/** The list's search parameters as the form and the page links carry them. */
export interface StoryListParams {
  readonly q?: string;
  readonly entity?: string;
  readonly outlet?: string;
  readonly from?: string;
  readonly to?: string;
  readonly page: number;
  readonly pageSize: number;
}

const dates = (s: StorySummary): string =>
  s.firstPublished === null ? '—' : s.firstPublished === s.lastPublished ? s.firstPublished : `${s.firstPublished} – ${s.lastPublished ?? ''}`;

/** The story list page. */
export function renderStoryList(result: StoryPage, params: StoryListParams): string {
  const filters = { q: params.q, entity: params.entity, outlet: params.outlet, from: params.from, to: params.to };
  const searching = Object.values(filters).some((v) => v !== undefined && v !== '');
  const first = (params.page - 1) * params.pageSize;
  const lastPage = Math.max(1, Math.ceil(result.total / params.pageSize));
  const rows = result.stories.map((s) => html`<tr>
<td><a href="${storyHref(s.id)}">${s.title || '(untitled)'}</a> <span class="muted">${s.id}</span></td>
<td>${dates(s)}</td><td class="num">${s.articles}</td><td class="num">${s.outlets}</td></tr>`);
  const body = html`<h1>Stories</h1>
<form class="search" method="get" action="/">
<label>Words <input type="search" name="q" value="${params.q ?? ''}" placeholder="title words"></label>
<label>Entity <input type="text" name="entity" value="${params.entity ?? ''}" placeholder="person, place, organisation"></label>
<label>Outlet <input type="text" name="outlet" value="${params.outlet ?? ''}"></label>
<label>From <input type="date" name="from" value="${params.from ?? ''}"></label>
<label>To <input type="date" name="to" value="${params.to ?? ''}"></label>
<button type="submit">Search</button>${searching ? html` <a href="/">clear</a>` : ''}
</form>
<p class="meta">${result.total} ${result.total === 1 ? 'story' : 'stories'}${searching ? ' match' : ''}${result.total > 0 ? html`; showing ${first + 1}–${first + result.stories.length}, newest first` : ''}.</p>
${result.total === 0 && !searching ? html`<p>No stories yet: <a href="/add">add articles</a> or run <code>crosscheck ingest &lt;sources…&gt;</code>.</p>` : ''}
${result.stories.length > 0 ? html`<table><thead><tr><th>Story</th><th>Published</th><th>Articles</th><th>Outlets</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
<nav class="pager">${params.page > 1 ? html`<a rel="prev" href="/${queryString({ ...filters, page: params.page - 1 })}">← newer</a>` : ''}
${params.page < lastPage ? html`<a rel="next" href="/${queryString({ ...filters, page: params.page + 1 })}">older →</a>` : ''}</nav>`;
  return page({ title: 'Stories', body });
}
