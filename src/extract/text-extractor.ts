import type { Article, Diagnostic, RawDocument, RemovedBlock } from '../types.js';
import { createIdAllocator } from './article-id.js';
import { splitLines, type LineSlot } from './blocks.js';
import { labelCrossArticleChrome } from './cross-article.js';
import { labelLayout, resolveWeakPrompts } from './layout.js';
import { classifyLine, outletFromChrome } from './patterns.js';
import { notAnArticleReason } from './prose.js';

export interface TextExtractOptions {
  /** Remove short lines recurring across articles of one site (default true). */
  readonly crossArticleChrome?: boolean;
  /** Drop documents with too little prose (`not-an-article`). Default true. */
  readonly requireProse?: boolean;
}

export interface TextExtractResult {
  readonly articles: Article[];
  readonly diagnostics: Diagnostic[];
}

/** Turns a batch of raw plain-text documents into articles with boilerplate kept aside. */
export type TextExtractor = (docs: readonly RawDocument[]) => TextExtractResult;

/** A full ISO date or date-time; its first ten characters are the date. */
const ISO_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

/**
 * Creates the plain-text extractor. It works on the whole batch because some chrome is only
 * recognisable by recurring across articles of one site.
 *
 * Order of passes, each needing the previous: line rules (chrome, disclaimers, widgets, bylines,
 * captions) → cross-article chrome → title (the first line that is not chrome) → repeats of the
 * title and standfirst → trailing related links (recognised by the chrome before them).
 */
export function createTextExtractor(options: TextExtractOptions = {}): TextExtractor {
  const crossArticle = options.crossArticleChrome ?? true;
  const requireProse = options.requireProse ?? true;

  return (docs) => {
    if (!Array.isArray(docs)) throw new TypeError('text extractor: pass an array of RawDocument');
    const prepared = docs.map((doc) => ({ doc, lines: applyLineRules(doc) }));
    if (crossArticle) labelCrossArticleChrome(prepared);

    const nextId = createIdAllocator();
    const articles: Article[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const { doc, lines } of prepared) {
      const hardWrapped = isHardWrapped(lines);
      const layout = labelLayout(lines, doc.meta?.title, hardWrapped);
      const text = paragraphsOf(lines, hardWrapped).join('\n\n');
      const verdict = requireProse ? notAnArticleReason(text) : null;
      if (verdict !== null) {
        diagnostics.push({ severity: 'warning', source: doc.source, rule: 'not-an-article', note: `${verdict}; not read as an article` });
        continue;
      }
      const removed = removedBlocks(doc.text, lines);
      const own: Diagnostic[] = [];
      if (layout.title === null) {
        own.push({ severity: 'info', source: doc.source, rule: 'no-title', note: 'no headline line found at the top; title left empty' });
      }
      const published = publishedOf(doc, own);
      diagnostics.push(...own);
      articles.push({
        id: nextId(doc.source),
        source: doc.source,
        title: layout.title ?? '',
        outlet: doc.meta?.outlet ?? outletOf(removed),
        published,
        text,
        standfirst: layout.standfirst,
        removed,
        diagnostics: own,
        ...(doc.meta?.byline !== undefined && { byline: doc.meta.byline }),
        ...(doc.meta?.language !== undefined && { language: doc.meta.language }),
      });
    }
    return { articles, diagnostics };
  };
}

function applyLineRules(doc: RawDocument): LineSlot[] {
  const lines = splitLines(doc.text);
  const weak = new Set<LineSlot>();
  for (const slot of lines) {
    const verdict = classifyLine(slot.text);
    if (verdict === null) continue;
    slot.label = verdict.reason;
    if (verdict.weak) weak.add(slot);
  }
  resolveWeakPrompts(lines, weak);
  return lines;
}

/** A line that ends a sentence (or a quote, or a heading's colon) rather than breaking inside one. */
const ENDS_SENTENCE = /[.!?:;"”’')\]]$/;
/** Line breaks inside paragraphs needed before a document is judged hard-wrapped. */
const MIN_WRAP_BREAKS = 3;
/** Share of those breaks that must fall inside a sentence. */
const MIN_WRAP_SHARE = 0.5;

/**
 * Whether the document hard-wraps its paragraphs at a fixed width (newswire archives such as DUC's):
 * most line breaks inside a paragraph fall inside a sentence ("… opposition parties' demands ⏎ for
 * talks …"). Such breaks are layout, not structure: the sentence splitter would end a sentence at
 * each of them.
 */
function isHardWrapped(lines: readonly LineSlot[]): boolean {
  let breaks = 0;
  let inside = 0;
  for (let i = 1; i < lines.length; i += 1) {
    const prev = lines[i - 1]!;
    if (prev.block !== lines[i]!.block || prev.label !== null || lines[i]!.label !== null) continue;
    breaks += 1;
    if (!ENDS_SENTENCE.test(prev.text)) inside += 1;
  }
  return breaks >= MIN_WRAP_BREAKS && inside >= breaks * MIN_WRAP_SHARE;
}

/**
 * Kept lines, grouped back into paragraphs; a removed line inside a block splits it. The lines of a
 * hard-wrapped document's paragraph are joined by spaces, as the writer's paragraph was.
 */
function paragraphsOf(lines: readonly LineSlot[], hardWrapped: boolean): string[] {
  const joiner = hardWrapped ? ' ' : '\n';
  const paragraphs: string[] = [];
  let current: string[] = [];
  let previous: LineSlot | undefined;
  for (const slot of lines) {
    const contiguous = previous !== undefined && previous.block === slot.block && previous.label === null;
    if (slot.label === null) {
      if (!contiguous && current.length > 0) {
        paragraphs.push(current.join(joiner));
        current = [];
      }
      current.push(slot.text);
    }
    previous = slot;
  }
  if (current.length > 0) paragraphs.push(current.join(joiner));
  return paragraphs;
}

/** Adjacent lines of one block removed for the same reason are kept together as one block. */
function removedBlocks(raw: string, lines: readonly LineSlot[]): RemovedBlock[] {
  const out: RemovedBlock[] = [];
  let previous: LineSlot | undefined;
  for (const slot of lines) {
    const label = slot.label;
    if (label === null || label === 'title') {
      previous = slot;
      continue;
    }
    const last = out[out.length - 1];
    if (last !== undefined && previous?.label === label && previous.block === slot.block) {
      out[out.length - 1] = { ...last, text: raw.slice(last.rawStart, slot.end), rawEnd: slot.end };
    } else {
      out.push({ text: slot.text, reason: label, rawStart: slot.start, rawEnd: slot.end });
    }
    previous = slot;
  }
  return out;
}

function outletOf(removed: readonly RemovedBlock[]): string | null {
  for (const block of removed) {
    if (block.reason !== 'site-chrome' && block.reason !== 'cross-article-chrome') continue;
    for (const line of block.text.split('\n')) {
      const outlet = outletFromChrome(line.trim());
      if (outlet !== null) return outlet;
    }
  }
  return null;
}

/** The metadata date as YYYY-MM-DD; an unusable one is reported, not guessed at. */
function publishedOf(doc: RawDocument, diagnostics: Diagnostic[]): string | null {
  const value = doc.meta?.published?.trim();
  if (value === undefined || value === '') return null;
  if (ISO_DATE_PREFIX.test(value)) return value.slice(0, 10);
  const parsed = Date.parse(value);
  if (!Number.isNaN(parsed)) return new Date(parsed).toISOString().slice(0, 10);
  diagnostics.push({ severity: 'warning', source: doc.source, rule: 'bad-published', note: `published date "${value}" is not a date; left empty` });
  return null;
}
