/**
 * The brief as one self-contained HTML page: inline CSS, no script, every article-derived string
 * escaped. Each citation links to an evidence block that shows the cited characters highlighted in
 * their context, and each article's full text is on the page.
 */
import type { Brief, Genre, Span, Story } from '../types.js';
import { articleLabel, discrepancySubject, DISPUTED_DATE_LABEL, disputeLabel, genreEvidenceLabels, otherWording, speakerLabel } from './labels.js';

/** Characters of context shown around a cited span. */
const CONTEXT_CHARS = 160;

const CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ddd;margin-top:2rem}mark{background:#ffe58a}
.conflict{background:#c62828;color:#fff;border-radius:3px;padding:0 .4em;font-size:.8em;font-weight:600}
.ev{border-left:3px solid #ccc;padding:.2rem .8rem;margin:.5rem 0;color:#444}.ev:target{border-color:#e0a800;background:#fff8e1}
.meta{color:#666;font-size:.9em}sup a{text-decoration:none}.article{white-space:pre-wrap;border:1px solid #eee;padding:1rem}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;vertical-align:top}`;

/** Why the article has its genre: the evidence the rules found, each with its rule. */
function genreWhy(genre: Genre): string {
  const why = genreEvidenceLabels(genre.evidence, genre.label);
  return why.length === 0 ? '' : `<p class="meta">Read as ${escapeHtml(genre.label)} for: ${why.map(escapeHtml).join('; ')}</p>`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderHtml(brief: Brief): string {
  const evidence = new Map<string, Span>();
  const cite = (spans: readonly Span[]): string =>
    spans.map((sp) => {
      const id = `ev-${sp.article}-${sp.start}-${sp.end}`.replace(/[^A-Za-z0-9_-]/g, '_');
      evidence.set(id, sp);
      return `<sup><a href="#${id}">[${escapeHtml(sp.article)}]</a></sup>`;
    }).join('');
  const body = brief.stories.map((s) => story(brief, s, cite)).join('\n');
  const ev = [...evidence].map(([id, sp]) => evidenceBlock(brief, id, sp)).join('\n');
  const articles = brief.articles.map((a) => `<h3 id="article-${escapeHtml(a.id)}">${escapeHtml(articleLabel(brief, a.id))}: ${escapeHtml(a.title)}</h3>
<p class="meta">${escapeHtml(a.source)} · ${escapeHtml(a.genre.label)}${a.published ? ` · ${escapeHtml(a.published)}` : ''}</p>
${genreWhy(a.genre)}
<div class="article">${escapeHtml(a.text)}</div>
<details><summary>Removed boilerplate (${a.removed.length})</summary><ul>${a.removed.map((r) => `<li><b>${escapeHtml(r.reason)}</b>: ${escapeHtml(r.text)}</li>`).join('')}</ul></details>`).join('\n');
  const diags = brief.diagnostics.map((d) => `<li><b>${escapeHtml(d.severity)}</b> ${escapeHtml(d.rule)} ${escapeHtml(d.source)}: ${escapeHtml(d.note)}</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(brief.stories[0]?.title ?? 'Crosscheck brief')}</title><style>${CSS}</style></head>
<body>
${body}
<h2>Evidence</h2>
${ev}
<h2>Articles</h2>
${articles}
${diags ? `<h2>Diagnostics</h2><ul>${diags}</ul>` : ''}
</body></html>
`;
}

function story(brief: Brief, s: Story, cite: (spans: readonly Span[]) => string): string {
  const label = (id: string) => escapeHtml(articleLabel(brief, id as Story['articles'][number]));
  const quotes = s.quotes.map((q) => `<tr><td>${q.conflict ? '<span class="conflict">conflict</span> ' : ''}“${escapeHtml(q.text)}”</td><td>${q.attributions
    .map((a) => {
      const words = otherWording(brief, q, a);
      return `${escapeHtml(speakerLabel(a))}${a.explicit ? '' : ' <i>(implied)</i>'} — ${label(a.article)}${cite([a])}${words === null ? '' : ` writes “${escapeHtml(words)}”`}`;
    }).join('<br>')}</td></tr>`).join('');
  return `<h1>${escapeHtml(s.title)}</h1>
<p class="meta">${s.articles.length} articles: ${s.articles.map((id) => `<a href="#article-${escapeHtml(id)}">${label(id)}</a>`).join(', ')}</p>
<h2>Summary</h2><ol>${s.summary.map((x) => `<li>${escapeHtml(x.text)}${cite(x.sources)}</li>`).join('')}</ol>
${s.discrepancies.length ? `<h2>Contradictions</h2><ul>${s.discrepancies.map((d) => {
    const subject = discrepancySubject(s, d);
    return `<li><span class="conflict">${escapeHtml(d.kind)}</span> ${subject === '' ? '' : `“${escapeHtml(subject)}”: `}${escapeHtml(d.note)}</li>`;
  }).join('')}</ul>` : ''}
<h2>Quote ledger</h2><table><tr><th>Quote</th><th>Attributed to</th></tr>${quotes}</table>
<h2>Timeline</h2><ul>${s.timeline.map((t) => `<li><b>${escapeHtml(t.date)}</b>${t.yearInferred ? ' <i>(year inferred)</i>' : ''}${t.disputed ? ` <span class="conflict">${DISPUTED_DATE_LABEL}</span>` : ''} ${escapeHtml(t.text)}${cite(t.sources.filter((x) => x.end > x.start))}</li>`).join('')}</ul>
<h2>Facts</h2><ul>${s.facts.slice(0, 30).map((f) => `<li>[${f.outlets}] ${f.disputed ? `<span class="conflict">${escapeHtml(disputeLabel(f))}</span> ` : ''}${escapeHtml(f.text)}${cite(f.sources)}</li>`).join('')}</ul>
<h2>Entities</h2><ul>${s.entities.map((e) => `<li>${escapeHtml(e.name)} <span class="meta">${escapeHtml(e.type)}${e.aliases.length ? `; also ${escapeHtml(e.aliases.join(', '))}` : ''}; in ${e.articles.length}</span></li>`).join('')}</ul>
<h2>What each article leaves out</h2><ul>${s.omissions.map((o) => `<li><b>${label(o.article)}</b> never names ${escapeHtml(o.entities.join(', ') || '—')}; misses ${o.facts.length} facts reported elsewhere.</li>`).join('')}</ul>`;
}

function evidenceBlock(brief: Brief, id: string, sp: Span): string {
  const a = brief.articles.find((x) => x.id === sp.article);
  if (!a) return '';
  const from = Math.max(0, sp.start - CONTEXT_CHARS);
  const to = Math.min(a.text.length, sp.end + CONTEXT_CHARS);
  return `<div class="ev" id="${id}"><span class="meta">${escapeHtml(articleLabel(brief, a.id))}, characters ${sp.start}–${sp.end}</span><br>…${escapeHtml(a.text.slice(from, sp.start))}<mark>${escapeHtml(a.text.slice(sp.start, sp.end))}</mark>${escapeHtml(a.text.slice(sp.end, to))}…</div>`;
}
