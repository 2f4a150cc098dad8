/** The add-articles page: paste a text, upload files, or give URLs and feeds; and the result of adding. */
import { html, type SafeHtml } from '../html.js';
import type { IngestSummary } from '../ingest-queue.js';
import { storyHref } from '../links.js';
import { TOKEN_FIELD } from '../security.js';
import { page } from './layout.js';

export interface AddPageOptions {
  /** Show the token field (the server requires a token for writing). */
  readonly askToken: boolean;
  /** Largest request accepted, in bytes, shown as a hint. */
  readonly maxRequestBytes: number;
}

const megabytes = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** The form; `result` (after a submission) is shown above it. */
export function renderAddPage(options: AddPageOptions, result: SafeHtml | null = null): string {
  const body = html`<h1>Add articles</h1>${result ?? ''}
<form class="add" method="post" action="/add" enctype="multipart/form-data">
<fieldset><legend>Paste an article</legend>
<label>Title <input type="text" name="title"></label>
<label>Outlet <input type="text" name="outlet"></label>
<label>Published <input type="date" name="published"></label>
<label>Text <textarea name="text"></textarea></label></fieldset>
<fieldset><legend>Upload files</legend>
<label>Text, HTML, RSS/Atom/JSON feeds, JSONL or WARC <input type="file" name="files" multiple></label></fieldset>
<fieldset><legend>URLs or feeds</legend>
<label>One http(s) URL per line <textarea name="urls" rows="4"></textarea></label></fieldset>
${options.askToken ? html`<label>Token <input type="password" name="${TOKEN_FIELD}" autocomplete="current-password"></label>` : ''}
<p class="meta">Up to ${megabytes(options.maxRequestBytes)} per submission.</p>
<button type="submit">Add to the store</button>
</form>`;
  return page({ title: 'Add articles', body });
}

/** What a submission stored, skipped and reported. */
export function ingestResult(summary: IngestSummary): SafeHtml {
  const stories = [...new Set(summary.stored.map((s) => s.story))];
  const problems = summary.diagnostics.filter((d) => d.severity !== 'info');
  return html`<div class="notice" id="result"><p>Stored ${summary.stored.length} ${summary.stored.length === 1 ? 'article' : 'articles'}; ${summary.skipped.length} already in the store.</p>
${stories.length > 0 ? html`<p>Stories: ${stories.map((id, i) => html`${i > 0 ? ', ' : ''}<a href="${storyHref(id)}">${id}</a>`)}</p>` : ''}
${summary.skipped.length > 0 ? html`<ul>${summary.skipped.map((s) => html`<li>${s.source}: already stored as ${s.existing} (${s.reason})</li>`)}</ul>` : ''}
${problems.length > 0 ? html`<ul>${problems.map((d) => html`<li><b>${d.severity}</b> ${d.source}: ${d.note} (${d.rule})</li>`)}</ul>` : ''}</div>`;
}
