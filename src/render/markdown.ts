/** The brief as Markdown, for reading in a terminal or pasting into notes. */
import type { Brief, Story } from '../types.js';
import { articleLabel, citation, discrepancySubject, DISPUTED_DATE_LABEL, disputeLabel, genreEvidenceLabels, otherWording, shorten, speakerLabel } from './labels.js';

/** How many facts and omissions to list per section before "and N more". */
const LIST_LIMIT = 12;

export function renderMarkdown(brief: Brief): string {
  const out: string[] = [];
  for (const story of brief.stories) out.push(renderStory(brief, story));
  if (brief.diagnostics.length > 0) {
    out.push('## Diagnostics\n');
    for (const d of brief.diagnostics) out.push(`- **${d.severity}** \`${d.rule}\` ${d.source}${d.place ? ` (${d.place})` : ''}: ${d.note}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function renderStory(brief: Brief, s: Story): string {
  const lines: string[] = [];
  const label = (id: Story['articles'][number]) => articleLabel(brief, id);
  lines.push(`# ${s.title}`, '', `Story \`${s.id}\` — ${s.articles.length} article(s).`, '');
  lines.push('## Articles', '');
  for (const id of s.articles) {
    const a = brief.articles.find((x) => x.id === id)!;
    const why = genreEvidenceLabels(a.genre.evidence, a.genre.label);
    lines.push(`- **${label(id)}** — ${a.title || '(untitled)'} — *${a.genre.label}*${why.length > 0 ? ` (${why.join('; ')})` : ''}`);
  }
  for (const g of s.duplicates ?? []) {
    lines.push(`- copies (${g.kind}): ${g.articles.map(label).join(', ')} carry one text and count as one source.`);
  }
  lines.push('', '## Summary', '');
  for (const sent of s.summary) lines.push(`- ${sent.text} [${sent.sources.map(citation).join(', ')}]`);
  if (s.discrepancies.length > 0) {
    lines.push('', '## Where the outlets contradict each other', '');
    for (const d of s.discrepancies) {
      const subject = discrepancySubject(s, d);
      if (d.kind === 'attribution') lines.push(`- **Attribution conflict** on “${shorten(subject, 90)}”: ${d.note}.`);
      else lines.push(`- **${d.kind}**${subject === '' ? '' : ` in “${shorten(subject, 90)}”`}: ${d.note}.`);
    }
  }
  lines.push('', '## Quotes', '');
  for (const q of s.quotes) {
    const who = q.attributions.map((a) => {
      const words = otherWording(brief, q, a);
      return `${speakerLabel(a)}${a.explicit ? '' : ' (implied)'} in ${label(a.article)} [${citation(a)}]${words === null ? '' : ` writes “${shorten(words, 140)}”`}`;
    });
    lines.push(`- ${q.conflict ? '**CONFLICT** ' : ''}“${shorten(q.text, 140)}” — ${who.join('; ')}`);
  }
  lines.push('', '## Timeline', '');
  for (const t of s.timeline) {
    lines.push(`- **${t.date}**${t.yearInferred ? ' (year inferred)' : ''}${t.disputed ? ` (${DISPUTED_DATE_LABEL})` : ''} — ${shorten(t.text, 160)} (${t.articles.map(label).join(', ')})`);
  }
  lines.push('', '## Facts and who reports them', '');
  for (const f of s.facts.slice(0, LIST_LIMIT)) {
    const disputed = disputeLabel(f);
    lines.push(`- [${f.outlets} outlet${f.outlets === 1 ? '' : 's'}${disputed ? `; ${disputed}` : ''}] ${shorten(f.text, 180)} (${f.articles.map(label).join(', ')})`);
  }
  if (s.facts.length > LIST_LIMIT) lines.push(`- … and ${s.facts.length - LIST_LIMIT} more in the JSON brief.`);
  lines.push('', '## People, organisations, places', '');
  for (const type of ['person', 'organization', 'place', 'other'] as const) {
    const es = s.entities.filter((e) => e.type === type);
    if (es.length === 0) continue;
    lines.push(`- **${type}**: ${es.map((e) => `${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''} [${e.articles.length}]`).join('; ')}`);
  }
  if (s.omissions.length > 0) {
    lines.push('', '## What each article leaves out', '');
    for (const o of s.omissions) {
      const facts = o.facts.slice(0, 5).map((id) => s.facts.find((f) => f.id === id)?.text ?? id);
      lines.push(`- **${label(o.article)}** never names: ${o.entities.join(', ') || '—'}.`);
      for (const f of facts) lines.push(`  - does not report: ${shorten(f, 140)}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

