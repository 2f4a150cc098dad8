import type { Diagnostic } from '../types.js';
import type { FeedItem } from './feed.js';

/** Field names accepted for each article property, first match wins (common export spellings). */
const FIELDS = {
  title: ['title', 'headline'],
  text: ['text', 'body', 'content'],
  html: ['html'],
  url: ['url', 'link'],
  published: ['published', 'date', 'date_published', 'publishedAt'],
  outlet: ['outlet', 'source', 'site', 'publisher'],
  byline: ['byline', 'author', 'authors'],
  language: ['language', 'lang'],
} as const;

export interface JsonlReadResult {
  readonly items: FeedItem[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads JSONL: one article per line, `{title, text | html, url, published, outlet, byline,
 * language}`. A line that is not a JSON object or has no text becomes a `bad-jsonl-line`
 * diagnostic with its line number; the other lines are still read.
 */
export function readJsonl(source: string, text: string): JsonlReadResult {
  const items: FeedItem[] = [];
  const diagnostics: Diagnostic[] = [];
  const bad = (line: number, note: string): void => {
    diagnostics.push({ severity: 'error', source, rule: 'bad-jsonl-line', place: `line ${line}`, note });
  };
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      bad(line, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      bad(line, 'not a JSON object; each line must be one article object');
      return;
    }
    const record = value as Record<string, unknown>;
    const pick = (names: readonly string[]): string | undefined => {
      for (const name of names) {
        const v = record[name];
        if (typeof v === 'string' && v.trim() !== '') return v;
        if (Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length > 0) return v.join(', ');
      }
      return undefined;
    };
    const html = pick(FIELDS.html);
    const body = pick(FIELDS.text);
    if (html === undefined && body === undefined) {
      bad(line, `no article text: give a non-empty "text" or "html" field`);
      return;
    }
    const meta = Object.fromEntries(
      (['title', 'url', 'published', 'outlet', 'byline', 'language'] as const).map((k) => [k, pick(FIELDS[k])]).filter(([, v]) => v !== undefined),
    ) as Omit<FeedItem, 'position' | 'content' | 'teaser'>;
    items.push({ position: line, ...meta, content: html !== undefined ? { kind: 'html', value: html } : { kind: 'text', value: body ?? '' } });
  });
  return { items, diagnostics };
}
