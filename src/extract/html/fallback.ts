import { isElement, type DomDocument, type DomElement } from './dom.js';
import { paragraphsOf } from './dom-text.js';

/** Containers that are never the article, whatever their text. */
const NOT_CONTENT = 'script, style, noscript, template, nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

/** A paragraph this short is a label or a link, not prose; it does not make a block dense. */
const MIN_PARAGRAPH_CHARS = 60;

/**
 * The fallback when Readability finds nothing usable: the element whose direct paragraph children
 * hold the most prose, read whole. Pages built from `<div>`s without `<p>` still have one such
 * element, and its parent's chrome stays out.
 */
export function densestBlockParagraphs(doc: DomDocument): string[] {
  const body = doc.body ?? doc.documentElement;
  if (body === null) return [];
  for (const el of Array.from(body.querySelectorAll(NOT_CONTENT))) el.remove();
  let best: DomElement | null = null;
  let bestScore = 0;
  const scores = new Map<DomElement, number>();
  for (const p of Array.from(body.querySelectorAll('p, pre, blockquote, li, div, td'))) {
    if (!isLeafBlock(p)) continue;
    const length = (p.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    const parent = p.parentElement;
    if (parent === null) continue;
    const score = (scores.get(parent) ?? 0) + length;
    scores.set(parent, score);
    if (score > bestScore) {
      best = parent;
      bestScore = score;
    }
  }
  return paragraphsOf(best ?? body);
}

/** A block with no block children: its text is one paragraph. */
function isLeafBlock(el: DomElement): boolean {
  const children = el.children;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i];
    if (child !== undefined && isElement(child) && /^(?:p|div|ul|ol|li|table|section|article|blockquote|pre)$/.test(child.localName)) return false;
  }
  return true;
}
