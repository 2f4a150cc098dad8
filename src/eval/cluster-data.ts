/** Reading clustering datasets (`../shared/data/clustering/*.jsonl`) into clusterer features. */
import { readFile } from 'node:fs/promises';
import { createEntityAnnotator } from '../annotate/entities.js';
import { splitSentences } from '../annotate/sentences.js';
import type { ClusterFeatures } from '../cluster/index.js';
import { asArticleId, type Article } from '../types.js';

/** One line of a clustering dataset: an article and its gold story (`event`). */
export interface ClusterRow {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly event: string;
}

/** Reads a JSONL clustering dataset; a malformed line throws with its line number. */
export async function readClusterRows(file: string): Promise<ClusterRow[]> {
  const rows: ClusterRow[] = [];
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new Error(`${file}: line ${i + 1} is not JSON`);
    }
    const r = row as Record<string, unknown>;
    if (typeof r.id !== 'string' || typeof r.text !== 'string' || typeof r.event !== 'string') {
      throw new Error(`${file}: line ${i + 1} needs string "id", "text" and "event" fields`);
    }
    const opt = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
    rows.push({ id: r.id, title: opt(r.title), text: r.text, published: opt(r.published), outlet: opt(r.outlet), event: r.event });
  });
  return rows;
}

/**
 * Newswire hard-wraps lines inside sentences (DUC); the sentence splitter ends a sentence at a line
 * break, so single breaks become spaces and blank lines stay paragraph breaks.
 */
export function unwrapLines(text: string): string {
  return text.replace(/[ \t]*\n(?![ \t]*\n)(?<!\n[ \t]*\n)[ \t]*/g, ' ').replace(/\n{3,}/g, '\n\n');
}

/** Creates the feature builder: text unwrapped, entities from the project's rule-based annotator. */
export function createRowFeatures(options: { readonly entities?: boolean } = {}) {
  const annotate = createEntityAnnotator();
  const withEntities = options.entities ?? true;
  return function features(row: ClusterRow): ClusterFeatures {
    const text = unwrapLines(row.text);
    const base = { id: row.id, title: row.title, text, published: row.published, outlet: row.outlet };
    if (!withEntities) return base;
    const article: Article = {
      id: asArticleId(row.id), source: row.id, title: row.title ?? '', outlet: row.outlet, published: row.published,
      text, standfirst: null, removed: [], diagnostics: [],
    };
    const entities = annotate(article, splitSentences(text))
      .filter((e) => e.type !== 'other')
      .map((e) => ({ name: e.name, mentions: e.mentions.length }));
    return { ...base, entities };
  };
}
