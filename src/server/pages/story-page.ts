/**
 * A story's brief as a page: cited summary, contradictions, quote ledger with each outlet's version,
 * timeline chart, facts with outlet counts, entities, what each outlet leaves out, each article's
 * genre with its evidence. Every citation opens the source article with the cited span highlighted.
 */
import type { Brief, BriefArticle, Span, Story } from '../../types.js';
import { discrepancySubject, disputeLabel, speakerLabel } from '../../render/labels.js';
import { html, type SafeHtml } from '../html.js';
import { articleHref } from '../links.js';
import { page } from './layout.js';
import { timelineSvg } from './timeline-svg.js';

export interface StoryPageOptions {
  /** Facts listed on the page (most widely reported first); all are in the CSV and JSON. Default 100. */
  readonly maxFacts?: number;
  /** Facts named per article under "what each outlet leaves out". Default 5. */
  readonly maxOmittedFacts?: number;
}

export const DEFAULT_MAX_FACTS = 100;
export const DEFAULT_MAX_OMITTED_FACTS = 5;

interface Ctx {
  readonly story: string;
  readonly byId: ReadonlyMap<string, BriefArticle>;
  readonly number: ReadonlyMap<string, number>;
}

const outletName = (ctx: Ctx, id: string): string => ctx.byId.get(id)?.outlet ?? id;

/** `[n]` links to the cited characters, n being the article's number on this page. */
function cite(ctx: Ctx, spans: readonly Span[]): SafeHtml {
  return html`${spans.filter((s) => s.end > s.start).map((s) => html`<a class="cite" href="${articleHref(s.article, s, { story: ctx.story })}" title="${outletName(ctx, s.article)}, characters ${s.start}–${s.end}">[${ctx.number.get(s.article) ?? '?'}]</a>`)}`;
}

const slice = (ctx: Ctx, s: Span): string => ctx.byId.get(s.article)?.text.slice(s.start, s.end) ?? '';

/** The story page for `brief` (a brief of one story). */
export function renderStoryPage(brief: Brief, options: StoryPageOptions = {}): string {
  const s = brief.stories[0];
  if (s === undefined) throw new TypeError('renderStoryPage: the brief has no story');
  const byId = new Map(brief.articles.map((a) => [a.id as string, a]));
  const number = new Map(s.articles.map((id, i) => [id as string, i + 1]));
  const ctx: Ctx = { story: s.id, byId, number };
  const body = html`<h1>${s.title || '(untitled story)'}</h1>
<p class="meta">Story ${s.id} · ${s.articles.length} articles · ${new Set(brief.articles.map((a) => a.outlet ?? a.id)).size} outlets ·
<a href="/api/stories/${encodeURIComponent(s.id)}">JSON</a> · <a href="/api/stories/${encodeURIComponent(s.id)}/quotes.csv">quote ledger CSV</a> · <a href="/api/stories/${encodeURIComponent(s.id)}/facts.csv">facts CSV</a></p>
${articlesSection(ctx, s)}
<h2 id="summary">Summary</h2><ol>${s.summary.map((x) => html`<li>${x.text}${cite(ctx, x.sources)}</li>`)}</ol>
${discrepancies(ctx, s)}
${quoteLedger(ctx, s)}
<h2 id="timeline">Timeline</h2>${timelineSvg(s.timeline, brief.articles, s.id)}
${facts(ctx, s, options.maxFacts ?? DEFAULT_MAX_FACTS)}
${entities(s)}
${omissions(ctx, s, options.maxOmittedFacts ?? DEFAULT_MAX_OMITTED_FACTS)}
${genres(ctx, s)}
${brief.diagnostics.length > 0 ? html`<details><summary>Diagnostics (${brief.diagnostics.length})</summary><ul>${brief.diagnostics.map((d) => html`<li><b>${d.severity}</b> ${d.rule} <span class="muted">${d.source}</span>: ${d.note}</li>`)}</ul></details>` : ''}`;
  return page({ title: s.title || s.id, body });
}

function articlesSection(ctx: Ctx, s: Story): SafeHtml {
  const copies = new Map<string, string>();
  for (const d of s.duplicates ?? []) for (const id of d.articles.slice(1)) copies.set(id, `${d.kind} copy of ${d.articles[0]}`);
  return html`<h2 id="articles">Articles</h2><table><thead><tr><th>#</th><th>Outlet</th><th>Title</th><th>Published</th><th>Genre</th></tr></thead><tbody>
${s.articles.map((id) => {
    const a = ctx.byId.get(id);
    return html`<tr><td class="num">${ctx.number.get(id)}</td><td>${a?.outlet ?? '—'}</td><td><a href="${articleHref(id, undefined, { story: ctx.story })}">${a?.title || id}</a>${copies.has(id) ? html` <span class="badge">${copies.get(id)}</span>` : ''}</td><td>${a?.published ?? '—'}</td><td>${a ? html`<span class="badge ${a.genre.label}">${a.genre.label}</span>` : ''}</td></tr>`;
  })}</tbody></table>`;
}

function discrepancies(ctx: Ctx, s: Story): SafeHtml {
  if (s.discrepancies.length === 0) return html``;
  return html`<h2 id="contradictions">Contradictions</h2><ul>${s.discrepancies.map((d) => {
    const subject = discrepancySubject(s, d);
    return html`<li><span class="badge conflict">${d.kind}</span> ${subject === '' ? '' : html`“${subject}”: `}${d.note}${cite(ctx, d.kind === 'attribution' ? d.attributions : d.sources)}</li>`;
  })}</ul>`;
}

function quoteLedger(ctx: Ctx, s: Story): SafeHtml {
  const conflicts = s.quotes.filter((q) => q.conflict).length;
  return html`<h2 id="quotes">Quote ledger</h2><p class="meta">${s.quotes.length} quotes; ${conflicts} with conflicting attributions.</p>
${s.quotes.map((q) => html`<div class="quote" id="quote-${q.id}"><blockquote>${q.conflict ? html`<span class="badge conflict">attribution conflict</span> ` : ''}<span class="badge">${q.kind}</span> “${q.text}”</blockquote>
<ul class="versions">${q.attributions.map((a) => html`<li><b>${outletName(ctx, a.article)}</b> [${ctx.number.get(a.article) ?? '?'}]: ${speakerLabel(a)}${a.explicit ? '' : html` <i>(implied)</i>`}${a.cue ? html` <span class="muted">(${a.cue})</span>` : ''} — “${slice(ctx, a)}”${cite(ctx, [a])}</li>`)}</ul></div>`)}`;
}

function facts(ctx: Ctx, s: Story, max: number): SafeHtml {
  const sorted = [...s.facts].sort((a, b) => b.outlets - a.outlets || b.articles.length - a.articles.length);
  const shown = sorted.slice(0, max);
  return html`<h2 id="facts">Facts</h2><p class="meta">${s.facts.length} facts, most widely reported first${sorted.length > shown.length ? `; the first ${shown.length} shown (all are in the CSV)` : ''}.</p>
<table><thead><tr><th>Outlets</th><th>Fact</th><th>Reported by</th></tr></thead><tbody>${shown.map((f) => html`<tr><td class="num"><span class="badge count">${f.outlets}</span></td><td>${f.disputed ? html`<span class="badge conflict">${disputeLabel(f)}</span> ` : ''}${f.text}${cite(ctx, f.sources)}</td><td>${f.articles.map((id) => outletName(ctx, id)).join(', ')}</td></tr>`)}</tbody></table>`;
}

function entities(s: Story): SafeHtml {
  return html`<h2 id="entities">Entities</h2><table><thead><tr><th>Name</th><th>Type</th><th>Also called</th><th>Articles</th><th>Mentions</th></tr></thead><tbody>
${s.entities.map((e) => html`<tr><td><a href="/?entity=${encodeURIComponent(e.name)}">${e.name}</a></td><td>${e.type}</td><td>${e.aliases.join(', ')}</td><td class="num">${e.articles.length}</td><td class="num">${e.mentions}</td></tr>`)}</tbody></table>`;
}

function omissions(ctx: Ctx, s: Story, maxFacts: number): SafeHtml {
  const factById = new Map(s.facts.map((f) => [f.id, f]));
  return html`<h2 id="omissions">What each outlet leaves out</h2>${s.omissions.map((o) => {
    const missed = o.facts.map((id) => factById.get(id)).filter((f) => f !== undefined).sort((a, b) => b.outlets - a.outlets).slice(0, maxFacts);
    return html`<h3>[${ctx.number.get(o.article) ?? '?'}] ${outletName(ctx, o.article)}</h3>
<p>Never names: ${o.entities.length > 0 ? o.entities.join(', ') : '—'}.</p>
<p>Misses ${o.facts.length} facts reported elsewhere${missed.length > 0 ? ', among them:' : '.'}</p>${missed.length > 0 ? html`<ul>${missed.map((f) => html`<li><span class="badge count">${f.outlets}</span> ${f.text}${cite(ctx, f.sources)}</li>`)}</ul>` : ''}`;
  })}`;
}

function genres(ctx: Ctx, s: Story): SafeHtml {
  return html`<h2 id="genre">Genre of each article</h2>${s.articles.map((id) => {
    const a = ctx.byId.get(id);
    if (a === undefined) return html``;
    return html`<h3>[${ctx.number.get(id)}] ${a.outlet ?? a.id} <span class="badge ${a.genre.label}">${a.genre.label}</span></h3>
<ul>${a.genre.evidence.map((e) => html`<li><span class="badge ${e.label}">${e.label}</span> <span class="muted">${e.rule}</span>: “${e.text}”${e.start !== null && e.end !== null ? cite(ctx, [{ article: a.id, start: e.start, end: e.end }]) : html` <i class="muted">(in removed boilerplate)</i>`}</li>`)}</ul>`;
  })}`;
}

