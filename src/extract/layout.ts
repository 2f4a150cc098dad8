import type { RemovalReason } from '../types.js';
import { countWords, mayNormaliseTo, normaliseLine, type LineSlot } from './blocks.js';
import { isHeadlineLike } from './patterns.js';
import { isProseLine, looksLikeSentenceOrQuote } from './prose.js';

/** Headlines run to about fifteen words; twenty-five leaves room for long wire headlines. */
export const TITLE_MAX_WORDS = 25;
/** A standfirst (dek) is one or two clauses; longer unpunctuated lines are body text. */
export const STANDFIRST_MAX_WORDS = 45;
/** Related-article headlines are headline length. */
export const RELATED_LINK_MAX_WORDS = TITLE_MAX_WORDS;
/** A truncated copy shorter than this could match many paragraphs by chance. */
export const REPEATED_STANDFIRST_MIN_WORDS = 6;
/** The marks crawlers leave where a teaser was cut: "..", "...", "…". */
const TRUNCATION_MARK = /\s*(?:\.{2,}|…)$/;

/** Removed chrome after which trailing headline lines are links to other articles. */
const CHROME_BEFORE_LINKS: ReadonlySet<RemovalReason> = new Set<RemovalReason>([
  'site-chrome',
  'comment-widget',
  'disclaimer',
  'cross-article-chrome',
  'related-link',
]);

/** Title and standfirst found in one document's lines. */
export interface Layout {
  readonly title: string | null;
  readonly standfirst: string | null;
}

/** Lines of one block, in order. */
function blocksOf(lines: readonly LineSlot[]): LineSlot[][] {
  const blocks: LineSlot[][] = [];
  for (const slot of lines) {
    const current = blocks[blocks.length - 1];
    if (current !== undefined && current[0]?.block === slot.block) current.push(slot);
    else blocks.push([slot]);
  }
  return blocks;
}

/**
 * A weak comment prompt ("What do you think?") is a widget only when the next block is one too,
 * or nothing follows it; otherwise it is the article's own question and is restored.
 */
export function resolveWeakPrompts(lines: readonly LineSlot[], weak: ReadonlySet<LineSlot>): void {
  const blocks = blocksOf(lines);
  blocks.forEach((block, i) => {
    for (const slot of block) {
      if (!weak.has(slot)) continue;
      const next = blocks[i + 1];
      const nextIsWidget = next === undefined || next.every((s) => s.label === 'comment-widget' && !weak.has(s));
      if (!nextIsWidget) slot.label = null;
    }
  });
}

/**
 * Labels the title, its repeats, a repeated (often truncated) standfirst and trailing related
 * links, and returns the title and standfirst. Runs after the line rules and cross-article chrome,
 * since the title is the first line that is not chrome.
 */
export function labelLayout(lines: readonly LineSlot[], metaTitle: string | undefined, hardWrapped = false): Layout {
  const kept = (): LineSlot[] => lines.filter((s) => s.label === null);
  const titleSlot = findTitle(kept(), metaTitle, hardWrapped);
  if (titleSlot !== null) titleSlot.label = 'title';
  const title = metaTitle ?? titleSlot?.text ?? null;
  if (title !== null) {
    const key = normaliseLine(title);
    for (const slot of kept()) if (mayNormaliseTo(slot.text, key) && normaliseLine(slot.text) === key) slot.label = 'repeated-title';
  }
  const standfirstTarget = labelRepeatedStandfirst(lines);
  labelRelatedLinks(lines);
  const standfirst = standfirstTarget ?? findStandfirst(lines, titleSlot);
  return { title, standfirst };
}

function findTitle(kept: readonly LineSlot[], metaTitle: string | undefined, hardWrapped: boolean): LineSlot | null {
  if (metaTitle !== undefined) {
    const key = normaliseLine(metaTitle);
    return kept.find((s) => mayNormaliseTo(s.text, key) && normaliseLine(s.text) === key) ?? null;
  }
  const first = kept[0];
  if (first === undefined || !isHeadlineLike(first.text, TITLE_MAX_WORDS)) return null;
  // A line the next one carries on in lower case, with no blank line between, is the first line of a
  // hard-wrapped paragraph ("Cambodian leader Hun Sen on Friday rejected opposition parties' demands
  // ⏎ for talks outside the country"), not a headline.
  // In a hard-wrapped text a headline stands in a block of its own: a first line with more after it
  // in its block is the paragraph's first line ("… broke a three-month deadlock ⏎ Friday and agreed …").
  const next = kept[1];
  return next !== undefined && next.block === first.block && (hardWrapped || /^\p{Ll}/u.test(next.text.trimStart())) ? null : first;
}

/**
 * A line copying the start of the next paragraph (a teaser, often cut with ".."), is the
 * standfirst repeated by the page template. Returns the paragraph it copies, which stays.
 */
function labelRepeatedStandfirst(lines: readonly LineSlot[]): string | null {
  const blocks = blocksOf(lines);
  for (const [i, block] of blocks.entries()) {
    const next = blocks.slice(i + 1).find((b) => b.some((s) => s.label === null));
    if (next === undefined) return null;
    const nextLines = next.filter((s) => s.label === null).map((s) => s.text);
    const nextText = normaliseLine(nextLines.join(' '));
    let found = false;
    for (const slot of block) {
      if (slot.label !== null) continue;
      const stem = normaliseLine(slot.text.replace(TRUNCATION_MARK, ''));
      if (countWords(stem) < REPEATED_STANDFIRST_MIN_WORDS || stem === nextText) continue;
      if (nextText.startsWith(stem)) {
        slot.label = 'repeated-standfirst';
        found = true;
      }
    }
    if (found) return nextLines.join('\n');
    // Only the lead is searched: past the first body paragraph a repeat is the writer's own.
    if (block.some((s) => s.label === null && isProseLine(s.text) && looksLikeSentenceOrQuote(s.text))) return null;
  }
  return null;
}

/**
 * Headline-like lines at the very end, after removed chrome (comments, disclaimer, site links),
 * are links to other articles. Without chrome before them they may be the article's own ending,
 * so they stay.
 */
function labelRelatedLinks(lines: readonly LineSlot[]): void {
  const blocks = blocksOf(lines);
  let pending: LineSlot[] = [];
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i] ?? [];
    const open = block.filter((s) => s.label === null);
    if (open.length === 0) {
      if (block.every((s) => s.label !== null && s.label !== 'title' && CHROME_BEFORE_LINKS.has(s.label))) {
        for (const slot of pending) slot.label = 'related-link';
        pending = [];
        continue;
      }
      return;
    }
    if (open.length !== block.length || !open.every((s) => isHeadlineLike(s.text, RELATED_LINK_MAX_WORDS))) return;
    pending = [...open, ...pending];
  }
}

/** A short headline-like line right after the title is the standfirst; it stays in the text. */
function findStandfirst(lines: readonly LineSlot[], titleSlot: LineSlot | null): string | null {
  if (titleSlot === null) return null;
  const after = lines.slice(lines.indexOf(titleSlot) + 1);
  const next = after.find((s) => s.label === null);
  if (next === undefined) return null;
  const blockmates = after.filter((s) => s.block === next.block && s.label === null);
  const bodyFollows = after.some((s) => s.label === null && s.block > next.block);
  if (blockmates.length !== 1 || !bodyFollows || !isHeadlineLike(next.text, STANDFIRST_MAX_WORDS)) return null;
  return next.text;
}
