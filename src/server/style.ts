/**
 * The one stylesheet, served under a name carrying its hash: the CSP allows styles from the site
 * only (no inline style), and the hashed name lets browsers keep it for good.
 */
import { createHash } from 'node:crypto';

export const STYLESHEET = `*{box-sizing:border-box}
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1f2328;background:#fff}
header.top{background:#14325c;color:#fff;padding:.6rem 1rem;display:flex;gap:1.5rem;align-items:center}
header.top a{color:#fff;text-decoration:none}header.top .brand{font-weight:700;font-size:1.1rem}
main{max-width:70rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:.2rem 0 .6rem}h2{border-bottom:1px solid #d0d7de;margin-top:2rem;font-size:1.25rem}
.meta{color:#57606a;font-size:.9em}.muted{color:#6e7781}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #d0d7de;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f6f8fa}td.num{text-align:right;white-space:nowrap}
.badge{display:inline-block;border-radius:3px;padding:0 .45em;font-size:.8em;font-weight:600;background:#eaeef2;color:#24292f}
.badge.conflict{background:#c62828;color:#fff}.badge.opinion{background:#8250df;color:#fff}
.badge.analysis{background:#0969da;color:#fff}.badge.news{background:#1a7f37;color:#fff}
.badge.count{background:#14325c;color:#fff}
a.cite{font-size:.75em;vertical-align:super;text-decoration:none;margin-left:.1em}
.versions{margin:.3rem 0 .8rem 1rem}.versions li{margin:.2rem 0}
blockquote{margin:.3rem 0;padding:.1rem .8rem;border-left:3px solid #d0d7de}
.article-text{white-space:pre-wrap;border:1px solid #d0d7de;padding:1rem;border-radius:4px;font-family:Georgia,serif;line-height:1.6}
mark{background:#ffe58a}mark.cited{background:#ffd33d;outline:2px solid #e0a800;scroll-margin-top:30vh}
mark.cited:target{background:#ffb700}
form.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.5rem 0 1rem}
form.search label,form.add label{display:flex;flex-direction:column;font-size:.85em;color:#57606a}
input,textarea,button{font:inherit}input[type=text],input[type=search],input[type=date],input[type=password],textarea{padding:.3rem .4rem;border:1px solid #8c959f;border-radius:4px}
textarea{width:100%;min-height:12rem}
button{background:#14325c;color:#fff;border:0;border-radius:4px;padding:.35rem .9rem;cursor:pointer}
form.add fieldset{border:1px solid #d0d7de;border-radius:4px;margin:0 0 1rem}
.pager{display:flex;gap:1rem;margin:1rem 0}
.error{border:1px solid #c62828;background:#ffebe9;padding:.8rem;border-radius:4px}
.notice{border:1px solid #1a7f37;background:#dafbe1;padding:.8rem;border-radius:4px}
svg.timeline{width:100%;height:auto;display:block;margin:.5rem 0}
svg.timeline .axis{stroke:#8c959f;stroke-width:2}svg.timeline .tick{fill:#57606a;font-size:12px}
svg.timeline .label{fill:#1f2328;font-size:13px}svg.timeline .date{fill:#14325c;font-size:13px;font-weight:600}svg.timeline .date.disputed{fill:#b3261e}
svg.timeline .dot{fill:#0969da}svg.timeline .dot.n2{fill:#1a7f37}svg.timeline .dot.n3{fill:#c62828}
svg.timeline .inferred{fill:#fff;stroke:#0969da;stroke-width:2}
svg.timeline a:hover .label{fill:#0969da;text-decoration:underline}
ul.removed li{margin:.3rem 0}
`;

/** The stylesheet's path, which changes whenever its content does. */
export const STYLESHEET_PATH = `/static/style-${createHash('sha256').update(STYLESHEET).digest('hex').slice(0, 12)}.css`;
